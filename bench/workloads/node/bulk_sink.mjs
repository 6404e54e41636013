// Bulk-transfer sink, raw node:net: counts the bytes until the peer ends, answers with the count.
import { readFileSync } from 'node:fs';
import net from 'node:net';

const srv = net.createServer((conn) => {
  let total = 0;
  const cpu0 = process.cpuUsage();
  conn.on('data', (data) => {
    total += data.length;
  });
  conn.on('end', () => {
    conn.end(String(total));
    const cpu = process.cpuUsage(cpu0);
    srv.close();
    const vmhwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    console.log(JSON.stringify({ rss_mb: Number(vmhwm[1]) / 1024, cpu_s: (cpu.user + cpu.system) / 1e6 }));
  });
});
srv.listen(0, '127.0.0.1', () => console.log(`PORT ${srv.address().port}`));
