# functools.wraps, update_wrapper, lru_cache and cache (issue 9): a logging decorator keeps the
# wrapped function's name, qualname, doc and attributes and sets __wrapped__; a hand-written
# wrapper sets __name__ itself; lru_cache(maxsize) evicts the least recently used; cache_info()
# and cache_clear(); an lru_cache'd method.
import functools

calls = []

def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)
    return wrapper

@logged
def recv_line(data):
    """Return the first line."""
    return data.split(b'\n')[0]

recv_line.retries = 3
print(recv_line(b'hello\nworld'), calls)
print(recv_line.__name__, recv_line.__qualname__, recv_line.__doc__)
print(recv_line.__wrapped__.__name__, recv_line.__wrapped__(b'a\nb'), recv_line.retries)
print(repr(recv_line).split(' at ')[0], repr(recv_line.__wrapped__).split(' at ')[0])

def manual(f):
    def inner(*a):
        return f(*a)
    inner.__name__ = f.__name__
    inner.__doc__ = 'manual: ' + str(f.__doc__)
    return inner

@manual
def ping():
    "ping doc"
    return 'pong'
print(ping(), ping.__name__, ping.__qualname__, ping.__doc__)

def shout(f):
    def w(*a):
        return f(*a).upper()
    return functools.update_wrapper(w, f)

@shout
def word():
    return 'quiet'
print(word(), word.__name__, word.__wrapped__ is not None)

@functools.lru_cache(maxsize=2)
def lookup(host):
    print('resolving', host)
    return len(host)

print(lookup('a'), lookup('bb'), lookup('a'), lookup('ccc'), lookup('bb'))
print(lookup.cache_info())
lookup.cache_clear()
print(lookup.cache_info(), lookup.__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def square(x):
    print('computing', x)
    return x * x
print(square(4), square(4), square(x=4), square.cache_info())

@functools.lru_cache
def ident(x):
    return x
print(ident(1), ident((1, 2)), ident(1), ident.cache_info())
try:
    ident([1])
except TypeError as e:
    print('TypeError:', e)

class Resolver:
    def __init__(self):
        self.asked = 0
    @functools.lru_cache(maxsize=8)
    def resolve(self, name):
        self.asked += 1
        return name.upper()
r = Resolver()
print(r.resolve('x'), r.resolve('x'), r.resolve('y'), r.asked)
