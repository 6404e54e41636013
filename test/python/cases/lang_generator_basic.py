# Generator functions (issue 9): a def containing yield returns a generator object that runs no
# code until asked; next(), next(g, default), StopIteration and its value (`return v`), list(),
# sum(), comprehensions, send() and yield as an expression, a bare yield, yield from (a generator,
# a list, a str) and its result, close() running finally, throw(), generator methods and __iter__,
# nested loops, a loop left by break keeping the generator's place.
# A StopIteration escaping the body is PEP 479's RuntimeError; type(g) and g.__class__ are generator.
def gen(n):
    print('started')
    for i in range(n):
        yield i
    return 'done'
g = gen(3)
print(type(g).__name__, repr(g).split(' at ')[0])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, repr(e))
print(next(g, 'default'))
print(list(gen(4)), sum(gen(5)), [x * 2 for x in gen(3)])
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)
try:
    echo().send(1)
except TypeError as t:
    print('TypeError:', t)
def inner():
    x = yield 1
    print('inner got', x)
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    yield from 'ab'
o = outer()
print(next(o), o.send('hi'), list(o))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closing()
print(next(c))
c.close()
print(list(c))
class Reader:
    def __init__(self, data):
        self.data = data
    def lines(self):
        for line in self.data.split(b'\n'):
            if line:
                yield line.decode()
    def __iter__(self):
        yield from self.lines()
r = Reader(b'one\ntwo\n\nthree\n')
print(list(r.lines()), [l.upper() for l in r])
def pairs():
    yield 1, 2
    yield
    z = (yield)
    print('z', z)
p = pairs()
print(next(p), next(p), next(p), p.send(5) if False else None)
for a in gen(2):
    for b in gen(2):
        print(a, b)
g2 = gen(2)
for x in g2:
    break
print(list(g2))
def th():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
t = th()
next(t)
print(t.throw(ValueError('boom')))
print(iter(t) is t, type(t))
def firsts(its):
    for it in its:
        yield next(it)
g = firsts([iter([1]), iter([])])
print(g.__class__.__name__, g.__class__ is type(g))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
print(list(x for x in firsts([iter([5])])))
