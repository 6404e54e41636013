// TCP lifecycle: socket, bind, listen, connect, accept, send/recv both ways, addresses, shutdown, close.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const sameAddr = (x, y) => x[0] === y[0] && x[1] === y[1] && x.length === y.length;

const server = socket.socket(AF_INET, SOCK_STREAM);
print('server', server.family == AF_INET, server.type == SOCK_STREAM, server.proto);
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
attempt('bind', () => server.bind(['127.0.0.1', 0]));
attempt('listen', () => server.listen(5));
server.settimeout(2);

const client = socket.socket();
client.settimeout(2);
await attemptAwait('connect', () => client.connect(server.getsockname()));
const pair = await server.accept();
const [conn, addr] = pair;
print('accept returned a', 'tuple', 'of', pair.length);
print('client addr', addr);
print('addr is client laddr', sameAddr(addr, client.getsockname()));
print('conn laddr is server laddr', sameAddr(conn.getsockname(), server.getsockname()));
print('conn peer', conn.getpeername());
print('client peer is server', sameAddr(client.getpeername(), server.getsockname()));
print('conn timeout', conn.gettimeout());

print('send returns', await client.send(b('hello server')));
print('conn got', await conn.recv(1024));
print('sendall returns', repr(await conn.sendall(b('hello client'))));
print('client got', await client.recv(1024));
print('recv(3)', await conn.send(b('abcdef')), await client.recv(3), await client.recv(3));

attempt('client shutdown', () => client.shutdown(SHUT_RDWR));
print('conn sees eof', await conn.recv(1024));
conn.close();
client.close();
server.close();
print('all closed', conn.fileno(), client.fileno(), server.fileno());
