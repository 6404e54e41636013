// listen(1): two handshakes complete from the backlog, the third client's connect times out until accept().
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen(1);
const addr = server.getsockname();

const clients = [];
for (let i = 0; i < 3; i++) {
  const c = socket.socket();
  c.settimeout(0.5);
  clients.push(c);
  await attemptAwait(`client ${i} connect`, () => c.connect(addr));
}
// Abort the client whose SYN was dropped so its retransmission cannot take the freed slot.
clients.pop().close();

server.settimeout(2);
const [conn1] = await server.accept();
print('accepted one');
const late = socket.socket();
late.settimeout(2);
await attemptAwait('client after accept connect', () => late.connect(addr));
const [conn2] = await server.accept();
const [conn3] = await server.accept();
print('accepted two more');
server.settimeout(0.2);
await attemptAwait('accept on empty queue', () => server.accept());

// The queued connections are real: data sent before accept() is waiting.
await clients[0].sendall(b('first'));
print('conn1 got', await conn1.recv(10));

for (const s of [...clients, late, conn1, conn2, conn3, server]) s.close();
