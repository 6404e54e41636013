// recv/getpeername on an unconnected TCP socket: OSError 107; send: BrokenPipeError 32.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const fresh = socket.socket();
await attemptAwait('fresh recv', () => fresh.recv(10));
attempt('fresh getpeername', () => fresh.getpeername());
await attemptAwait('fresh send', () => fresh.send(b('hi')));
await attemptAwait('fresh sendall', () => fresh.sendall(b('hi')));
attempt('fresh shutdown', () => fresh.shutdown(SHUT_RDWR));
attempt('fresh getsockname', () => fresh.getsockname());

const bound = socket.socket();
bound.bind(['127.0.0.1', 0]);
await attemptAwait('bound recv', () => bound.recv(10));
attempt('bound getpeername', () => bound.getpeername());
await attemptAwait('bound send', () => bound.send(b('hi')));

const listening = socket.socket();
listening.bind(['127.0.0.1', 0]);
listening.listen();
await attemptAwait('listening recv', () => listening.recv(10));
attempt('listening getpeername', () => listening.getpeername());
await attemptAwait('listening send', () => listening.send(b('hi')));

for (const s of [fresh, bound, listening]) s.close();
