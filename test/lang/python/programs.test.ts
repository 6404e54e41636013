// Whole socket programs in the tutorials' style (TCP and UDP on loopback, threads, socketserver,
// select, struct, os, sys, time), run by python3 and by a socklab session: the same stdout.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCPython, runSocklab } from './harness.ts';

afterAll(cleanup);

const PROGRAMS: [string, string, string][] = [
  ['TCP hello server and client (seed 000)', `import socket
server = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(5)
print('server start .........')
client = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
client.connect(server.getsockname())
clientSocketObj, clientAddress = server.accept()
client.send(b'hello server')
recv_data = clientSocketObj.recv(1024).decode('utf-8')
print("接收到客户端发送的消息:", recv_data)
clientSocketObj.send(b'hello client')
print("接收服务端发送的消息:", client.recv(1024).decode('utf-8'))
client.settimeout(5)
print(client.gettimeout(), repr(socket.AF_INET), client.family, server.type)
clientSocketObj.close()
print(client.recv(10) == b'', not client.recv(10))
client.close()
server.close()
print(server.fileno())
`, ''],
  ['UDP chat with input() (seed 000/003)', `import socket
def main():
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    a.bind(('127.0.0.1', 0))
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while True:
        send_data = input('B:>> ').encode('utf-8')
        if not send_data:
            continue
        b.sendto(send_data, a.getsockname())
        recv_data, address = a.recvfrom(1024)
        print("B:>> ", recv_data.decode('utf-8'))
        if recv_data == b'quit':
            print("聊天结束.......")
            break
        a.sendto(b'Hello, %s!' % recv_data, address)
        print('%s' % b.recv(1024).decode('utf-8'))
    a.close()
    b.close()
if __name__ == '__main__':
    main()
`, '你好\n\nquit\n'],
  ['threads, socketserver, select, struct', `import socket, threading, select, struct
from socketserver import ThreadingTCPServer, BaseRequestHandler, StreamRequestHandler
print(struct.pack('!HI', 1, 2), struct.unpack('!H', b'\\x00\\x05'), struct.calcsize('!HI'))
lock = threading.Lock()
results = []
def worker(n):
    with lock:
        results.append(n * 2)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), threading.current_thread().name)
class Echo(BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(1024).upper())
class Lines(StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'> ' + line)
for Handler in (Echo, Lines):
    server = ThreadingTCPServer(('127.0.0.1', 0), Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    c = socket.create_connection(('127.0.0.1', server.server_address[1]))
    c.sendall(b'hello\\n')
    if Handler is Lines:
        c.shutdown(socket.SHUT_WR)
    print(c.recv(1024))
    c.close()
    server.shutdown()
    server.server_close()
a, b = socket.socketpair()
a.send(b'x')
r, w, x = select.select([b], [], [], 1.0)
print(len(r), r[0] is b, w, x)
a.close(); b.close()
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print('run', self.n)
m = MyThread(7)
m.start()
m.join()
`, ''],
  ['a process per client and _thread (seeds 000, 001)', `import socket, _thread, time
from multiprocessing import Process
def dealWithClient(conn, addr):
    while True:
        recv_data = conn.recv(1024).decode('utf-8')
        print(addr[0] + ':> ' + recv_data)
        conn.send(b'ok')
        if recv_data == 'quit':
            break
    conn.close()
server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(5)
port = server.getsockname()[1]
def client():
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    for m in ['hi', 'quit']:
        c.send(m.encode('utf-8'))
        c.recv(2)
    c.close()
_thread.start_new_thread(client, ())
conn, addr = server.accept()
p = Process(target=dealWithClient, args=(conn, addr))
p.start()
p.join()
server.close()
`, ''],
  ['os, sys and time', `import os, sys, time
os.system('echo from-the-shell')
sys.stdout.write('written\\n')
print(os.path.join('/tmp', 'x.sock'), os.path.basename('/a/b.py'), os.path.splitext('f.tar.gz'), os.name, type(os.getpid()))
print(type(time.time()), time.time() > 1e9, sys.argv[0].endswith('prog.py'), sys.platform)
t = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - t >= 0.04)
try:
    sys.exit(0)
except SystemExit as e:
    print('exit', e.code)
`, ''],
];

describe('socket programs, compared with python3', () => {
  it.each(PROGRAMS)('%s', async (_name, source, stdin) => {
    const cpython = runCPython(source, stdin);
    expect(cpython.stderr).toBe('');
    const ours = await runSocklab(source, stdin);
    expect(ours.stderr.replace(/^note: .*\n/m, '')).toBe('');
    expect(ours.stdout).toBe(cpython.stdout);
  });
});
