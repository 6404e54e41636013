# locals() in a function lists the parameters and plain locals first, then the variables an inner
# function, lambda or comprehension reads (CPython's cell variables, sorted by name); a lambda's
# own parameter, a comprehension's own target and a def's name are no cells.
def m(p):
    local = 2
    g = lambda: local
    return list(locals())


def n(a, b):
    c = 1

    def inner():
        return a + c

    d = 4
    return list(locals())


def k(x, y=3):
    z = 1
    w = [z for _ in range(1)]
    v = lambda x: x
    u = lambda: y
    return list(locals())


def j():
    zeta = 1
    b = 1
    a = 2

    def f(q=a):
        return b + zeta

    return list(locals())


print(m(1), n(1, 2))
print(k(0), j())
