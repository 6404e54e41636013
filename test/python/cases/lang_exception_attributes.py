# Exceptions' attributes and tree: __cause__/__context__ (None when unset), __suppress_context__
# (raise from), sys.exc_info(); KeyboardInterrupt, SystemExit and GeneratorExit are not
# Exceptions (issubclass, __mro__, __bases__); issubclass of a non-exception to BaseException.
import sys
class E(Exception):
    pass
class F(Exception):
    def __str__(self):
        return 'custom str'
tests = []
def t(f): tests.append(f)
def a():
    try:
        raise E
    except E as e:
        return repr(e), str(e), e.args
t(a)
def b():
    try:
        raise F('x')
    except Exception as e:
        return str(e), repr(e), e.args
t(b)
def c():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('v') from None
    except ValueError as e:
        return e.__cause__, e.__suppress_context__, repr(e.__context__)
t(c)
def d():
    try:
        {}['k']
    except (KeyError, IndexError) as e:
        return type(e).__name__, e.args, str(e)
t(d)
def e_():
    order = []
    try:
        order.append('try')
    except Exception:
        order.append('except')
    else:
        order.append('else')
    finally:
        order.append('finally')
    return order
t(e_)
def f():
    try:
        raise KeyError('a')
    except KeyError:
        info = sys.exc_info()
        return info[0].__name__, repr(info[1]), info[2] is not None
t(f)
def g():
    return sys.exc_info()
t(g)
def h():
    try:
        try:
            raise E('inner')
        except E:
            raise
    except E as e:
        return 'reraised', str(e)
t(h)
def i():
    e = ValueError('a', 'b')
    return str(e), e.args[1], len(e.args)
t(i)
def j():
    try:
        raise TypeError('t')
    except Exception as e:
        try:
            raise RuntimeError('r')
        except RuntimeError as r:
            return repr(r.__context__), r.__cause__
t(j)
def k():
    return issubclass(E, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(TimeoutError, OSError), BaseException.__subclasses__ if False else 1
t(k)
def l():
    try:
        int('x')
    except ValueError as err:
        return f'{err}', f'{err!r}', '%s' % err, 'Error: ' + str(err)
t(l)
def m():
    try:
        raise OSError(98, 'Address already in use')
    except OSError as e:
        return e.errno, e.strerror, str(e), e.args, repr(e)
t(m)
def n():
    x = OSError('plain')
    return x.errno, x.strerror, str(x), OSError(1, 2, 3).filename
t(n)
for fn in tests:
    try:
        print(fn.__name__, fn())
    except Exception as ex:
        print(fn.__name__, 'raised', type(ex).__name__, ex)
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), Exception), isinstance(KeyboardInterrupt(), BaseException), KeyboardInterrupt.__mro__, SystemExit.__bases__)
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(int, BaseException), issubclass(ValueError, BaseException), issubclass(OSError, (int, Exception)))
