// The tutorial's TCP hello server and client: the client says 'hello server', the server answers 'hello client'.
const server = socket.socket(AF_INET, SOCK_STREAM);
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
server.bind(['127.0.0.1', 0]);
server.listen(5);
server.settimeout(5);
const port = server.getsockname()[1];
print('server listening, port > 0:', port > 0);

async function serve() {
  const [conn, addr] = await server.accept();
  conn.settimeout(5);
  print('server: connection from', addr[0]);
  const data = await conn.recv(1024);
  print('server got:', data.decode('utf-8'));
  await conn.send('hello client'.encode('utf-8'));
  conn.close();
  print('server: connection closed');
}

async function runClient() {
  const client = socket.socket(AF_INET, SOCK_STREAM);
  client.settimeout(5);
  await client.connect(['127.0.0.1', port]);
  await client.send('hello server'.encode('utf-8'));
  const reply = await client.recv(1024);
  return [client, reply];
}

const [, [client, reply]] = await Promise.all([serve(), runClient()]);
print('client got:', reply.decode('utf-8'));
print('client then reads', await client.recv(1024));
client.close();
server.close();
