# with statements as tutorials write them: contextlib's @contextmanager around a listening socket,
# closing(), suppress(), nullcontext, two sockets in one with, a class's own __exit__ swallowing an
# OSError; then _GeneratorContextManager's rules (an exception thrown in at the yield, a generator
# that yields twice or never) and types.SimpleNamespace.
import socket
import contextlib
from contextlib import contextmanager, closing, suppress

@contextmanager
def server_socket():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    s.listen()
    print('opened')
    try:
        yield s
    finally:
        s.close()
        print('closed', s.fileno())

with server_socket() as srv:
    print(srv.getsockname()[0])

with closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as u:
    u.bind(('127.0.0.1', 0))
    print(u.type)
print(u.fileno())

with suppress(ConnectionRefusedError):
    c = socket.socket()
    c.connect(('127.0.0.1', 1))
    print('not reached')
print('suppressed')
c.close()
with socket.socket() as s1, socket.socket(socket.AF_INET6) as s2:
    print(s1.family, s2.family)
print(s1.fileno(), s2.fileno())

class Conn:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type.__name__ if exc_type else None, exc)
        return True
with Conn() as c:
    raise OSError(32, 'Broken pipe')
print('after')
from contextlib import contextmanager, suppress, nullcontext, closing
import types

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
print('after b')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(KeyError, IndexError):
    [][1]
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
with nullcontext(5) as v:
    print(v)
class Res:
    def close(self):
        print('Res closed')
with closing(Res()) as r:
    print(type(r).__name__)
print(tag.__name__)

ns = types.SimpleNamespace(addr=('127.0.0.1', 80), inb=b'', outb=b'x')
print(ns, ns.addr)
ns.inb += b'data'
ns.extra = 1.0
print(ns, vars(ns))
print(ns == types.SimpleNamespace(addr=('127.0.0.1', 80), inb=b'data', outb=b'x', extra=1.0), type(ns))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
print(types.SimpleNamespace())
try:
    ns.missing
except AttributeError as e:
    print(e)
