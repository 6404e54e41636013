// socket.makefile (seed 004): text and binary files over a connection, readline/read/write/flush, line iteration, errors.
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

let [a, b2] = socket.socketpair();
const f = a.makefile('rw', { encoding: 'utf-8' });
print('text file', f.mode, f.encoding, f.readable(), f.writable(), repr(f));
print('write', await f.write('héllo\nworld\r\nlast'));
await f.flush();
const g = b2.makefile('rb');
print('binary file', g.mode, repr(g) === `<_io.BufferedReader name=${b2.fileno()}>`);
print('binary', await g.readline(), await g.read(5), await g.readline(), await g.read(4));
await b2.sendall('tail\r\nmore\rend 你好'.encode('utf-8'));
b2.shutdown(SHUT_WR);
print('text', repr(await f.readline()), repr(await f.readline()), repr(await f.read()), repr(await f.read()), repr(await f.readline()));
await attemptAwait('bad mode', () => a.makefile('rx'));
await attemptAwait('unbuffered text', () => a.makefile('r', 0));
await attemptAwait('write bytes', () => a.makefile('w').write(b('x')));
await attemptAwait('write read-only', () => b2.makefile('r').write('x'));
await attemptAwait('read write-only', () => b2.makefile('w').read());
const h = a.makefile('wb');
await attemptAwait('write str', () => h.write('x'));
await h.close();
await attemptAwait('write closed', () => h.write(b('x')));
print('closed', h.closed, a.fileno() > 0);
a.close();
b2.close();

let [c, d] = socket.socketpair();
await d.sendall(b('l1\nl2\r\nl3'));
d.close();
const lines = [];
for await (const line of c.makefile()) lines.push(line);
print('lines', lines);
c.close();
[c, d] = socket.socketpair();
await d.sendall('第一行\n第二行\n'.encode('gbk'));
d.close();
print('gbk', await c.makefile('r', { encoding: 'gbk', newline: '' }).readlines());
c.close();
