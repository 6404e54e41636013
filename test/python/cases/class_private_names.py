# Private names (`self.__sock`) are mangled to `_Class__sock` inside a class, as CPython's
# compiler does: attributes, methods, class attributes, parameters, locals, nested classes;
# a subclass's `self.__sock` is its own; keyword argument names and getattr strings are not.
# exit: 1
# compare: stderr
import socket


def f(**kw):
    return kw


class Client:
    __count = 0

    def __init__(self):
        self.__sock = socket.socket()
        Client.__count += 1

    def __send(self, data):
        return self.__sock.send(data)

    def go(self):
        print(self.__send, Client.__send, self._Client__send.__name__, self.__send.__qualname__)
        try:
            self.__send(b'x')
        except OSError as e:
            print(type(e).__name__, e)
        self.__sock.close()
        return Client.__count


class Sub(Client):
    def peek(self):
        return self.__sock


c = Client()
print(sorted(vars(c)), sorted(k for k in vars(Client) if k.startswith('_Client')))
try:
    c.__sock
except AttributeError as e:
    print(e)
try:
    Sub().peek()
except AttributeError as e:
    print(e)
print(c.go())
print(getattr(c, '_Client__sock'), hasattr(c, '__sock'))


class _Outer:
    class __Inner:
        pass

    def m(self, __p=1):
        __local = 2
        g = lambda: __local
        return f(__k=1), __p, g(), [__i for __i in range(2)], sorted(locals())

    def err(self):
        return __undefined


class __:
    __x = 1


print(_Outer().m(), _Outer._Outer__Inner.__name__, _Outer._Outer__Inner.__qualname__)
print(sorted(k for k in vars(__) if 'x' in k))
print(f'{c._Client__sock.fileno()=}')
try:
    _Outer().err()
except NameError as e:
    print(e)


class Boom:
    def __fail(self):
        raise ValueError('private')

    def run(self):
        self.__fail()


Boom().run()
