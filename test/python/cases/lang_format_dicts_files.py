# Formatting with %(name)s, str.format(**d), nested f-string specs and {x = } (its spaces kept),
# print's sep/end, dict/list/set methods, and text files (print(file=f), writelines, readlines).
d = {'name': 'bob', 'age': 5}
print('%(name)s is %(age)d' % d, '{name} is {age}'.format(**d), '{0[name]}'.format(d), '{!r:>8}'.format('x'), '{:*^9}'.format('mid'))
w = 6
print(f'{"ab":{w}}|', f'{3.14159:{w}.{2}f}|', f'{d["name"]!s:>5}', f'{{literal}}', f'{w=}', f'{w + 1 = }')
print(*[1, 2, 3], sep=', ', end='!\n')
print('a', 'b', sep='')
print()
print(d.pop('age'), d.pop('zz', 'none'), d, d.get('name'), d.setdefault('k', []), d)
d2 = dict(a=1, b=2)
d2.update(c=3)
d2.update([('d', 4)])
print(d2, list(d2.keys()), list(d2.values()), {v: k for k, v in d2.items()}, dict.fromkeys('ab', 0), d2.copy() == d2)
for k in sorted(d2, reverse=True):
    print(k, end=' ')
print()
lst = list(range(10))
del lst[::3]
print(lst, lst[2:5], lst.copy(), lst.clear(), lst)
s = set([3, 1, 2])
s.add(4); s.discard(9); s.remove(1)
print(s, s & {2, 3}, s | {7}, s - {2}, s ^ {4, 5}, {2, 3} <= s, len(s), sorted(s, reverse=True))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
import os, time
path = '/tmp/socklab-pycorpus-fmt-%d.txt' % os.getpid()
t0 = time.time()
print(type(t0).__name__, time.time() - t0 < 5, isinstance(time.strftime('%Y'), str))
with open(path, 'w') as f:
    f.write('line1\n')
    print('line2', file=f)
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(f.read().split('\n'), f.closed)
print(f.closed)
with open(path, 'a') as f:
    f.writelines(['x\n', 'y\n'])
print(open(path).readlines())
try:
    open('/nonexistent-socklab/none.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
except OSError as e:
    print('oserror', e)
os.remove(path)
