# dir() of the builtin types themselves, of socket.socket and a socket, of exceptions, and of
# classes deriving from them (and their instances), as CPython 3.11 lists them (issue 9).
import socket
for t in [int, float, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, object, range]:
    print(t.__name__, len(dir(t)), dir(t))
print(dir(socket.socket))
s = socket.socket()
print(dir(s) == dir(socket.socket))
s.close()
for e in [BaseException, Exception, ValueError, KeyError, OSError, ConnectionRefusedError, TimeoutError, socket.timeout,
          socket.gaierror, socket.herror, NameError, AttributeError, ImportError, ModuleNotFoundError, StopIteration,
          SystemExit, UnicodeDecodeError, KeyboardInterrupt]:
    print(e.__name__, dir(e))
class D(dict):
    kind = 'registry'
    def keys_sorted(self):
        return sorted(self)
    def get(self, k, default=None):
        return dict.get(self, k, default)
print('D', dir(D))
d = D(a=1)
d.note = 'x'
print('d', dir(d))
class L(list):
    pass
print('L', dir(L) == sorted(dir(list) + ['__dict__', '__module__', '__weakref__']))
class N(int):
    pass
n = N(3)
n.unit = 'ms'
print('n', [x for x in dir(n) if not x.startswith('__')])
class S(str):
    def shout(self):
        return self.upper()
print('S', [x for x in dir(S) if not x.startswith('__')][:5], 'shout' in dir(S('a')))
class Oops(ValueError):
    code = 3
    def __init__(self, what):
        super().__init__(what)
        self.what = what
print('Oops', dir(Oops))
print('Oops()', dir(Oops('x')))
try:
    raise ConnectionRefusedError(111, 'Connection refused')
except OSError as e:
    print('e', dir(e))
# functions, methods and descriptors
def handler():
    pass
handler.calls = 0
class A:
    def m(self):
        pass
s = socket.socket()
for label, f in [('def', handler), ('bound', A().m), ('A.m', A.m), ('len', len), ("'a'.upper", 'a'.upper), ('str.upper', str.upper),
                 ('int.__add__', int.__add__), ('int.from_bytes', int.from_bytes), ('s.recv', s.recv), ('socket.socket.recv', socket.socket.recv),
                 ('socket.socket.close', socket.socket.close)]:
    print(label, dir(f))
s.close()
