// Context manager: 'with socket.socket() as s' closes the socket on exit, also when the block raises.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}
// Node 20 has Symbol.dispose but not the `using` syntax, so each `with` is spelled try/finally.

const s = socket.socket();
try {
  s.bind(['127.0.0.1', 0]);
  print('inside', s.fileno() >= 0);
} finally {
  s[Symbol.dispose]();
}
print('after with', s.fileno(), repr(s));

const u = socket.socket(AF_INET, SOCK_DGRAM);
try {
  try {
    u.settimeout(0.1);
    u.bind(['127.0.0.1', 0]);
    await u.recv(10);
  } finally {
    u[Symbol.dispose]();
  }
} catch (e) {
  if (!(e instanceof TimeoutError)) throw e;
  print('raised', e.name, e);
}
print('closed anyway', u.fileno());

const server = socket.socket();
try {
  server.bind(['127.0.0.1', 0]);
  server.listen();
  const client = await socket.create_connection(server.getsockname(), 2);
  let conn;
  try {
    [conn] = await server.accept();
    try {
      await client.sendall(b('inside nested with'));
      print('got', await conn.recv(100));
    } finally {
      conn[Symbol.dispose]();
    }
  } finally {
    client[Symbol.dispose]();
  }
  print('client closed', client.fileno(), 'conn closed', conn.fileno(), 'server open', server.fileno() >= 0);
} finally {
  server[Symbol.dispose]();
}
print('server closed', server.fileno());
