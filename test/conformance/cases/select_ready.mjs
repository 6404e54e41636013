// select.select on real sockets: writable at once, readable after a send, a backlog connection, a closed peer, timeouts and errors.
async function attemptAwait(label, fn) {
  try { print(label, 'ok', repr(await fn())); } catch (e) { print(label, e.name, e); }
}

const server = socket.socket();
server.bind(['127.0.0.1', 0]);
server.listen();

const label = new Map();
const names = (ready) => ready.map((group) => group.map((s) => label.get(s)));

print('listener idle', await select.select([server], [], [], 0));
const client = socket.socket();
await client.connect(server.getsockname());
print('listener readable', (await select.select([server], [], [], 2))[0][0] === server);
const [conn] = await server.accept();
label.set(server, 'server').set(client, 'client').set(conn, 'conn');
print('writable', names(await select.select([client, conn], [client, conn], [], 0)));
await client.sendall(b('ping'));
print('readable', names(await select.select([client, conn], [], [], 2)));
print('by fd', (await select.select([conn.fileno()], [], [], 0))[0][0] === conn.fileno());
print('data', await conn.recv(10));
print('timeout', await select.select([conn], [], [], 0.05));
print('empty', await select.select([], [], [], 0.01));
client.close();
print('peer closed', names(await select.select([conn], [], [], 2)), await conn.recv(10));
await attemptAwait('negative', () => select.select([conn], [], [], -1));
await attemptAwait('timeout str', () => select.select([conn], [], [], 'x'));
await attemptAwait('not a list', () => select.select(1, [], []));
await attemptAwait('no fileno', () => select.select(['x'], [], [], 0));
await attemptAwait('negative fd', () => select.select([-1], [], [], 0));
await attemptAwait('closed socket', () => select.select([client], [], [], 0));
await attemptAwait('too few', () => select.select([conn], []));
conn.close();
server.close();
