# A record class whose __setattr__ validates every assignment (those in __init__ too) and whose
# __delattr__ guards its fields; object.__setattr__ and super().__setattr__ do the real store.
class Endpoint:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def __setattr__(self, name, value):
        print('set', name, repr(value))
        if name == 'port' and not (isinstance(value, int) and 0 <= value <= 65535):
            raise ValueError(f'bad port: {value!r}')
        if name not in ('host', 'port', 'note'):
            raise AttributeError(f"'{type(self).__name__}' object has no field '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('host', 'port'):
            raise AttributeError(f'cannot delete {name}')
        super().__delattr__(name)

    def __repr__(self):
        return f'Endpoint({self.host!r}, {self.port})'


e = Endpoint('127.0.0.1', 8080)
print(e, e.__dict__)
e.port = 9090
setattr(e, 'note', 'primary')
print(e, e.note)
for bad in (70000, 'http', -1):
    try:
        e.port = bad
    except ValueError as err:
        print('ValueError:', err)
try:
    e.hots = 'x'
except AttributeError as err:
    print('AttributeError:', err)
try:
    Endpoint('::1', 123456)
except ValueError as err:
    print('ValueError:', err)
e.port += 1
print(e.port)
del e.note
print(hasattr(e, 'note'), e.__dict__)
for name in ('host', 'note'):
    try:
        delattr(e, name)
    except AttributeError as err:
        print('AttributeError:', err)


class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            super().__setattr__(k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is frozen')


f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 3
except AttributeError as err:
    print('AttributeError:', err)
try:
    setattr(f, 'c', 3)
except AttributeError as err:
    print('AttributeError:', err)
print(f.a, hasattr(f, 'c'))


class Plain:
    pass


p = Plain()
object.__setattr__(p, 'x', 1)
print(object.__getattribute__(p, 'x'))
object.__delattr__(p, 'x')
print(hasattr(p, 'x'))
for call in (lambda: object.__getattribute__(p, 'x'), lambda: object.__delattr__(p, 'x'), lambda: object.__setattr__(p, 1, 2)):
    try:
        call()
    except (AttributeError, TypeError) as err:
        print(type(err).__name__ + ':', err)
