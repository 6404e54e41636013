# JavaScript's own names (toString, valueOf, hasOwnProperty, constructor, __proto__, a function's
# call/bind/length, bytes' length) are no attributes of Python values, classes or functions.
class B: pass
for o in [B(), [], {}, '', 1, B, list, 1.5, None, (1,), b'x', print]:
    for n in ['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'push', '__proto__', 'isPrototypeOf', 'length', 'call', 'apply', 'bind', 'prototype']:
        try:
            getattr(o, n)
            print(type(o).__name__, n, 'found')
        except AttributeError as e:
            pass
    print(type(o).__name__, hasattr(o, 'toString'))
