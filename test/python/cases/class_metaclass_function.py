# `class D(metaclass=f)` with f a plain function: it is called with the name, the bases and the
# body's namespace (and the statement's other keywords), and the name is bound to what it returns.
def f(name, bases, ns, **kw):
    print("f called", name, bases, sorted(k for k in ns if not k.startswith("__")), ns["__qualname__"], kw)
    return 42


class D(metaclass=f):
    x = 1

    def m(self):
        pass


print(D)


def make(name, bases, ns):
    return type(name, bases, ns)


class Base:
    pass


class E(Base, metaclass=make):
    y = 2


print(E, E.y, E.__bases__, isinstance(E(), Base))


class G(metaclass=f, flag=True):
    pass


print(G)
