// shutdown(SHUT_WR): the peer reads b'' (half-close) and can still answer; SHUT_RD and SHUT_RDWR too.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
server.settimeout(2);
let client = await socket.create_connection(server.getsockname(), 2);
let [conn] = await server.accept();

await client.sendall(b('request'));
attempt('shutdown(SHUT_WR)', () => client.shutdown(SHUT_WR));
print('server got', await conn.recv(100));
print('server sees eof', await conn.recv(100));
await attemptAwait('client send after SHUT_WR', () => client.send(b('more')));
await conn.sendall(b('response'));
print('client still reads', await client.recv(100));
conn.close();
print('client eof', await client.recv(100));
attempt('shutdown again', () => client.shutdown(SHUT_WR));
client.close();

client = await socket.create_connection(server.getsockname(), 2);
[conn] = await server.accept();
attempt('shutdown(SHUT_RD)', () => client.shutdown(SHUT_RD));
print('recv after SHUT_RD', await client.recv(100));
await attemptAwait('send after SHUT_RD', () => client.send(b('still sending')));
print('server got', await conn.recv(100));
attempt('shutdown(SHUT_RDWR)', () => conn.shutdown(SHUT_RDWR));
await attemptAwait('recv after SHUT_RDWR', () => conn.recv(100));
await attemptAwait('send after SHUT_RDWR', () => conn.send(b('x')));
attempt('bad how', () => conn.shutdown(3));
print('constants', SHUT_RD, SHUT_WR, SHUT_RDWR);
for (const s of [client, conn, server]) s.close();
