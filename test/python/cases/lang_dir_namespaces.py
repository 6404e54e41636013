# dir() without an argument lists the scope it is called in; dir(obj) of the program's own class
# and its instances lists object's attributes, the class's (and its bases') and the instance's.
import builtins

answer = 42
print(dir())
print(sorted(globals()) == dir())
print(__annotations__, __builtins__, __cached__, builtins is __builtins__, builtins.len('abc'))


def f(a, b=2, *rest):
    c = a + b
    print(dir())


f(1)


class C:
    kind = 'c'

    def __init__(self):
        self._hidden = 1
        self.shown = 2

    def method(self):
        return self.shown

    def __len__(self):
        return 1


class D(C):
    extra = True


print(dir(C))
print(dir(D()))
print([n for n in dir(D) if not n.startswith('__')])
