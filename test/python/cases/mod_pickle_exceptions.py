# pickle of exceptions as BaseException.__reduce__: type(self)(*args) and the instance's own __dict__ (not args or
# OSError's errno/strerror), for builtin and program-defined exceptions, protocols 0, 2 and 4; bytes compared.
import pickle
class AppError(Exception):
    pass
class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e2 = KeyError('nope'); e2.note = 1
for e in [ZeroDivisionError('division by zero'), e2, OSError(2, 'x'), ValueError(), AppError('bad', 2), CodeError(5, 'five'), ConnectionRefusedError(111, 'Connection refused'), TimeoutError('timed out')]:
    for proto in (0, 2, 4):
        d = pickle.dumps(e, proto)
        if proto == 4:
            print(d)
        back = pickle.loads(d)
        print(proto, type(back).__name__, repr(back), back.args, getattr(back, 'note', None), getattr(back, 'code', None), getattr(back, 'errno', None))
