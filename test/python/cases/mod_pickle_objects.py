# pickle of instances (copyreg.__newobj__ and __dict__), recursive lists, shared tuples,
# OrderedDict, functions and classes by reference, and the errors.
import pickle
class P:
    def __init__(self, x): self.x = x; self.y = [1]
class E: pass
l = [1]; l.append(l)
t = (1, 2); 
for v in [P(3), E(), bytearray(), l, [t, t], {'a': t, 'b': [t]}, ['k', 'k', 'k']]:
    print(pickle.dumps(v))
print(pickle.dumps(bytearray(b'ab'), protocol=5))
print(pickle.dumps([1, 'a', b'b'], protocol=3))
print(pickle.dumps({1, 2}, protocol=3), pickle.dumps(frozenset(), protocol=4))
print(pickle.dumps(P(1), protocol=3))
from collections import OrderedDict, namedtuple
print(pickle.dumps(OrderedDict(a=1)))
for bad in [b'', b'x', pickle.dumps([1, 2])[:-1], b'\x80\x09.']:
    try: pickle.loads(bad)
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
try: pickle.dumps(lambda: 1)
except Exception as e: print(type(e).__module__, type(e).__name__, str(e)[:60])
import socket
try: pickle.dumps(socket.socket())
except Exception as e: print(type(e).__module__, type(e).__name__, e)
def f(): pass
print(pickle.dumps(f), pickle.dumps(len), pickle.dumps(P))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError)
