// Bulk-transfer sender, raw node:net: writes a 64 KiB buffer while the socket takes it (waiting for
// 'drain' when it does not) for SECONDS, then ends and waits for the sink's count. Usage: PORT SECONDS
import net from 'node:net';

const port = Number(process.argv[2]);
const seconds = Number(process.argv[3]);
const chunk = Buffer.alloc(65536);
const s = net.connect(port, '127.0.0.1');
let t0 = 0;
let cpu0;
let end = 0;
let reply = '';
function pump() {
  while (performance.now() < end) {
    if (!s.write(chunk)) {
      s.once('drain', pump);
      return;
    }
  }
  s.end();
}
s.on('connect', () => {
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  end = t0 + seconds * 1000;
  pump();
});
s.setEncoding('utf8');
s.on('data', (d) => {
  reply += d;
});
s.on('end', () => {
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ bytes: Number(reply), seconds: elapsed, cpu_s: (cpu.user + cpu.system) / 1e6 }));
});
