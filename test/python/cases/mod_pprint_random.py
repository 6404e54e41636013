# pprint on seeded random nested values (provenance rewrite): pformat with random widths, indents,
# compact, depth, sort_dicts and underscore_numbers; long str and bytes cut into literals (at the
# top and inside containers), bytearray, sets and frozensets, recursion markers (ids masked),
# saferepr/isreadable/isrecursive, PrettyPrinter.format and its ValueErrors, pp and a stream.
import io
import pprint
import random
import re

rng = random.Random(99)


def value(d):
    r = rng.random()
    if d > 3 or r < 0.35:
        return rng.choice([0, 1, -7, 123456789, 2.5, True, None, 'a', 'socket', 'hello world ' * rng.randint(1, 6),
                           'line\nbreak\n', '', b'bytes!', b'abcdefghij' * rng.randint(0, 4),
                           bytearray(b'xyz' * rng.randint(0, 9)), 10 ** rng.randint(1, 12)])
    n = rng.randint(0, 6)
    k = rng.random()
    if k < 0.3:
        return [value(d + 1) for _ in range(n)]
    if k < 0.5:
        return tuple(value(d + 1) for _ in range(rng.randint(0, 3)))
    if k < 0.6:
        return set(rng.randint(0, 10 ** rng.randint(1, 8)) for _ in range(n))
    if k < 0.65:
        return frozenset(rng.randint(0, 99) for _ in range(n))
    return {rng.choice(['k', 'key', 'name', 'a', 'zz', 'addr', 'port']) + str(i): value(d + 1) for i in range(n)}


def masked(text):
    return re.sub(r'id=\d+', 'id=ID', text)


for i in range(70):
    v = value(0)
    if i % 10 == 9:
        v = [v]
        v.append(v)
    kw = {}
    if rng.random() < 0.6:
        kw['width'] = rng.choice([1, 5, 10, 20, 30, 40, 60, 80])
    if rng.random() < 0.3:
        kw['indent'] = rng.choice([0, 1, 2, 4])
    if rng.random() < 0.3:
        kw['compact'] = True
    if rng.random() < 0.2:
        kw['depth'] = rng.choice([1, 2, 3])
    if rng.random() < 0.2:
        kw['sort_dicts'] = False
    if rng.random() < 0.2:
        kw['underscore_numbers'] = True
    print(i, sorted(kw.items()))
    print(masked(pprint.pformat(v, **kw)))
    print(masked(pprint.saferepr(v)), pprint.isreadable(v), pprint.isrecursive(v))

d = {'self': None, 'ports': list(range(25))}
d['self'] = d
print(masked(pprint.pformat(d, width=30)))
p = pprint.PrettyPrinter(depth=2)
print(p.format([1, [2, [3]]], {}, 2, 1), p.format('x', {}, 0, 0), p.pformat([1, [2, [3, [4]]]]))
print(pprint.pformat({1: 'a', 'b': 2, None: 3}), pprint.pformat([10 ** 9, -5000, True], underscore_numbers=True))
for bad in [dict(indent=-1), dict(width=0), dict(depth=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
out = io.StringIO()
pprint.pprint({'stream': list(range(30))}, stream=out, width=50)
print(repr(out.getvalue()))
pprint.pp({'z': 1, 'a': 'hello world ' * 8}, width=40)
for o in [{}, [], (), set(), frozenset(), '', b'', [[]], {'a': {}}]:
    print(repr(pprint.pformat(o, indent=4, width=1)), repr(pprint.pformat(o, width=1)))
