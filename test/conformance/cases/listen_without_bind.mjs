// listen() without bind() binds the socket to ('0.0.0.0', <ephemeral>), and clients can connect to it.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const s = socket.socket();
print('before', s.getsockname());
attempt('listen', () => s.listen());
const name = s.getsockname();
print('after', name);
print('host', name[0], 'port > 0', name[1] > 0);
const c = await socket.create_connection(['127.0.0.1', name[1]], 2);
s.settimeout(2);
const [conn, addr] = await s.accept();
print('accepted from', addr);
print('server side laddr', conn.getsockname());
attempt('listen again', () => s.listen(3));
for (const x of [c, conn, s]) x.close();
