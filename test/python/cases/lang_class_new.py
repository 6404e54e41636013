# A class's own __new__: a singleton (super().__new__(cls), __init__ run on each call), a str or
# int subclass that changes its value in __new__, a __new__ that returns another type's object
# (then __init__ does not run), as CPython's type_call does.
class Server:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print('new', cls.__name__, args)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, port):
        print('init', port)
        self.port = port


a = Server(1)
b = Server(2)
print(a is b, a.port, type(a).__name__)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Upper('bob')
print(u, repr(u), u.original, type(u).__name__, u + '!', isinstance(u, str))


class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)


print(Even(7), Even(8) + 1, type(Even(3)).__name__)


class Maker:
    def __new__(cls, kind):
        return [kind] if kind == 'list' else super().__new__(cls)

    def __init__(self, kind):
        print('init Maker', kind)


print(Maker('list'), type(Maker('obj')).__name__)


class Table(dict):
    def __new__(cls, *args, **kw):
        d = super().__new__(cls)
        d.created = True
        return d


t = Table(a=1)
print(t, t.created)
