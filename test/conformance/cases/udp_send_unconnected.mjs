// send() on an unconnected UDP socket: OSError 89, and the kernel auto-binds the socket anyway.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const u = socket.socket(AF_INET, SOCK_DGRAM);
print('before', u.getsockname());
await attemptAwait('send', () => u.send(b('hello')));
await attemptAwait('sendall', () => u.sendall(b('hello')));
print('after', u.getsockname());
print('auto-bound port > 0', u.getsockname()[1] > 0);
attempt('getpeername', () => u.getpeername());
u.settimeout(0.2);
await attemptAwait('recv', () => u.recv(10));
u.close();
