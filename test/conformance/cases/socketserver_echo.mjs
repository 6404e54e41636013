// socketserver as the tutorials use it: TCPServer + BaseRequestHandler, ThreadingTCPServer + StreamRequestHandler, UDPServer + DatagramRequestHandler.
function attempt(label, fn) {
  try { print(label, 'ok', repr(fn())); } catch (e) { print(label, e.name, e); }
}

class MyHandler extends socketserver.BaseRequestHandler {
  async handle() {
    for (;;) {
      const data = await this.request.recv(1024);
      if (data.length === 0) break;
      print('server got', data, this.client_address[0]);
      await this.request.sendall(data.decode().toUpperCase().encode());
    }
  }
}

class LineHandler extends socketserver.StreamRequestHandler {
  async handle() {
    for await (const line of this.rfile) await this.wfile.write(b([...b('> '), ...line]));
  }
}

class UpperHandler extends socketserver.DatagramRequestHandler {
  handle() {
    this.wfile.write(this.rfile.read().decode().toUpperCase().encode());
  }
}

// `with TCPServer(...) as server:` ⇔ server[Symbol.dispose]() in finally.
let server = socketserver.TCPServer(['127.0.0.1', 0], MyHandler);
try {
  print('address', server.server_address[0], server.allow_reuse_address, server.timeout, server.request_queue_size);
  const t = threading.Thread({ target: () => server.serve_forever(0.05) });
  t.start();
  const c = await socket.create_connection(server.server_address, 2);
  for (const msg of [b('hello'), b('world')]) {
    await c.sendall(msg);
    print('client got', await c.recv(1024));
  }
  c.close();
  await server.shutdown();
  await t.join(2);
} finally {
  server[Symbol.dispose]();
}
print('closed', server.socket.fileno());

class ReusingServer extends socketserver.ThreadingTCPServer {
  static allow_reuse_address = true;
  static daemon_threads = true;
}

server = new ReusingServer(['127.0.0.1', 0], LineHandler);
print('reuse', server.socket.getsockopt(SOL_SOCKET, SO_REUSEADDR) !== 0, server.daemon_threads);
let t = threading.Thread({ target: () => server.serve_forever(0.05) });
t.start();
const a = await socket.create_connection(server.server_address, 2);
const c2 = await socket.create_connection(server.server_address, 2);
await a.sendall(b('first '));
await c2.sendall(b('second\n'));
print('b got', await c2.recv(1024));
await a.sendall(b('line\n'));
print('a got', await a.recv(1024));
a.close();
c2.close();
await server.shutdown();
await t.join(2);
await server.server_close();

const udp = socketserver.UDPServer(['127.0.0.1', 0], UpperHandler);
t = threading.Thread({ target: () => udp.serve_forever(0.05) });
t.start();
const u = socket.socket(AF_INET, SOCK_DGRAM);
u.settimeout(2);
await u.sendto(b('datagram'), udp.server_address);
const [data, addr] = await u.recvfrom(100);
print('udp got', data, addr[0] === udp.server_address[0] && addr[1] === udp.server_address[1]);
u.close();
await udp.shutdown();
await t.join(2);
udp.server_close();
attempt('bind_and_activate False', () => socketserver.TCPServer(['127.0.0.1', 0], MyHandler, false).socket.close());
