// inet_aton/inet_ntoa/htons/ntohs and gethostname/gethostbyname on loopback names.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

print('inet_aton', socket.inet_aton('127.0.0.1'), socket.inet_aton('192.168.1.254'));
print('inet_aton short forms', socket.inet_aton('1'), socket.inet_aton('127.1'));
print('inet_ntoa', socket.inet_ntoa(b([0x7f, 0, 0, 1])), socket.inet_ntoa(b([10, 0, 0, 255])));
print('round trip', socket.inet_ntoa(socket.inet_aton('8.8.4.4')));
attempt('inet_aton bad', () => socket.inet_aton('300.1.1.1'));
attempt('inet_aton text', () => socket.inet_aton('localhost'));
attempt('inet_ntoa short', () => socket.inet_ntoa(b([1, 2])));
print('htons', socket.htons(1), socket.htons(0x1234), socket.htons(9999));
print('ntohs', socket.ntohs(256), socket.ntohs(0x1234), socket.ntohs(socket.htons(7788)));
attempt('htons too big', () => socket.htons(70000));

const name = socket.gethostname();
print('gethostname is a non-empty str', typeof name === 'string' ? 'str' : typeof name, name.length > 0);
print('gethostbyname localhost', await socket.gethostbyname('localhost'));
print('gethostbyname ip', await socket.gethostbyname('127.0.0.1'));
await attemptAwait('gethostbyname own name is dotted quad', async () => (await socket.gethostbyname(name)).split('.').length === 4);
