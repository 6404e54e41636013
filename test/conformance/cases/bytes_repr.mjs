// bytes: repr with escapes and quotes, decode, encode, gbk round trip, bytes through a socket.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

print(b('hello'));
print(repr(b('hello')));
print(b`it's`);
print(b('say "hi"'));
print(b(`both ' and "`));
print(b('\\ backslash'));
print(b([0x00, 0x01, 0x09, 0x0a, 0x0d, 0x7f, 0x80, 0xff]));
print(b([104, 105]), b([]));
print(String(b('abc')));
print('len', b('hello').length);

const hello = '你好';
const u8 = hello.encode('utf-8');
const gbk = hello.encode('gbk');
print('utf-8', u8, u8.length);
print('gbk', gbk, gbk.length);
print('gb2312', hello.encode('gb2312'), 'gb18030', hello.encode('gb18030'));
print('big5', '你好'.encode('big5'));
print('decode utf-8', u8.decode('utf-8'), u8.decode());
print('decode gbk', gbk.decode('gbk'));
print('latin-1', 'café'.encode('latin-1'), b([0x63, 0x61, 0x66, 0xe9]).decode('latin-1'));
print('ascii', 'abc'.encode('ascii'), 'abc'.encode());
attempt('decode gbk as utf-8', () => gbk.decode('utf-8'));
attempt('encode ascii', () => hello.encode('ascii'));
const eq = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
print('equal', eq(b('abc'), 'abc'.encode()), eq(u8, gbk));

const [a, b_] = socket.socketpair();
a.settimeout(2);
b_.settimeout(2);
await a.sendall('你好，服务器'.encode('gbk'));
const data = await b_.recv(100);
print('received', data, data.length);
print('decoded', data.decode('gbk'));
await b_.sendall('收到'.encode('utf-8'));
const reply = await a.recv(100);
print('reply', reply, reply.decode('utf-8'));
// A utf-8 character split across two recv calls.
await a.sendall('é'.encode('utf-8'));
print('one byte at a time', await b_.recv(1), await b_.recv(1));
a.close();
b_.close();
