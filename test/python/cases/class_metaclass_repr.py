# A metaclass's __repr__ (and __str__) shows its classes: repr(C), print(C), in a list, in an
# f-string, for a subclass too; a metaclass without one leaves CPython's <class '...'>.
class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class C(metaclass=Meta):
    pass


class Sub(C):
    pass


print(C, repr(C), str(C), [C, Sub], {"k": C})
print(f"{C!r} {Sub}", "%r" % (C,), C())


class Named(type):
    def __str__(cls):
        return f"Named {cls.__name__}"


class N(metaclass=Named):
    pass


print(N, repr(N), [N], str(N))


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(P, [P])
