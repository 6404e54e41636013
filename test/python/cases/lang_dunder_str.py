# Special methods: showing. print/str/repr, '%s' and '%r' (tuple and dict operands), str.format,
# f-strings and format() use __str__, __repr__ and __format__; containers show their items' __repr__;
# the default repr; object.__format__ refuses a spec; __str__/__repr__/__format__ returning non-str.
class Box:
    def __init__(self, v): self.v = v
    def __str__(self): return 'Box(%s)!' % self.v
    def __repr__(self): return 'Box(%r)' % self.v
class R:
    def __repr__(self): return 'R<>'
class S:
    def __str__(self): return 'just S'
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
class P: pass
b = Box('a')
print(b, str(b), repr(b))
print('%s' % b, '%r' % b, '%s and %r' % (b, b), '%-10s|' % b, '%(k)s' % {'k': b})
print('{} {!r} {!s} {:>12}'.format(b, b, b, 'x'), '{0.v}'.format(b))
print(f'{b} {b!r} {b!s:>12}|', f'{F():abc}', format(F(), 'xyz'), '{:q}'.format(F()))
print([b, R()], (b,), {'k': b}, {1: [R()]}, [[b]])
print(R(), str(R()), S(), repr(S())[:12])
print('%s %s' % (R(), S()), '%r' % (S(),))
print(str([S()])[:14], f'{[R()]}')
try: print('{:>5}'.format(P()))
except TypeError as e: print(e)
try: print(f'{P():x}')
except TypeError as e: print(e)
try: print('%d' % Box(1))
except TypeError as e: print(e)
import sys
sys.stdout.write(str(b) + '\n')
print(repr(P())[:19], str(P())[:19])
print(b, R(), sep=' | ')
class E(Exception):
    def __str__(self): return 'custom E'
print(E('x'), '%s' % E('y'), f'{E("z")}', repr(E('w')))
class Bad:
    def __str__(self): return 3
    def __repr__(self): return None
    def __format__(self, spec): return 1
for f in (lambda: str(Bad()), lambda: repr(Bad()), lambda: format(Bad(), 'x'), lambda: '%s' % Bad(), lambda: print([Bad()])):
    try: f()
    except TypeError as e: print(e)
print('%s|%5s|%r' % ([b], R(), [R(), 1]), '%(a)s-%(b)r' % {'a': S(), 'b': R()})
