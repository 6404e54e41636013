// 8 MiB through sendall(): the receiver counts every byte and checks the content.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const SIZE = 8 * 1024 * 1024;
const raw = new Uint8Array(SIZE);
for (let i = 0; i < SIZE; i++) raw[i] = i & 255;
const payload = b(raw);

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
server.settimeout(10);
const client = await socket.create_connection(server.getsockname(), 10);
const [conn] = await server.accept();
conn.settimeout(10);

const received = {};

async function receiver() {
  let total = 0;
  let recvs = 0;
  let equal = true;
  for (;;) {
    const data = await conn.recv(65536);
    if (data.length === 0) break;
    recvs += 1;
    for (let i = 0; i < data.length; i++) {
      if (data[i] !== ((total + i) & 255)) equal = false;
    }
    total += data.length;
  }
  received.total = total;
  received.equal = equal && total === SIZE;
  received.manyRecvs = recvs > 1;
}

async function sender() {
  print('sendall returns', repr(await client.sendall(payload)));
  client.shutdown(SHUT_WR);
}

await Promise.all([receiver(), sender()]);
print('received', received.total, 'bytes');
print('content equal', received.equal);
print('needed more than one recv', received.manyRecvs);
for (const s of [client, conn, server]) s.close();
