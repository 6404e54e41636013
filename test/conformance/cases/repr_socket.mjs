// repr() and str() of sockets through their life: new, bound, listening, connected, accepted, UDP, closed.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const s = socket.socket();
print(repr(s));
print(String(s));
print(s);
s.bind(['127.0.0.1', 0]);
print(repr(s));
s.listen();
print(repr(s));
const c = socket.socket();
print(repr(c));
c.settimeout(2);
await c.connect(s.getsockname());
print(repr(c));
const pair = await s.accept();
const [conn, addr] = pair;
print(repr(conn));
print('accept tuple', repr(pair));
print('list', [s.type == SOCK_STREAM, null, true, 'text', b('x'), 1.5, -3]);
const u = socket.socket(AF_INET, SOCK_DGRAM);
print(repr(u));
u.bind(['127.0.0.1', 0]);
print(repr(u));
await u.connect(s.getsockname());
print(repr(u));
for (const x of [conn, c, s, u]) {
  x.close();
  print(repr(x));
}
