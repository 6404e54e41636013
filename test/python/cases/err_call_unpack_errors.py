# compare: stderr
# exit: 1
# The TypeErrors of f(*x) and f(**m) name the callee as CPython does (_PyObject_FunctionStr):
# `__main__.f() argument after ** must be a mapping, not list`, `print() argument after * ...`,
# `__main__.C.m()` for a method, and a keyword given twice by name and by a mapping.
def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
for call in [lambda: f(**[1]), lambda: f(*1), lambda: f(*None), lambda: C().m(**[1]), lambda: C().m(*1), lambda: print(*1), lambda: print(**[1]), lambda: f(**{1: 2}), lambda: f(**{'a': 1}, **{'a': 2}), lambda: len(*5), lambda: C.m(*3), lambda: f(a=1, **{'a': 2}), lambda: (lambda *x: 0)(*1), lambda: dict(**[1]), lambda: print(**{1: 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
import time, socket
class C:
    def __init__(self, *a): pass
    @staticmethod
    def s(*a): pass
    @classmethod
    def c(cls, *a): pass
def outer():
    def inner(*a): pass
    return inner
s = socket.socket()
for call in [lambda: C(*1), lambda: C.s(*1), lambda: C.c(*1), lambda: outer()(*1), lambda: time.sleep(*1), lambda: "".join(*1), lambda: [].append(**[1]), lambda: max(*1), lambda: {}.get(*None)]:
    try:
        call()
    except TypeError as e:
        print(e)
s.close()
def g(*a): pass
g(*1)
