# threading.Thread subclasses as clients of a create_server() server reading lines through
# makefile('r'), counting words with collections.Counter; socket.has_dualstack_ipv6(); a few
# collections/functools/itertools/format helpers and sys facts tutorials print.
import socket, threading, collections, functools, itertools, time, sys
class Client(threading.Thread):
    def __init__(self, port, msgs):
        super().__init__(name='client-%d' % len(msgs))
        self.port = port; self.msgs = msgs; self.replies = []
    def run(self):
        with socket.create_connection(('127.0.0.1', self.port), timeout=2) as s:
            for m in self.msgs:
                s.sendall(m.encode() + b'\n')
                self.replies.append(s.recv(100).decode().rstrip('\n'))
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
stats = collections.Counter()
def serve():
    for _ in range(2):
        conn, addr = srv.accept()
        with conn, conn.makefile('r') as rf:
            for line in rf:
                word = line.strip()
                stats[word] += 1
                conn.sendall(f'{word[::-1]}\n'.encode())
t = threading.Thread(target=serve, daemon=True); t.start()
cs = [Client(port, ['abc', 'hello']), Client(port, ['abc'])]
for c in cs:
    c.start(); c.join()
t.join(2)
print([c.replies for c in cs], [c.name for c in cs], stats.most_common(1), sorted(stats.items()))
srv.close()
print(socket.has_dualstack_ipv6() in (True, False), srv.fileno())
dd = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dict(dd), functools.reduce(lambda x, y: x + y, range(5)), list(itertools.islice(itertools.count(1), 3)))
print('%.2f MB/s' % (1024 * 1024 * 3 / 1.5 / 1e6), '{:.1%}'.format(0.256), f'{"ok":*^8}', format(1234.5, ',.1f'))
od = collections.OrderedDict(); od['x'] = 1; od['y'] = 2; od.move_to_end('x'); print(od, list(od))
print(sys.version_info[:2] >= (3, 8), sys.platform, sys.maxsize > 2**31, sys.byteorder)
