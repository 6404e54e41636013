// sendto() before bind() auto-binds the UDP socket to ('0.0.0.0', <ephemeral>); the receiver sees that port.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const receiver = socket.socket(AF_INET, SOCK_DGRAM);
receiver.bind(['127.0.0.1', 0]);
receiver.settimeout(2);

const sender = socket.socket(AF_INET, SOCK_DGRAM);
print('before', sender.getsockname());
await attemptAwait('sendto', () => sender.sendto(b('ping'), receiver.getsockname()));
const name = sender.getsockname();
print('after', name);
let [data, addr] = await receiver.recvfrom(100);
print('received', data, addr);
print('source port is the auto-bound port', addr[1] === name[1]);
// A second sendto keeps the same port.
await sender.sendto(b('again'), receiver.getsockname());
[data, addr] = await receiver.recvfrom(100);
print('received', data, 'same port', addr[1] === name[1]);
// The receiver can reply to the auto-bound address.
await receiver.sendto(b('pong'), addr);
sender.settimeout(2);
print('reply', await sender.recvfrom(100));
sender.close();
receiver.close();
