// UDP lifecycle: create, bind, sendto/recvfrom both ways, connect, send/recv, close.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const a = socket.socket(AF_INET, SOCK_DGRAM);
const b_ = socket.socket(AF_INET, SOCK_DGRAM);
print('type', a.type == SOCK_DGRAM, a.family == AF_INET, a.proto);
a.bind(['127.0.0.1', 0]);
b_.bind(['127.0.0.1', 0]);
a.settimeout(2);
b_.settimeout(2);
print('a bound', a.getsockname());

print('sendto returns', await a.sendto(b('hello b'), b_.getsockname()));
const pair = await b_.recvfrom(1024);
const [data, addr] = pair;
print('b got', data, 'from', addr, addr[1] === a.getsockname()[1]);
print('tuple form:', pair);
await b_.sendto(b('hello a'), addr);
print('a got', await a.recvfrom(1024));

// Two datagrams stay two messages.
await a.sendto(b('one'), b_.getsockname());
await a.sendto(b('two'), b_.getsockname());
print('b got', await b_.recv(1024), await b_.recv(1024));

// connect() on UDP only fixes the default destination and filters incoming datagrams.
await attemptAwait('connect', () => b_.connect(a.getsockname()));
print('b peer', b_.getpeername());
await attemptAwait('send', () => b_.send(b('via send')));
print('a got', await a.recv(1024));
const stranger = socket.socket(AF_INET, SOCK_DGRAM);
await stranger.sendto(b('from a stranger'), b_.getsockname());
await a.sendto(b('from a'), b_.getsockname());
print('b got (stranger filtered)', await b_.recv(1024));
await attemptAwait('sendto while connected', () => b_.sendto(b('explicit'), a.getsockname()));
print('a got', await a.recv(1024));

for (const s of [a, b_, stranger]) s.close();
print('closed', a.fileno(), b_.fileno());
