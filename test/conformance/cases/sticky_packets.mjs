// Sticky packets (粘包): TCP is a byte stream, so three sends can arrive as one recv; UDP keeps each datagram.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
server.settimeout(2);
const client = await socket.create_connection(server.getsockname(), 2);
const [conn] = await server.accept();
conn.settimeout(2);
for (const msg of [b('msg1'), b('msg2'), b('msg3')]) await client.send(msg);
await sleep(0.2);
print('tcp one recv', await conn.recv(1024));

// The usual fix: length-prefixed messages (4-byte big-endian length, then the body).
for (const msg of ['你好'.encode('utf-8'), b('world'), b('')]) {
  const header = [msg.length >>> 24, (msg.length >>> 16) & 255, (msg.length >>> 8) & 255, msg.length & 255];
  await client.sendall(b([...header, ...msg]));
}
client.shutdown(SHUT_WR);

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
    print('framed stream ended', header);
    break;
  }
  const body = await recvExactly(conn, ((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]) >>> 0);
  print('framed message', body, body.length);
}

const u1 = socket.socket(AF_INET, SOCK_DGRAM);
const u2 = socket.socket(AF_INET, SOCK_DGRAM);
u2.bind(['127.0.0.1', 0]);
u2.settimeout(2);
for (const msg of [b('msg1'), b('msg2'), b('msg3')]) await u1.sendto(msg, u2.getsockname());
await sleep(0.2);
print('udp recvs', await u2.recv(1024), await u2.recv(1024), await u2.recv(1024));
for (const s of [server, client, conn, u1, u2]) s.close();
