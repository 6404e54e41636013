// Peer closed with unread data: the kernel sends RST; recv raises ConnectionResetError 104, then returns b''.
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

await client.sendall(b('never read'));
await sleep(0.2);
conn.close(); // unread data in conn's receive queue: close() resets the connection
await sleep(0.2);
await attemptAwait('recv', () => client.recv(10));
await attemptAwait('recv again', () => client.recv(10));
await attemptAwait('send', () => client.send(b('x')));
attempt('getpeername', () => client.getpeername());
const raiseMe = await socket.create_connection(server.getsockname(), 2);
try {
  const [c2] = await server.accept();
  await raiseMe.sendall(b('unread'));
  await sleep(0.2);
  c2.close();
  await sleep(0.2);
  await raiseMe.recv(10);
} catch (e) {
  if (!(e instanceof ConnectionResetError)) throw e;
  print('caught', e.name, e.errno, e instanceof ConnectionError);
}
raiseMe.close();
client.close();
server.close();
