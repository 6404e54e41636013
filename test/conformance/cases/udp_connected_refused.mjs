// A connected UDP socket sending to a dead port: the ICMP error makes the next recv raise ConnectionRefusedError.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const dead = socket.socket(AF_INET, SOCK_DGRAM);
dead.bind(['127.0.0.1', 0]);
const deadAddr = dead.getsockname();
dead.close();

const u = socket.socket(AF_INET, SOCK_DGRAM);
u.settimeout(1);
await attemptAwait('connect', () => u.connect(deadAddr));
print('peer port matches', u.getpeername()[1] === deadAddr[1]);
await attemptAwait('send', () => u.send(b('anyone?')));
await attemptAwait('recv', () => u.recv(100));
await attemptAwait('recv again', () => u.recv(100));
await attemptAwait('send again', () => u.send(b('anyone?')));
await sleep(0.2);
await attemptAwait('send after the error arrived', () => u.send(b('anyone?')));
print('SO_ERROR', u.getsockopt(SOL_SOCKET, SO_ERROR));
u.close();

// An unconnected UDP socket never hears about the ICMP error.
const v = socket.socket(AF_INET, SOCK_DGRAM);
v.settimeout(0.3);
await v.sendto(b('anyone?'), deadAddr);
await attemptAwait('unconnected recvfrom', () => v.recvfrom(100));
v.close();
