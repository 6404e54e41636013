// A timeout that expires raises TimeoutError('timed out') (socket.timeout is the same class).
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
server.settimeout(0.2);
const start = performance.now();
await attemptAwait('accept', () => server.accept());
print('waited at least the timeout', (performance.now() - start) / 1000 >= 0.15);

const client = socket.socket();
client.settimeout(0.3);
await client.connect(server.getsockname());
print('gettimeout', client.gettimeout());
const [conn] = await server.accept();
await attemptAwait('recv', () => client.recv(10));
await attemptAwait('recvfrom', () => client.recvfrom(10));
try {
  await client.recv(10);
} catch (e) {
  if (!(e instanceof socket.timeout)) throw e;
  print('caught as socket.timeout', e.name, repr(String(e)), e.errno, e instanceof OSError);
}
// Data that arrives after a timeout is still delivered.
await conn.sendall(b('late'));
print('recv after timeout', await client.recv(10));

const udp = socket.socket(AF_INET, SOCK_DGRAM);
udp.bind(['127.0.0.1', 0]);
udp.settimeout(0.2);
await attemptAwait('udp recvfrom', () => udp.recvfrom(10));

for (const s of [server, client, conn, udp]) s.close();
