# A function defined in a class body and called by name later in that body is a plain function
# there (LOAD_NAME finds the function itself): `VALUE = _helper(3)`, with keywords, through another
# name, a staticmethod called in the body (3.10+), and `del` of the helper afterwards.
class C:
    def _helper(x, y=1):
        return x * 2 + y

    VALUE = _helper(3)
    BOTH = _helper(3, y=0), _helper.__name__, _helper.__qualname__

    def use(self):
        return self.VALUE

    @staticmethod
    def st(v):
        return v + 1

    S = st(1)
    del _helper


print(C.VALUE, C.BOTH, C.S, C().use(), hasattr(C, '_helper'))


class D:
    def f(a):
        return a

    g = f
    H = g(5)
    PORTS = {name: f(n) for name, n in [('http', 80)]} if False else {}


print(D.H, D().g() is not None, D.PORTS)
