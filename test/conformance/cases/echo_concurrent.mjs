// The tutorial's concurrent echo server: one handler per client (threads here, async functions in JS)
// serving 3 clients at once. The clients talk in reverse connection order, which a server that
// handles one client at a time could not survive.
const server = socket.socket();
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
server.bind(['127.0.0.1', 0]);
server.listen(5);
server.settimeout(5);
const addr = server.getsockname();

const served = [];

async function handle(conn, clientAddr) {
  conn.settimeout(5);
  let count = 0;
  for (;;) {
    const data = await conn.recv(1024);
    if (data.length === 0) break;
    count += 1;
    await conn.sendall(b([...b('echo: '), ...data]));
  }
  conn.close();
  served.push(count);
}

async function acceptThree() {
  const handlers = [];
  for (let i = 0; i < 3; i++) {
    const [conn, clientAddr] = await server.accept();
    handlers.push(handle(conn, clientAddr));
  }
  await Promise.all(handlers);
}

async function runClients() {
  const clients = [];
  for (let i = 0; i < 3; i++) clients.push(await socket.create_connection(addr, 5));
  for (let rnd = 0; rnd < 2; rnd++) {
    for (let i = 2; i >= 0; i--) {
      await clients[i].sendall(`client ${i} round ${rnd}`.encode('utf-8'));
      print((await clients[i].recv(1024)).decode('utf-8'));
    }
  }
  for (const c of clients) c.close();
}

await Promise.all([acceptThree(), runClients()]);
print('handlers finished', served.length, 'messages each', served.sort());
server.close();
