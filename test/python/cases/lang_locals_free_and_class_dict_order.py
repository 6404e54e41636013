# locals() in an inner function lists the enclosing functions' variables it reads (co_freevars,
# by name, after its own variables and cells); a class's __dict__ (vars(C)) lists what its body
# bound in the order written, methods and attributes interleaved, __doc__ first when there is a
# docstring and last (None) when there is none.
def outer():
    a = 1
    b = 2
    zed = 0
    def inner(c):
        d = c + a + zed
        print(list(locals()), sorted(locals().items()))
        return b
    inner(3)
    def uses_later():
        print(list(locals()))
        return late
    late = 9
    uses_later()
    def rebinds():
        nonlocal a
        a = 5
        print(locals(), sorted(dir()))
    rebinds()
    def cell_and_free():
        own = 1
        def deeper():
            return own + b
        print(list(locals()))
        return deeper()
    cell_and_free()
outer()


def before_binding():
    def early():
        print(locals())
        if False:
            return value
    early()
    value = 1
before_binding()


class C:
    """doc"""
    x = 1
    def f(self): pass
    y = 2
    @property
    def p(self): return 1
    z = 3
    if z:
        inside_if = True
    @staticmethod
    def s(): pass
    def __init__(self): pass
    class Nested:
        pass
    last = [i for i in range(2)]
print(list(vars(C)))
print(list(C.__dict__.keys()))
C.later = 1
print(list(vars(C))[-3:])


class D(C):
    def g(self): pass
    w = 0
    def h(self): pass
print(list(D.__dict__))


class E:
    pass
print(list(E.__dict__))


class F:
    def m(self): pass
    def n(self): pass
print(list(F.__dict__))


class G:
    a = 1
    b = 2
    a = 3
    def a2(self): pass
print(list(G.__dict__), G.a)


class H:
    def __eq__(self, other):
        return True
    x = 1
print(list(H.__dict__))
