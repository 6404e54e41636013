// accept() on a TCP socket that is not listening: OSError 22.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const fresh = socket.socket();
fresh.settimeout(2);
await attemptAwait('accept fresh', () => fresh.accept());

const bound = socket.socket();
bound.settimeout(2);
bound.bind(['127.0.0.1', 0]);
await attemptAwait('accept bound', () => bound.accept());

for (const s of [fresh, bound]) s.close();
