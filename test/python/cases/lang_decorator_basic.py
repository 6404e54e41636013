# Decorators on def and class (issue 9): @name, @name(args), @module.name, stacked ones applied
# bottom-up, CPython's order of evaluation (the decorator expressions top-down, then the defaults,
# then the calls), a decorator returning another callable, and a class decorator.
import functools

def logged(fn):
    return fn

@logged
def handle(conn):
    return conn
print(handle(1))

def trace(name):
    print('evaluating', name)
    def deco(f):
        print('applying', name, 'to', f.__name__)
        return f
    return deco

def default():
    print('default evaluated')
    return 10

@trace('outer')
@trace('inner')
def f(x=default()):
    return x * 2
print(f())

def twice(f):
    def wrapper(*args, **kwargs):
        f(*args, **kwargs)
        return f(*args, **kwargs)
    return wrapper

@twice
def greet(who, punct='!'):
    print('hello', who + punct)
    return len(who)
print(greet('ann'), greet('bob', punct='?'))
print(greet.__name__, greet.__qualname__)
print(repr(greet).split(' at ')[0])

def repeat(n):
    def deco(f):
        def run(*a):
            return [f(*a) for _ in range(n)]
        return run
    return deco

@repeat(3)
@twice
def two():
    return 2
print(two(), two.__qualname__)

def replace_with_value(f):
    return 42

@replace_with_value
def gone():
    pass
print(gone)

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class EchoServer:
    port = 0
    def name(self):
        return 'echo'

print(sorted(registry), EchoServer.registered, EchoServer().name(), EchoServer)

class Routes:
    table = []
    def route(path):
        def deco(f):
            Routes.table.append((path, f.__name__))
            return f
        return deco

@Routes.route('/')
def index():
    return 'index'

@Routes.route('/about')
def about():
    return 'about'
print(Routes.table, index(), about())

def outer():
    @functools.wraps(index)
    def inner():
        return 'inner'
    @twice
    def local():
        return 'local'
    return inner, local
i, l = outer()
print(i.__name__, i(), l.__qualname__, l())
