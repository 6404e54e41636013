// 1,000 connections, raw node:net: an echo server; the counterpart of socklab/conn_server.js. Usage: N
import { readdirSync } from 'node:fs';
import net from 'node:net';

const n = Number(process.argv[2]);
const openFds = () => readdirSync('/proc/self/fd').length;
let handled = 0;
let errors = 0;
let fdsBefore = 0;
const srv = net.createServer((conn) => {
  conn.on('data', (data) => conn.write(data));
  conn.on('error', () => {
    errors++;
  });
  conn.on('close', () => {
    if (++handled === n) {
      console.log(JSON.stringify({ fds_before: fdsBefore, fds_after: openFds(), handled, errors }));
      process.stdin.once('data', () => srv.close(() => process.exit(0)));
    }
  });
});
srv.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  fdsBefore = openFds();
  console.log(`PORT ${srv.address().port}`);
});
