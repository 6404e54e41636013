# Seed 002: processes: multiprocessing.Process with target and args, start, join, exitcode, and a
# subclass overriding run(); each child sends its result back over a UDP socket.
import socket
from multiprocessing import Process
import os

def work(name, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(('%s done' % name).encode(), ('127.0.0.1', port))
    s.close()

class Worker(Process):
    def __init__(self, port):
        super().__init__()
        self.port = port
    def run(self):
        work('subclass', self.port)

if __name__ == '__main__':
    inbox = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    inbox.bind(('127.0.0.1', 0))
    inbox.settimeout(5)
    port = inbox.getsockname()[1]
    ps = [Process(target=work, args=('p%d' % i, port)) for i in range(3)]
    ps.append(Worker(port))
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    got = sorted([inbox.recvfrom(100)[0].decode() for _ in ps])
    print(got)
    print(isinstance(os.getpid(), int))
    inbox.close()
