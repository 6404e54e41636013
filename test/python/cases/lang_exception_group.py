# Exception groups (issue 9, 3.11's PEP 654): str and repr, message and exceptions, subgroup/split by a type,
# a tuple or a function (nesting kept), derive, BaseExceptionGroup becoming ExceptionGroup, CPython's
# constructor errors, except ExceptionGroup.
eg = ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [ValueError(1), OSError(2, 'x')])])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions)
print(repr(eg.subgroup(ValueError)))
m, r = eg.split(lambda e: isinstance(e, KeyError))
print(repr(m), repr(r))
print(repr(eg.split((KeyError, OSError))))
b = BaseExceptionGroup('b', [ValueError()])
print(type(b).__name__, isinstance(b, ExceptionGroup), isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
b2 = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(b2).__name__, isinstance(b2, Exception))
for args in [('m', [KeyboardInterrupt()]), (1, [ValueError()]), ('m', []), ('m', [1]), ('m', 5)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(eg.derive([ValueError(3)])))
try:
    raise ExceptionGroup('x', [ValueError(1)])
except ExceptionGroup as e:
    print('caught', e)
