# What a Python class and its instances have from object and from their definition: __doc__ (a
# docstring, else None, not inherited), object's __eq__/__ne__/__hash__/__repr__/__str__ unless the
# class defines them, a class's __dict__ and __class__ (type), a bound method's __self__/__func__.
class Plain:
    pass


class Documented:
    """A documented class."""
    size = 3

    def method(self):
        "A method's docstring."
        return self.size

    def other(self):
        return 1


class Child(Documented):
    pass


class Equal:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Equal) and self.v == other.v


def documented():
    """Function doc."""
    return 1


def plain():
    pass


p = Plain()
d = Documented()
tests = [
    lambda: (Documented.__doc__, d.__doc__, Plain.__doc__, p.__doc__, Child.__doc__),
    lambda: (documented.__doc__, plain.__doc__, Documented.method.__doc__, d.method.__doc__, d.other.__doc__),
    lambda: (type(Plain), Plain.__class__, type(Plain.__class__), p.__class__.__name__, isinstance(Plain, type)),
    lambda: sorted(k for k in Documented.__dict__ if not k.startswith('__')),
    lambda: (Documented.__dict__['size'], Documented.__dict__['__module__'], Documented.__dict__['__doc__']),
    lambda: (d.method.__self__ is d, d.method.__func__ is Documented.method, d.method.__func__(d)),
    lambda: (p.__eq__(p), p.__eq__(1), p.__ne__(p), p.__ne__(1), p.__hash__() == hash(p)),
    lambda: (Plain.__hash__ is object.__hash__, Plain.__eq__ is object.__eq__, Plain.__eq__(p, p)),
    lambda: (p.__repr__() == repr(p), p.__str__() == str(p), repr(p).startswith('<__main__.Plain object at 0x')),
    lambda: (Equal(1).__eq__(Equal(1)), Equal(1).__ne__(Equal(1)), Equal(1).__ne__(Equal(2)), Equal(1) != Equal(1)),
    lambda: (object().__eq__(1), object.__hash__ is not None, object().__hash__() != 0),
    lambda: (Child.__bases__, Child.__mro__, Child.__name__, Child.__qualname__),
]
for i, test in enumerate(tests):
    try:
        print(i, test())
    except Exception as e:
        print(i, type(e).__name__, e)
