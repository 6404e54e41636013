# Metaclasses as the tutorials use them: a registry of handler classes made by the metaclass's
# __new__, a singleton made by its __call__, __init__ on the new class, the metaclass inherited
# by subclasses, its methods and attributes read through the class (not its instances),
# type(cls), isinstance(cls, Meta), and the metaclass conflict.


class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[ns.get('command', name.lower())] = cls
        return cls

    def handlers(cls):
        return sorted(cls.registry)


class Handler(metaclass=PluginMeta):
    def handle(self, line):
        return 'unknown: ' + line


class Echo(Handler):
    command = 'echo'

    def handle(self, line):
        return line


class Upper(Handler):
    def handle(self, line):
        return line.upper()


print(sorted(PluginMeta.registry))
print(Handler.handlers(), Echo.handlers())
for line in ['echo hi', 'upper there', 'nope x']:
    word, _, rest = line.partition(' ')
    cls = PluginMeta.registry.get(word, Handler)
    print(cls.__name__, cls().handle(rest))
print(type(Handler), type(Echo), type(Echo()))
print(isinstance(Echo, PluginMeta), isinstance(Echo, type), isinstance(Echo(), PluginMeta), isinstance(int, PluginMeta))
print(issubclass(PluginMeta, type), PluginMeta.__mro__)
print(Echo.__class__ is PluginMeta, Echo.__mro__)
try:
    Echo().handlers()
except AttributeError as e:
    print('AttributeError:', e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, port=0):
        print('Config.__init__', port)
        self.port = port


a = Config(8080)
b = Config(9090)
print(a is b, a.port, b.port, len(Singleton._instances))


class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0
        print('made', name, sorted(k for k in ns if not k.startswith('__')))

    def __call__(cls, *args):
        obj = super().__call__(*args)
        cls.instances += 1
        return obj


class Conn(metaclass=Counted):
    timeout = 5

    def __init__(self, host):
        self.host = host

    def where(self):
        return self.host


class TLSConn(Conn):
    pass


for h in ['a', 'b']:
    Conn(h)
t = TLSConn('c')
print(Conn.instances, TLSConn.instances, t.where(), t.timeout)


class Upper(type):
    def __new__(mcs, name, bases, ns):
        changed = {k if k.startswith('__') else k.upper(): v for k, v in ns.items()}
        changed['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, changed)


class Settings(metaclass=Upper):
    host = 'localhost'
    port = 80


print(Settings.HOST, Settings.PORT, Settings.made_by, hasattr(Settings, 'host'))


class A(metaclass=PluginMeta):
    pass


class B(metaclass=Singleton):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class SubMeta(PluginMeta):
    pass


class D(A, metaclass=SubMeta):
    pass


print(type(D), type(A))
