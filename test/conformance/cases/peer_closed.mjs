// Peer closed: recv returns b''; the first send after that succeeds, a later one raises BrokenPipeError.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
const client = await socket.create_connection(server.getsockname(), 2);
const [conn] = await server.accept();

await conn.sendall(b('bye'));
conn.close();
await attemptAwait('recv data', () => client.recv(10));
await attemptAwait('recv eof', () => client.recv(10));
await attemptAwait('recv eof again', () => client.recv(10));
await attemptAwait('recvfrom eof', () => client.recvfrom(10));
await attemptAwait('send 1', () => client.send(b('are you there?')));
await sleep(0.2); // the peer's kernel answers that segment with RST
await attemptAwait('send 2', () => client.send(b('hello?')));
await attemptAwait('sendall 3', () => client.sendall(b('hello?')));
await attemptAwait('recv after broken pipe', () => client.recv(10));
attempt('getpeername', () => client.getpeername());
client.close();
server.close();
