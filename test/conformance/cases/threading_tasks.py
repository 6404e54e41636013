# threading, _thread and multiprocessing around sockets: a thread per client, names, join, Lock, Event, errors.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import threading
import _thread
import multiprocessing

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
replies = {}


def serve_one(conn, tag):
    data = conn.recv(1024)
    replies[tag] = (threading.current_thread().name, data)
    conn.sendall(data.upper())
    conn.close()


clients = []
workers = []
for i in range(3):
    c = socket.create_connection(server.getsockname(), 2)
    clients.append(c)
    conn, _ = server.accept()
    conn.settimeout(2)
    t = threading.Thread(target=serve_one, args=(conn, i))
    workers.append(t)
    print('created', t.name, t.daemon, t.ident, t.is_alive())
    t.start()
print('alive', threading.active_count())
for i, c in enumerate(reversed(clients)):
    c.sendall(b'hello %d' % i)
for c in clients:
    print('reply', c.recv(1024))
    c.close()
for t in workers:
    t.join(2)
    print('joined', t.name, t.is_alive())
for tag in sorted(replies):
    print('reply of', tag, replies[tag][0], replies[tag][1])
print('main', threading.current_thread().name, threading.active_count())

lock = threading.Lock()
print('lock', lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
attempt('release twice', lock.release)
attempt('start twice', workers[0].start)
attempt('join unstarted', threading.Thread(target=print).join)
attempt('group', lambda: threading.Thread(group=1))

done = threading.Event()
print('event', done.is_set(), done.wait(0.01))
seen = []
_thread.start_new_thread(lambda *a: (seen.extend(a), done.set()), (1, 2))
print('start_new_thread', done.wait(2), seen)
attempt('args not tuple', lambda: _thread.start_new_thread(print, 1))

counter = [0]
def count(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=count, args=(100,), name='counter-%d' % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counted', counter[0], [t.name for t in ts])

def child(tag):
    print('child runs', tag)
p = multiprocessing.Process(target=child, args=('p1',))
print('process', p.name, p.pid, p.exitcode, p.is_alive())
p.start()
p.join(2)
print('process done', p.exitcode, p.is_alive())
server.close()
