// 1,000 connections, socklab: an async handler per client echoes until the client closes.
// Prints its fd count before accepting and after the last handler closed its socket, then waits
// for a line on stdin (the harness reads the peak RSS meanwhile). Usage: conn_server.js N
import { readdirSync } from 'node:fs';

const n = Number(process.argv[2]);
const openFds = () => readdirSync('/proc/self/fd').length;
const srv = socket.socket(AF_INET, SOCK_STREAM);
srv.bind(['127.0.0.1', 0]);
srv.listen(1024);
// Warm-up: one accept that times out in the shared poller, so its epoll set and eventfd exist
// before the baseline. A pending timer keeps the wait from being the script's only task (which
// waits on the main thread instead, without the poller).
const keep = setTimeout(() => {}, 60_000);
srv.settimeout(0.01);
try {
  await srv.accept();
} catch (e) {
  if (!(e instanceof TimeoutError)) throw e;
} finally {
  clearTimeout(keep);
}
srv.settimeout(null);
// The baseline after the first print: node makes process.stdout then (socklab run makes it on
// the first write), and libuv opens /dev/null for it, an fd that stays open until exit. Clients
// that connect meanwhile wait in the listen queue: no fd of this process until accept().
print(`PORT ${srv.getsockname()[1]}`);
const fdsBefore = openFds();

let handled = 0;
let errors = 0;
let finish;
const allDone = new Promise((resolve) => (finish = resolve));
async function handle(conn) {
  try {
    for (;;) {
      const data = await conn.recv(1024);
      if (data.length === 0) break;
      await conn.sendall(data);
    }
  } catch {
    errors++;
  } finally {
    conn.close();
    if (++handled === n) finish();
  }
}
for (let i = 0; i < n; i++) {
  const [conn] = await srv.accept();
  handle(conn);
}
await allDone;
print(JSON.stringify({ fds_before: fdsBefore, fds_after: openFds(), handled, errors }));
await input();
srv.close();
