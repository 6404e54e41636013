// TIME_WAIT: after the server side closes first, re-binding its port fails with errno 98 unless SO_REUSEADDR was set on both the old and the new socket.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

async function roundTrip(reuseOld, reuseNew) {
  const server = socket.socket();
  if (reuseOld) server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
  server.bind(['127.0.0.1', 0]);
  server.listen();
  const addr = server.getsockname();
  const client = await socket.create_connection(addr, 2);
  const [conn] = await server.accept();
  await conn.sendall(b('bye'));
  conn.close(); // active close on the server side: its port goes to TIME_WAIT
  print('client got', await client.recv(10), await client.recv(10));
  client.close();
  server.close();
  await sleep(0.1);
  const again = socket.socket();
  if (reuseNew) again.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
  attempt(`old=${reuseOld} new=${reuseNew} rebind`, () => again.bind(addr));
  if (reuseOld && reuseNew) attempt('listen', () => again.listen());
  again.close();
}

for (const [reuseOld, reuseNew] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
  await roundTrip(reuseOld, reuseNew);
}
