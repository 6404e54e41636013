# Inside a def, the function's own name is the module's (or enclosing function's) binding, as in
# CPython: `f() is f`, recursion with keyword arguments and **kwargs, a function that returns
# itself, and a name rebound after the def.
def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc=acc * n)


def collect(*args, **kw):
    if not args:
        return sorted(kw.items())
    return collect(**{'count': len(args), 'first': args[0]})


def me():
    return me


print(fact(5), collect(1, 2, 3), me() is me, me().__name__)


def outer():
    def inner(depth=0):
        return inner if depth else inner(depth=1)
    return inner() is inner


print(outer())


def greet():
    return greet.__name__ + '!'


original = greet
def greet():
    return 'replaced'
print(original(), greet())
