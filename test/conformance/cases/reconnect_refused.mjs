// A socket whose connect() was refused, connected again: blocking mode, timeout mode, then blocking.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

function deadPort() {
  const probe = socket.socket();
  probe.bind(['127.0.0.1', 0]);
  return [probe, probe.getsockname()[1]];
}

const [p1, port1] = deadPort();
const [p2, port2] = deadPort();
const [p3, port3] = deadPort();
const s = socket.socket();
await attemptAwait('blocking 1', () => s.connect(['127.0.0.1', port1]));
await attemptAwait('blocking 2', () => s.connect(['127.0.0.1', port2]));
await attemptAwait('blocking 3', () => s.connect(['127.0.0.1', port3]));
s.close();
const t = socket.socket();
t.settimeout(2);
await attemptAwait('timeout 1', () => t.connect(['127.0.0.1', port1]));
await attemptAwait('timeout 2', () => t.connect(['127.0.0.1', port2]));
await attemptAwait('timeout 3', () => t.connect(['127.0.0.1', port3]));
t.settimeout(null);
await attemptAwait('then blocking', () => t.connect(['127.0.0.1', port1]));
t.close();
const srv = socket.socket();
srv.bind(['127.0.0.1', 0]);
srv.listen(1);
const u = socket.socket();
await attemptAwait('refused', () => u.connect(['127.0.0.1', port1]));
await attemptAwait('then a live server', () => u.connect(srv.getsockname()));
const peer = u.getpeername();
const name = srv.getsockname();
print('connected to the server', peer[0] === name[0] && peer[1] === name[1]);
u.close();
srv.close();
for (const p of [p1, p2, p3]) p.close();
