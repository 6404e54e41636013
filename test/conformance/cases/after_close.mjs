// Every call on a closed socket raises OSError 9 (EBADF); close() again is fine; fileno() is -1.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const s = socket.socket();
s.bind(['127.0.0.1', 0]);
print('fileno before close >= 0', s.fileno() >= 0);
attempt('close', () => s.close());
attempt('close again', () => s.close());
attempt('fileno', () => s.fileno());
print(repr(s));
// These only read Python-side state and do not raise.
attempt('gettimeout', () => s.gettimeout());
attempt('getblocking', () => s.getblocking());
attempt('family', () => s.family == AF_INET);
attempt('type', () => s.type == SOCK_STREAM);
// These reach the kernel with fd -1.
attempt('bind', () => s.bind(['127.0.0.1', 0]));
attempt('listen', () => s.listen());
await attemptAwait('accept', () => s.accept());
await attemptAwait('connect', () => s.connect(['127.0.0.1', 9]));
await attemptAwait('connect_ex', () => s.connect_ex(['127.0.0.1', 9]));
await attemptAwait('send', () => s.send(b('x')));
await attemptAwait('sendall', () => s.sendall(b('x')));
await attemptAwait('sendto', () => s.sendto(b('x'), ['127.0.0.1', 9]));
await attemptAwait('recv', () => s.recv(10));
await attemptAwait('recvfrom', () => s.recvfrom(10));
await attemptAwait('recv_into', () => s.recv_into(new Uint8Array(4)));
attempt('getsockname', () => s.getsockname());
attempt('getpeername', () => s.getpeername());
attempt('setsockopt', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1));
attempt('getsockopt', () => s.getsockopt(SOL_SOCKET, SO_TYPE));
attempt('shutdown', () => s.shutdown(SHUT_RDWR));
attempt('settimeout', () => s.settimeout(1));
attempt('setblocking', () => s.setblocking(false));
attempt('detach', () => s.detach());
attempt('close at the end', () => s.close());

const u = socket.socket(AF_INET, SOCK_DGRAM);
u.close();
await attemptAwait('udp sendto', () => u.sendto(b('x'), ['127.0.0.1', 9]));
await attemptAwait('udp recvfrom', () => u.recvfrom(10));
print(repr(u));
