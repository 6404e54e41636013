// Connecting to a port nobody listens on: ConnectionRefusedError 111; connect_ex returns 111.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

// A bound (not listening) socket reserves a port that is guaranteed to refuse connections.
const dead = socket.socket();
dead.bind(['127.0.0.1', 0]);
const addr = dead.getsockname();

const c = socket.socket();
c.settimeout(5);
await attemptAwait('connect', () => c.connect(addr));
c.close();

const c2 = socket.socket();
c2.settimeout(5);
await attemptAwait('connect_ex', () => c2.connect_ex(addr));
print('SO_ERROR after connect_ex', c2.getsockopt(SOL_SOCKET, SO_ERROR));
c2.close();

const c3 = socket.socket();
try {
  await c3.connect(addr);
} catch (e) {
  if (!(e instanceof ConnectionRefusedError)) throw e;
  print('caught', e.name, e.errno, e.strerror, e instanceof ConnectionError, e instanceof OSError);
} finally {
  c3.close();
}
dead.close();
