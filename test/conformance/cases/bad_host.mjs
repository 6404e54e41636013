// Name resolution errors: socket.gaierror [Errno -2]; binding an address this host does not own: OSError 99.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const bad = 'no-such-host.invalid';
await attemptAwait('gethostbyname', () => socket.gethostbyname(bad));
await attemptAwait('getaddrinfo', () => socket.getaddrinfo(bad, 80));
await attemptAwait('connect', () => socket.socket().connect([bad, 80]));
await attemptAwait('create_connection', () => socket.create_connection([bad, 80], 2));
attempt('bind', () => socket.socket().bind([bad, 0]));
await attemptAwait('sendto', () => socket.socket(AF_INET, SOCK_DGRAM).sendto(b('x'), [bad, 80]));
try {
  await socket.gethostbyname(bad);
} catch (e) {
  if (!(e instanceof socket.gaierror)) throw e;
  print('gaierror', e.errno, e.strerror, e instanceof OSError, socket.gaierror === socket.error);
}

attempt('bind non-local IP', () => socket.socket().bind(['10.255.255.1', 0]));
attempt('bind non-local IP udp', () => socket.socket(AF_INET, SOCK_DGRAM).bind(['192.0.2.1', 9999]));
attempt('bind ipv6 non-local', () => socket.socket(AF_INET6).bind(['2001:db8::1', 0]));
