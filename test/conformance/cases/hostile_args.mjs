// Hostile arguments (issue 8): huge sizes, NaN/inf timeouts, NUL in hosts, setsockopt(None, n), arity.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e.message); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e.message); }
}

const s = socket.socket();
await attemptAwait('recv(2**40)', () => s.recv(2 ** 40));
await attemptAwait('recvfrom(2**63)', () => s.recvfrom(2 ** 63));
await attemptAwait('recv(0)', () => s.recv(0));
await attemptAwait('recv_into(empty)', () => s.recv_into(new Uint8Array(0)));
attempt('bytes(2**40)', () => bytes(2 ** 40));
attempt('setsockopt None -1', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, null, -1));
attempt('setsockopt None 4', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, null, 4));
attempt('setsockopt 2**31', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 2 ** 31));
attempt('setsockopt 1.5', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1.5));
attempt('setsockopt 4 args', () => s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1, 4));
attempt('getsockopt buflen 0', () => s.getsockopt(SOL_SOCKET, SO_TYPE, 0));
attempt('getsockopt()', () => s.getsockopt(SOL_SOCKET));
attempt('settimeout(inf)', () => s.settimeout(Infinity));
attempt('settimeout(nan)', () => s.settimeout(NaN));
attempt('setdefaulttimeout(1e300)', () => socket.setdefaulttimeout(1e300));
await attemptAwait('sleep(inf)', () => sleep(Infinity));
await attemptAwait('sleep(nan)', () => sleep(NaN));
attempt('bind NUL host', () => s.bind(['127.0.0.1\0x', 0]));
await attemptAwait('gethostbyname NUL', () => socket.gethostbyname('a\0b'));
attempt('inet_aton NUL', () => socket.inet_aton('1.2.3.4\0'));
attempt('close(1)', () => s.close(1));
attempt('fileno(1)', () => s.fileno(1));
attempt('fromfd(-1)', () => socket.fromfd(-1, AF_INET, SOCK_STREAM));
const f = socket.fromfd(s.fileno(), AF_INET, SOCK_STREAM);
print('fromfd dup', f.fileno() !== s.fileno());
f.close();
attempt('original after fromfd close', () => s.getsockname());
s.close();
const u = socket.socket(AF_INET, SOCK_DGRAM);
u.settimeout(0.05);
await attemptAwait('udp accept with timeout', () => u.accept());
try {
  u.shutdown(SHUT_RDWR);
} catch (e) {
  print('udp shutdown', e.message);
}
u.settimeout(null);
await attemptAwait('udp recvfrom after shutdown', () => u.recvfrom(1024));
u.close();
const x = socket.socket(AF_UNIX, SOCK_STREAM);
attempt('unix bind empty', () => x.bind(''));
const name = x.getsockname();
print('autobind', name.length, name.subarray(0, 1));
const y = socket.socket(AF_UNIX, SOCK_STREAM);
await attemptAwait('unix connect empty', () => y.connect(''));
x.close();
y.close();
