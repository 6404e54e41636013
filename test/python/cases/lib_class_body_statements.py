# Class bodies run any statement, in order, binding the class's attributes: a docstring, pass,
# if/else (a conditional method), for and while building attributes, try/except, del, augmented
# assignment reading the global of the same name first, a nested class (its __qualname__), global,
# a with block, unpacking; a class made in a function.

import sys
class A:
    "A's docstring."
    pass
print(A.__doc__)
class B:
    debug = True
    if debug:
        level = 10
    else:
        level = 0
    squares = []
    for i in range(4):
        squares.append(i * i)
    del i
    class Inner:
        x = 1
    def m(self):
        return self.level
print(B.level, B.squares, B.Inner.x, B().m(), hasattr(B, 'i'))
print(B.Inner.__qualname__, B.Inner.__name__)
class C:
    try:
        import json
    except ImportError:
        json = None
    while False:
        pass
    total = 0
    for n in [1, 2]:
        total += n
    x, y = 1, 2
    with open(sys.argv[0]) as f:
        first = f.readline().strip()
    assert True
    print('class body runs')
print(C.total, C.x, C.y, C.json.__name__, C.first[:5])
class D:
    value = 3
    doubled = [value * k for k in range(2)] if False else None
    value += 1
print(D.value, D.doubled)

FAST = True
limit = 5
class Config:
    limit = limit * 2
    if FAST:
        def speed(self):
            return 'fast'
    else:
        def speed(self):
            return 'slow'
    handlers = {}
    for name in ('a', 'b'):
        handlers[name] = name.upper()
    try:
        missing
    except NameError as err:
        note = 'caught ' + str(err)
    double = lambda self, n: n * 2
    class Nested:
        def where(self):
            return type(self).__qualname__
    count = 0
    count += 3
    global made_global
    made_global = 'from class'
print(Config.limit, limit, Config().speed(), Config.handlers, Config.name)
print(Config.note, hasattr(Config, 'err'), Config().double(4))
print(Config.Nested().where(), Config.Nested.where.__qualname__, Config.count, made_global)
def factory(tag):
    class Made:
        label = tag
        if tag:
            upper = tag.upper()
    return Made
M = factory('x')
print(M.label, M.upper, M.__qualname__)
class WithBody:
    items = []
    while len(items) < 3:
        items.append(len(items))
    assert items == [0, 1, 2]
    x = y = 7
    a, *rest = range(4)
print(WithBody.items, WithBody.x, WithBody.y, WithBody.a, WithBody.rest)
class Bad:
    ok = 1
    del ok
    try:
        del ok
    except NameError as e:
        msg = str(e)
print(Bad.msg, hasattr(Bad, 'ok'))

# A comprehension in a class body: its first iterable sees the class's names, its variables are its own,
# and the rest of it does not see the class's names (a NameError, as in CPython).
class A:
    x = 5
    xs = [1, 2]
    ys = [x * 2 for x in xs]
    pairs = {k: v for k, v in [('a', 1)]}
    k = 'kk'
    g = list(x for x in xs)
print(A.x, A.ys, A.pairs, A.k, A.g)
class B:
    k = 3
    xs = [1]
    try:
        ys = [x * k for x in xs]
    except NameError as e:
        err = str(e)
print(B.err)

# Tuple targets of a class body's for loops, while/else, a def under an if, a class made in a function.
def make():
    tag = 'outer'
    class C:
        for a, b in [(1, 2), (3, 4)]:
            pass
        for (p, (q, r)) in [(1, (2, 3))]:
            pass
        label = tag
        while True:
            n = 1
            break
        else:
            n = 2
        if label:
            def hello(self):
                return 'hi ' + self.label
        seq = [a, b, p, q, r]
    return C
C = make()
print(C.a, C.b, C.p, C.q, C.r, C.label, C.n, C().hello(), C.seq)
print(sorted(k for k in vars(C) if not k.startswith('__')))
