# A Python class deriving from dict, list, str or int reads the builtin type's methods off itself
# (`D.get` is dict's descriptor, `D.keys(d)` calls it), and an exception class its instances'
# data attributes (`OSError.errno`), as CPython 3.11 shows them (issue 9).
import socket

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, AttributeError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

class D(dict):
    def mine(self):
        return 1
class L(list):
    def append(self, x):
        list.append(self, x * 2)
class S(str):
    pass
class N(int):
    pass
d = D(a=1)
show('D.get', lambda: D.get)
show('D.get(d)', lambda: D.get(d, 'a'))
show('D.keys(d)', lambda: D.keys(d))
show('D.__getitem__(d)', lambda: D.__getitem__(d, 'a'))
show('D.__len__', lambda: D.__len__)
show('D.mine is D.mine', lambda: D.mine is D.mine)
show('D.get is dict.get', lambda: D.get is dict.get)
l = L()
l.append(2)
show('L.append(l)', lambda: (L.append(l, 3), l))
show('L.sort', lambda: L.sort)
show('S.upper', lambda: S.upper(S('a')))
show('N.bit_length', lambda: N.bit_length(N(5)))
show('range.count', lambda: range.count)
show('range.index', lambda: range.index(range(5), 3))
show('D.nope', lambda: D.nope)
for e in (Exception, OSError, socket.gaierror, KeyError, SystemExit, StopIteration):
    show(e.__name__ + '.args', lambda: e.args)
show('OSError.errno', lambda: OSError.errno)
show('ConnectionRefusedError.strerror', lambda: ConnectionRefusedError.strerror)
show('SystemExit.code', lambda: SystemExit.code)
show('StopIteration.value', lambda: StopIteration.value)
show('KeyError.errno', lambda: KeyError.errno)
show('ValueError.nope', lambda: ValueError.nope)
show('socket.gaierror.nope', lambda: socket.gaierror.nope)
show('socket.timeout.nope', lambda: socket.timeout.nope)
class Oops(ValueError):
    pass
show('Oops.args', lambda: Oops.args)
show('Oops.errno', lambda: Oops.errno)
