// create_server() and create_connection(): the convenience functions, their timeouts and their errors.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
// Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
function secs(v) {
  return v == null ? 'None' : String(v);
}

let server = socket.create_server(['127.0.0.1', 0]);
print(repr(server));
print('reuseaddr', server.getsockopt(SOL_SOCKET, SO_REUSEADDR));
print('server timeout', secs(server.gettimeout()));
server.settimeout(2);
const addr = server.getsockname();

let client = await socket.create_connection(addr);
print('no timeout', secs(client.gettimeout()));
let [conn] = await server.accept();
await client.sendall(b('via create_connection'));
print('server got', await conn.recv(100));
client.close();
conn.close();

client = await socket.create_connection(['127.0.0.1', addr[1]], 2);
print('timeout 2', secs(client.gettimeout()));
const peer = client.getpeername();
print('peer is server', peer[0] === addr[0] && peer[1] === addr[1] && peer.length === addr.length);
[conn] = await server.accept();
client.close();
conn.close();

client = await socket.create_connection(['localhost', addr[1]], 1.5);
print('localhost works', client.getpeername()[0], secs(client.gettimeout()));
[conn] = await server.accept();
client.close();
conn.close();
server.close();

await attemptAwait('create_connection refused', () => socket.create_connection(addr, 2));

const backlogged = socket.create_server(['127.0.0.1', 0], { backlog: 1 });
print('backlog server', backlogged.getsockname()[0]);
backlogged.close();

const s6 = socket.create_server(['::1', 0], { family: AF_INET6 });
print(repr(s6));
const c6 = await socket.create_connection(['::1', s6.getsockname()[1]], 2);
print('v6 peer', c6.getpeername()[0]);
c6.close();
s6.close();

const taken = socket.create_server(['127.0.0.1', 0]);
attempt('create_server in use', () => socket.create_server(taken.getsockname()));
taken.close();

const u = socket.create_server(['127.0.0.1', 0], { reuse_port: true });
print('reuse_port', u.getsockopt(SOL_SOCKET, SO_REUSEPORT));
u.close();
