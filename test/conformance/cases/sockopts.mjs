// getsockopt/setsockopt: SO_TYPE, SO_REUSEADDR, SO_ERROR, SO_BROADCAST, TCP_NODELAY, and constant values.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const tcp = socket.socket();
const udp = socket.socket(AF_INET, SOCK_DGRAM);
print('SO_TYPE', tcp.getsockopt(SOL_SOCKET, SO_TYPE), udp.getsockopt(SOL_SOCKET, SO_TYPE));
print('SO_REUSEADDR before', tcp.getsockopt(SOL_SOCKET, SO_REUSEADDR));
print('setsockopt returns', repr(tcp.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)));
print('SO_REUSEADDR after', tcp.getsockopt(SOL_SOCKET, SO_REUSEADDR));
tcp.setsockopt(SOL_SOCKET, SO_REUSEADDR, 0);
print('SO_REUSEADDR cleared', tcp.getsockopt(SOL_SOCKET, SO_REUSEADDR));
print('SO_ERROR', tcp.getsockopt(SOL_SOCKET, SO_ERROR));
print('SO_BROADCAST', udp.getsockopt(SOL_SOCKET, SO_BROADCAST));
udp.setsockopt(SOL_SOCKET, SO_BROADCAST, 1);
print('SO_BROADCAST set', udp.getsockopt(SOL_SOCKET, SO_BROADCAST));
print('TCP_NODELAY', tcp.getsockopt(IPPROTO_TCP, TCP_NODELAY));
tcp.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
print('TCP_NODELAY set', tcp.getsockopt(IPPROTO_TCP, TCP_NODELAY));
print('SO_KEEPALIVE', tcp.getsockopt(SOL_SOCKET, SO_KEEPALIVE));
print('SO_RCVBUF > 0', tcp.getsockopt(SOL_SOCKET, SO_RCVBUF) > 0);
tcp.setsockopt(SOL_SOCKET, SO_RCVBUF, 65536);
print('SO_RCVBUF doubled by the kernel', tcp.getsockopt(SOL_SOCKET, SO_RCVBUF));
attempt('TCP_NODELAY on udp', () => udp.getsockopt(IPPROTO_TCP, TCP_NODELAY));
attempt('unknown option', () => tcp.getsockopt(SOL_SOCKET, 9999));

// SO_ERROR holds the result of a non-blocking connect; reading it clears it.
const dead = socket.socket();
dead.bind(['127.0.0.1', 0]);
const nb = socket.socket();
nb.setblocking(false);
await attemptAwait('connect', () => nb.connect(dead.getsockname()));
await sleep(0.2);
print('SO_ERROR after refused', nb.getsockopt(SOL_SOCKET, SO_ERROR));
print('SO_ERROR read again', nb.getsockopt(SOL_SOCKET, SO_ERROR));

print('constants', AF_UNIX, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW);
print('constants', SOL_SOCKET, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_BROADCAST, SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE);
print('constants', IPPROTO_TCP, IPPROTO_UDP, TCP_NODELAY, SOMAXCONN, SO_REUSEPORT);
print('module constants', socket.AF_INET == AF_INET, socket.SOCK_DGRAM == SOCK_DGRAM);
for (const s of [tcp, udp, dead, nb]) s.close();
