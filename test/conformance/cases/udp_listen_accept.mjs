// listen()/accept() on a UDP socket: OSError 95.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const u = socket.socket(AF_INET, SOCK_DGRAM);
attempt('listen unbound', () => u.listen());
u.bind(['127.0.0.1', 0]);
attempt('listen bound', () => u.listen(5));
// Default (blocking) mode: Linux answers EOPNOTSUPP at once, nothing is waited for.
await attemptAwait('accept', () => u.accept());
attempt('getsockopt SO_ACCEPTCONN', () => u.getsockopt(SOL_SOCKET, SO_ACCEPTCONN));
u.close();
