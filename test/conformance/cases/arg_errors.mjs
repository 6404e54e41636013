// Argument errors carry CPython's exception class and message.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const s = socket.socket();
attempt('bind(int)', () => s.bind(8080));
attempt('bind(str)', () => s.bind('127.0.0.1'));
attempt('bind port 65536', () => s.bind(['127.0.0.1', 65536]));
attempt('bind port 70000', () => s.bind(['127.0.0.1', 70000]));
attempt('bind port -1', () => s.bind(['127.0.0.1', -1]));
attempt('bind 1-tuple', () => s.bind(['127.0.0.1']));
attempt('bind 3-tuple', () => s.bind(['127.0.0.1', 0, 0]));
attempt('bind str port', () => s.bind(['127.0.0.1', '8080']));
attempt('bind int host', () => s.bind([127, 0]));
await attemptAwait('connect(int)', () => s.connect(8080));
await attemptAwait('connect port 65536', () => s.connect(['127.0.0.1', 65536]));
await attemptAwait('connect_ex(str)', () => s.connect_ex('127.0.0.1:80'));
await attemptAwait('send(str)', () => s.send('hello'));
await attemptAwait('sendall(str)', () => s.sendall('hello'));
await attemptAwait('send(int)', () => s.send(5));
await attemptAwait('recv(-1)', () => s.recv(-1));
await attemptAwait('recvfrom(-1)', () => s.recvfrom(-1));
attempt('settimeout(-1)', () => s.settimeout(-1));
print('still usable', s.fileno() >= 0, s.getsockname());
s.close();

const u = socket.socket(AF_INET, SOCK_DGRAM);
await attemptAwait('sendto(str)', () => u.sendto('hello', ['127.0.0.1', 9]));
await attemptAwait('sendto port 65536', () => u.sendto(b('hello'), ['127.0.0.1', 65536]));
await attemptAwait('sendto(int addr)', () => u.sendto(b('hello'), 9));
u.close();

attempt('socket(999)', () => socket.socket(999));
attempt('socket(AF_INET, 999)', () => socket.socket(AF_INET, 999));
attempt('AF_INET6 bind(str)', () => socket.socket(AF_INET6).bind('::1'));
attempt('htons(70000)', () => socket.htons(70000));
attempt('htons(-1)', () => socket.htons(-1));
