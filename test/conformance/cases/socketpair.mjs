// socketpair(): two connected AF_UNIX stream sockets; data flows both ways; closing one end gives b''.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const pair = socket.socketpair();
print('pair of', pair.length);
const [a, b_] = pair;
print('family', a.family == AF_UNIX, Number(a.family), 'type', Number(a.type), a.proto);
print(repr(a));
print('names', repr(a.getsockname()), repr(a.getpeername()));
a.settimeout(2);
b_.settimeout(2);
print('send', await a.send(b('ping')));
print('b got', await b_.recv(10));
await b_.sendall(b('pong'));
print('a got', await a.recv(10));
b_.close();
print('a sees eof', await a.recv(10));
a.close();

const [d1, d2] = socket.socketpair(AF_UNIX, SOCK_DGRAM);
print('dgram type', d1.getsockopt(SOL_SOCKET, SO_TYPE), Number(d2.type));
await d1.send(b('one'));
await d1.send(b('two'));
d2.settimeout(2);
print('datagrams', await d2.recv(10), await d2.recv(10));
d1.close();
d2.close();
