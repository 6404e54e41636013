// recvfrom(4) of a 10-byte datagram returns the first 4 bytes; the rest of that datagram is gone.
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
sender.bind(['127.0.0.1', 0]);

for (const msg of [b('0123456789'), b('abcdefghij'), b('xy'), b('')]) {
  await sender.sendto(msg, receiver.getsockname());
}

const [data, addr] = await receiver.recvfrom(4);
print('recvfrom(4)', data, addr[1] === sender.getsockname()[1]);
print('recv(4)', await receiver.recv(4));
print('recv(100)', await receiver.recv(100));
print('empty datagram', (await receiver.recvfrom(100))[0]);
receiver.settimeout(0.2);
await attemptAwait('nothing left', () => receiver.recv(100));
sender.close();
receiver.close();
