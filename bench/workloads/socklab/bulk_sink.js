// Bulk-transfer sink, socklab: accepts one connection, counts the bytes until the peer shuts
// down its side, then answers with the count (so the sender's clock covers the whole transfer),
// and prints its own peak RSS and the CPU time (all threads) it spent receiving.
import { readFileSync } from 'node:fs';

const srv = socket.socket(AF_INET, SOCK_STREAM);
srv.bind(['127.0.0.1', 0]);
srv.listen(1);
print(`PORT ${srv.getsockname()[1]}`);
const [conn] = await srv.accept();
const cpu0 = process.cpuUsage();
let total = 0;
for (;;) {
  const data = await conn.recv(65536);
  if (data.length === 0) break;
  total += data.length;
}
await conn.sendall(b(String(total)));
const cpu = process.cpuUsage(cpu0);
conn.close();
srv.close();
const vmhwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
print(JSON.stringify({ rss_mb: Number(vmhwm[1]) / 1024, cpu_s: (cpu.user + cpu.system) / 1e6 }));
