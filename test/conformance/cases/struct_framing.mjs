// struct: sizes, byte orders, ranges and struct.error messages; 粘包 framing with struct.pack('!I', len).
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}

attempt('calcsize native', () => struct.calcsize('@bhiqd'));
attempt('calcsize standard', () => struct.calcsize('!bhiqd'));
attempt('pack !I', () => struct.pack('!I', 258));
attempt('pack <I', () => struct.pack('<I', 258));
attempt('pack native hi', () => struct.pack('hi', 1, 2));
attempt('pack 5s 3p', () => struct.pack('5s3p', b('ab'), b('xyz')));
attempt('pack ?', () => struct.pack('??', 0, 5));
attempt('pack f', () => struct.unpack('<f', struct.pack('<f', 0.1)));
attempt('pack e', () => struct.pack('<e', 1.5));
attempt('unpack', () => struct.unpack('!HI', b([0, 1, 0, 0, 0, 2])));
attempt('unpack Q', () => struct.unpack('!Q', b([255, 255, 255, 255, 255, 255, 255, 255])));
attempt('unpack_from', () => struct.unpack_from('!H', b([0, 0, 1, 2]), 2));
attempt('iter_unpack', () => [...struct.iter_unpack('!H', b([0, 1, 0, 2]))]);
attempt('Struct', () => [struct.Struct('!HI').size, struct.Struct('!HI').format]);
attempt('bad char', () => struct.pack('!z', 1));
attempt('count', () => struct.pack('!I'));
attempt('range B', () => struct.pack('B', 256));
attempt('range !H', () => struct.pack('!H', 70000));
attempt('range !I', () => struct.pack('!I', -1));
attempt('range q', () => struct.pack('!q', 2n ** 63n));
attempt('not int', () => struct.pack('!I', 'x'));
attempt('size', () => struct.unpack('!I', b('abc')));
attempt('unpack str', () => struct.unpack('!I', 'abcd'));
attempt('unpack_from short', () => struct.unpack_from('!I', b('abc'), 1));
attempt('float overflow', () => struct.pack('<f', 1e40));

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
const client = await socket.create_connection(server.getsockname(), 2);
const [conn] = await server.accept();
conn.settimeout(2);
for (const text of ['hello', '你好', '']) {
  const body = text.encode('utf-8');
  await client.sendall(b([...struct.pack('!I', body.length), ...body]));
}
client.close();

async function recvExactly(sock, n) {
  let buf = [];
  while (buf.length < n) {
    const chunk = await sock.recv(n - buf.length);
    if (chunk.length === 0) break;
    buf = [...buf, ...chunk];
  }
  return b(buf);
}

for (;;) {
  const header = await recvExactly(conn, 4);
  if (header.length < 4) {
    print('end', header);
    break;
  }
  const [n] = struct.unpack('!I', header);
  print('message', n, (await recvExactly(conn, n)).decode('utf-8'));
}
conn.close();
server.close();
