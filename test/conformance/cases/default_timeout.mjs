// setdefaulttimeout(): new sockets (and accepted ones) start with that timeout; getdefaulttimeout() reports it.
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

print('default', secs(socket.getdefaulttimeout()));
socket.setdefaulttimeout(0.3);
print('after setdefaulttimeout(0.3)', secs(socket.getdefaulttimeout()));
const server = socket.socket();
print('new socket', secs(server.gettimeout()), server.getblocking());
server.bind(['127.0.0.1', 0]);
server.listen();
await attemptAwait('accept times out', () => server.accept());
const client = socket.socket();
await client.connect(server.getsockname());
const [conn] = await server.accept();
print('accepted socket', secs(conn.gettimeout()));
await attemptAwait('recv times out', () => conn.recv(10));
// An explicit settimeout wins over the default.
client.settimeout(null);
print('explicit None', secs(client.gettimeout()), client.getblocking());

socket.setdefaulttimeout(2);
print('setdefaulttimeout(2)', secs(socket.getdefaulttimeout()), secs(socket.socket().gettimeout()));
socket.setdefaulttimeout(0);
const s0 = socket.socket();
print('setdefaulttimeout(0)', secs(s0.gettimeout()), s0.getblocking());
attempt('setdefaulttimeout(-1)', () => socket.setdefaulttimeout(-1));
socket.setdefaulttimeout(null);
print('reset', secs(socket.getdefaulttimeout()), secs(socket.socket().gettimeout()));
// Sockets created earlier keep their own timeout.
print('server keeps', secs(server.gettimeout()));
for (const s of [server, client, conn, s0]) s.close();
