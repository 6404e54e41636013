// getaddrinfo() on loopback names and numbers: a list of (family, type, proto, canonname, sockaddr) tuples.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

function show(infos) {
  for (const [family, type, proto, canonname, sockaddr] of infos) {
    print(' ', Number(family), Number(type), proto, repr(canonname), sockaddr);
  }
}

const res = await socket.getaddrinfo('127.0.0.1', 80, AF_INET, SOCK_STREAM);
print('count', res.length, 'tuple of', res[0].length);
show(res);
print('udp');
show(await socket.getaddrinfo('127.0.0.1', 9999, AF_INET, SOCK_DGRAM));
print('v6');
show(await socket.getaddrinfo('::1', 443, AF_INET6, SOCK_STREAM));
print('localhost v4 stream');
show(await socket.getaddrinfo('localhost', 8080, AF_INET, SOCK_STREAM));
print('all socket types for 127.0.0.1');
show(await socket.getaddrinfo('127.0.0.1', 7788, AF_INET));
print('service name', (await socket.getaddrinfo('127.0.0.1', 'http', AF_INET, SOCK_STREAM))[0][4]);
print('port None', (await socket.getaddrinfo('127.0.0.1', null, AF_INET, SOCK_STREAM))[0][4]);
print('family enum equals constant', res[0][0] == AF_INET, res[0][1] == SOCK_STREAM);
await attemptAwait('unknown service', () => socket.getaddrinfo('127.0.0.1', 'no-such-service', AF_INET, SOCK_STREAM));
await attemptAwait('v6 address as AF_INET', () => socket.getaddrinfo('::1', 80, AF_INET));
