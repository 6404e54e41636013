// Ping-pong, raw node:net: write 1 byte, write the next when it has come back, for SECONDS (the
// clock is read every 64 round trips). Usage: PORT SECONDS
import net from 'node:net';

const port = Number(process.argv[2]);
const seconds = Number(process.argv[3]);
const one = Buffer.from('x');
const s = net.connect(port, '127.0.0.1');
s.setNoDelay(true);
let t0 = 0;
let cpu0;
let end = 0;
let rounds = 0;
s.on('connect', () => {
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  end = t0 + seconds * 1000;
  s.write(one);
});
s.on('data', (data) => {
  rounds += data.length;
  if (rounds % 64 !== 0 || performance.now() < end) {
    s.write(one);
    return;
  }
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  s.end();
  console.log(JSON.stringify({ rounds, seconds: elapsed, cpu_s: (cpu.user + cpu.system) / 1e6 }));
});
