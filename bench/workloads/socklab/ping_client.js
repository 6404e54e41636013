// Ping-pong, socklab: send 1 byte, wait for it to come back, for SECONDS (the clock is read every
// 64 round trips). Usage: ping_client.js PORT SECONDS
const port = Number(process.argv[2]);
const seconds = Number(process.argv[3]);
const one = b('x');
const s = socket.socket(AF_INET, SOCK_STREAM);
await s.connect(['127.0.0.1', port]);
s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const end = t0 + seconds * 1000;
let rounds = 0;
do {
  for (let i = 0; i < 64; i++) {
    await s.send(one);
    const data = await s.recv(1);
    if (data.length === 0) throw new ConnectionError('echo peer went away');
  }
  rounds += 64;
} while (performance.now() < end);
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
s.close();
print(JSON.stringify({ rounds, seconds: elapsed, cpu_s: (cpu.user + cpu.system) / 1e6 }));
