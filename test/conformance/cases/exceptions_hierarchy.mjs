// The exception classes: names, aliases, hierarchy (PEP 3151), errno/strerror attributes.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const isSub = (cls, base) => cls === base || cls.prototype instanceof base;
print('socket.error is OSError', socket.error === OSError);
print('socket.timeout is TimeoutError', socket.timeout === TimeoutError);
for (const cls of [ConnectionRefusedError, ConnectionResetError, ConnectionAbortedError, BrokenPipeError]) {
  print(cls.name, 'is ConnectionError', isSub(cls, ConnectionError), 'is OSError', isSub(cls, OSError));
}
for (const cls of [BlockingIOError, TimeoutError, FileNotFoundError, PermissionError, InterruptedError, socket.gaierror, socket.herror]) {
  print(cls.name, 'is OSError', isSub(cls, OSError), 'is ConnectionError', isSub(cls, ConnectionError));
}

try {
  const s = socket.socket();
  s.close();
  s.getsockname();
} catch (e) {
  print('caught', e.name, e.errno, e.strerror, e instanceof socket.error);
}

try {
  socket.socket().getpeername();
} catch (e) {
  print('caught', e.name, e.errno, e.strerror, String(e));
}
