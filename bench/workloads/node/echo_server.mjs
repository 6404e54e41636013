// Ping-pong echo peer, raw node:net.
import net from 'node:net';

const srv = net.createServer((conn) => {
  conn.setNoDelay(true);
  const cpu0 = process.cpuUsage();
  conn.on('data', (data) => conn.write(data));
  conn.on('end', () => {
    const cpu = process.cpuUsage(cpu0);
    srv.close();
    console.log(JSON.stringify({ cpu_s: (cpu.user + cpu.system) / 1e6 }));
  });
});
srv.listen(0, '127.0.0.1', () => console.log(`PORT ${srv.address().port}`));
