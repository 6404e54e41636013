// Non-blocking mode: nothing ready raises BlockingIOError 11; a non-blocking connect raises 115.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
// Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
function secs(v) {
  return v == null ? 'None' : String(v);
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
server.setblocking(false);
await attemptAwait('accept', () => server.accept());

const client = socket.socket();
client.setblocking(false);
await attemptAwait('connect', () => client.connect(server.getsockname()));
const client2 = socket.socket();
client2.setblocking(false);
await attemptAwait('connect_ex', () => client2.connect_ex(server.getsockname()));
await sleep(0.2);
print('SO_ERROR', client.getsockopt(SOL_SOCKET, SO_ERROR));
print('peer', client.getpeername()[0]);

const [conn] = await server.accept();
print('accepted socket timeout', secs(conn.gettimeout()), conn.getblocking());
const [conn2] = await server.accept();
await attemptAwait('accept again', () => server.accept());
await attemptAwait('recv', () => client.recv(10));
await attemptAwait('recvfrom', () => client.recvfrom(10));
await attemptAwait('recv_into', () => client.recv_into(new Uint8Array(4)));
await conn.sendall(b('ready'));
await sleep(0.2);
await attemptAwait('recv when ready', () => client.recv(10));
await attemptAwait('recv drained', () => client.recv(10));
try {
  await client.recv(10);
} catch (e) {
  if (!(e instanceof BlockingIOError)) throw e;
  print('BlockingIOError errno', e.errno, e.strerror, e instanceof OSError);
}

const udp = socket.socket(AF_INET, SOCK_DGRAM);
udp.bind(['127.0.0.1', 0]);
udp.settimeout(0);
print('settimeout(0) blocking', udp.getblocking(), secs(udp.gettimeout()));
await attemptAwait('udp recvfrom', () => udp.recvfrom(10));

for (const s of [server, client, client2, conn, conn2, udp]) s.close();
