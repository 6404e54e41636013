# inspect's Parameter, Signature and BoundArguments built by hand (provenance rewrite): the
# ValueErrors and TypeErrors of Parameter() and Signature(), str() with '/' and '*' markers and
# annotations, equality and replace(), and bind()/bind_partial() with their TypeErrors, args,
# kwargs and apply_defaults() on a signature with every kind of parameter.
import inspect

P = inspect.Parameter
S = inspect.Signature


def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


t(lambda: P('1x', 1))
t(lambda: P('x', 7))
t(lambda: P('x', 2, default=1))
t(lambda: P('x', 4, default=1))
t(lambda: P(3, 1))
t(lambda: P('lambda', 1))
t(lambda: str(P('x', 1, annotation=int, default=3)))
t(lambda: str(P('x', 1, annotation=int)))
t(lambda: str(P('x', 2, annotation='str')))
t(lambda: str(P('x', 4)))
t(lambda: str(P('x', 0, default=None)))
t(lambda: P('x', 1) == P('x', 1))
t(lambda: P('x', 1) == 'x')
t(lambda: hash(P('x', 1)) == hash(P('x', 1)))
t(lambda: P('x', 1).replace(name='y', default=2))
t(lambda: P('x', 1, default=2).replace(default=P.empty))
t(lambda: (P('k', P.KEYWORD_ONLY).name, P('k', 3).kind, P('k', 3).default is P.empty))
t(lambda: S([P('a', 1, default=1), P('b', 1)]))
t(lambda: S([P('a', 3), P('b', 1)]))
t(lambda: S([P('a', 1), P('a', 3)]))
t(lambda: S([P('a', 0), P('b', 1), P('c', 3)]))
t(lambda: S([P('a', 3, default=1), P('b', 3)]))
t(lambda: S([P('a', 0, default=1), P('b', 1)]))
t(lambda: str(S([P('a', 0), P('b', 0)])))
t(lambda: str(S([P('a', 0), P('b', 2)])))
t(lambda: str(S([P('a', 0), P('k', 3)])))
t(lambda: str(S([P('k', 3)], return_annotation=int)))
t(lambda: (str(S()), str(S(return_annotation='x'))))
t(lambda: S([P('a', 1)]) == S([P('a', 1)]))
t(lambda: S([P('a', 1)]) == S([P('a', 1)], return_annotation=int))
t(lambda: S([P('a', 1)]).replace(return_annotation=int))
t(lambda: S([P('a', 1)]).replace(parameters=[P('z', 3)]))

full = S([P('a', 0), P('b', 0, default=2), P('c', 1, default=3), P('args', 2), P('d', 3), P('e', 3, default=5), P('kw', 4)])
print(full, len(full.parameters), list(full.parameters))
for args, kw in [((), {}), ((1,), {}), ((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 1, 'z': 2}), ((1,), {'b': 2, 'd': 1}),
                 ((1,), {'a': 1, 'd': 1}), ((1, 2, 3), {'d': 1}), ((1,), {'c': 7, 'd': 1})]:
    t(lambda: full.bind(*args, **kw))
    t(lambda: full.bind_partial(*args, **kw))
b = full.bind(1, 2, 3, 4, d=5, z=6)
print(b.arguments, b.args, b.kwargs, b.signature, b == full.bind(1, 2, 3, 4, d=5, z=6))
b = full.bind(1, d=0)
b.apply_defaults()
print(b, b.args, b.kwargs)

pos = S([P('a', 0), P('b', 1)])
abc = S([P('a', 1), P('b', 1), P('c', 3)])
va = S([P('a', 1), P('args', 2)])
kwo = S([P('a', 1), P('b', 1, default=1), P('c', 3)])
for sig, args, kw in [(pos, (1,), {'a': 2, 'b': 3}), (pos, (1, 2), {'a': 2}), (pos, (), {'b': 1, 'x': 2}), (pos, (1, 2, 3), {}),
                      (abc, (1, 2, 3), {'c': 1}), (abc, (1,), {'c': 1}), (abc, (1, 2), {}), (abc, (1, 2), {'c': 1, 'x': 2}),
                      (abc, (1,), {'a': 2, 'c': 3}), (abc, (), {'b': 1, 'c': 2}), (va, (1,), {}), (va, (1, 2), {}),
                      (va, (1,), {'a': 2}), (va, (), {'args': 1}), (kwo, (), {'c': 1}), (kwo, (), {'b': 1, 'c': 1, 'a': 0})]:
    t(lambda: sig.bind(*args, **kw))
b = kwo.bind(b=1, c=1, a=0)
print(b.args, b.kwargs)
b = kwo.bind_partial(b=1)
print(b.args, b.kwargs, b.arguments)
print(repr(P.empty), repr(S.empty), P.POSITIONAL_ONLY, repr(P.KEYWORD_ONLY), P.VAR_POSITIONAL.description)
print(repr(full.parameters))
