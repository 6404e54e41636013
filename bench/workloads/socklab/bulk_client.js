// Bulk-transfer sender, socklab: 64 KiB sendall() in a loop for SECONDS, then shutdown(SHUT_WR)
// and wait for the sink's byte count. Usage: bulk_client.js PORT SECONDS
const port = Number(process.argv[2]);
const seconds = Number(process.argv[3]);
const chunk = b(65536);
const s = socket.socket(AF_INET, SOCK_STREAM);
await s.connect(['127.0.0.1', port]);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const end = t0 + seconds * 1000;
while (performance.now() < end) await s.sendall(chunk);
s.shutdown(SHUT_WR);
let reply = '';
for (;;) {
  const data = await s.recv(64);
  if (data.length === 0) break;
  reply += data.decode();
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
s.close();
print(JSON.stringify({ bytes: Number(reply), seconds: elapsed, cpu_s: (cpu.user + cpu.system) / 1e6 }));
