// recv_into() fills a caller's buffer and returns the byte count; nbytes limits it.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const [a, b_] = socket.socketpair();
a.settimeout(2);
b_.settimeout(2);
await a.sendall(b('hello world'));
let buf = new Uint8Array(5);
let n = await b_.recv_into(buf);
print('recv_into', n, b(buf.subarray(0, n)));
buf = new Uint8Array(100);
n = await b_.recv_into(buf, 3);
print('recv_into nbytes=3', n, b(buf.subarray(0, n)));
n = await b_.recv_into(buf);
print('rest', n, b(buf.subarray(0, n)));
await attemptAwait('nbytes larger than buffer', () => b_.recv_into(new Uint8Array(2), 10));
a.close();
print('eof', await b_.recv_into(new Uint8Array(10)));
b_.close();
