// connect() on a connected socket, or on a listening one: OSError 106.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();
const addr = server.getsockname();

// Default (blocking) mode: the first connect completes the handshake, the second one fails.
const client = socket.socket();
await attemptAwait('connect', () => client.connect(addr));
await attemptAwait('connect twice', () => client.connect(addr));
await attemptAwait('connect_ex twice', () => client.connect_ex(addr));
const [conn] = await server.accept();
await attemptAwait('connect accepted socket', () => conn.connect(addr));
await attemptAwait('connect listening socket', () => server.connect(addr));
await attemptAwait('connect_ex listening socket', () => server.connect_ex(addr));

// Timeout mode: CPython connects non-blocking and waits, so the socket is still
// "connecting" for the kernel and the second connect() returns 0 (Linux
// __inet_stream_connect); only the third one sees EISCONN.
const timed = socket.socket();
timed.settimeout(2);
await attemptAwait('timeout connect', () => timed.connect(addr));
await attemptAwait('timeout connect twice', () => timed.connect(addr));
await attemptAwait('timeout connect three times', () => timed.connect(addr));
const [conn2] = await server.accept();

for (const s of [server, client, conn, timed, conn2]) s.close();
