// Ping-pong echo peer, socklab: accepts one connection and sends back whatever arrives; prints the
// CPU time (all threads) it spent echoing.
const srv = socket.socket(AF_INET, SOCK_STREAM);
srv.bind(['127.0.0.1', 0]);
srv.listen(1);
print(`PORT ${srv.getsockname()[1]}`);
const [conn] = await srv.accept();
conn.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
const cpu0 = process.cpuUsage();
for (;;) {
  const data = await conn.recv(65536);
  if (data.length === 0) break;
  await conn.sendall(data);
}
const cpu = process.cpuUsage(cpu0);
conn.close();
srv.close();
print(JSON.stringify({ cpu_s: (cpu.user + cpu.system) / 1e6 }));
