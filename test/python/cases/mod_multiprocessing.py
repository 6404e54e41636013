# Module multiprocessing: Process(target, args), start, join, is_alive, name, exitcode, and a child
# that serves one TCP connection the parent opens.
import socket
import time
from multiprocessing import Process
def serve(listener):
    conn, _ = listener.accept()
    data = conn.recv(1024)
    conn.sendall(b'child got ' + data)
    conn.close()
def napper(t):
    time.sleep(t)
if __name__ == '__main__':
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(1)
    p = Process(target=serve, args=(listener,))
    print(p.is_alive(), p.exitcode)
    p.start()
    client = socket.create_connection(listener.getsockname())
    client.sendall(b'hello')
    print(client.recv(1024))
    p.join()
    print(p.is_alive(), p.exitcode, p.name.startswith('Process-'))
    client.close()
    listener.close()
    q = Process(target=napper, args=(0.3,), name='napper')
    q.start()
    print(q.name, q.is_alive())
    q.join(5)
    print(q.is_alive(), q.exitcode)
