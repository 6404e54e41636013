# Subclasses of builtins beyond dict and list: an int subclass given to socket calls (inside an
# address tuple too), exceptions with __init__/__str__, OSError subclasses (their errno and
# strerror, with and without super().__init__), a threading.Thread subclass.
import socket, threading
class Port(int):
    pass
p = Port(0)
s = socket.socket()
s.bind(('127.0.0.1', p))
s.listen(Port(1))
print(s.getsockname()[1] > 0)
s.settimeout(Port(2))
print(s.gettimeout())
s.close()
class E(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
    def __str__(self):
        return 'E!' + str(self.code)
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args, repr(e))
class O(OSError):
    pass
for args in [(2, 'nope'), ('x',), (111, 'refused', 'f')]:
    e = O(*args)
    print(e, e.errno, e.strerror, e.args, type(e).__name__, isinstance(e, OSError), repr(e))
class F(ConnectionError):
    def __init__(self, host):
        super().__init__(111, 'refused by ' + host)
        self.host = host
try:
    raise F('h')
except OSError as e:
    print(e, e.errno, e.host, e.args)
class V(ValueError):
    pass
print(V(2.0).args, V('a', 1), repr(V()))
class T(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 2
ts = [T(i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([t.result for t in ts], isinstance(ts[0], threading.Thread), type(ts[0]).__name__)
