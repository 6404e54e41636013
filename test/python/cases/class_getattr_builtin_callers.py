# print(file=) and operator.methodcaller call a method a wrapper's __getattr__ forwards.
import sys, operator
class Out:
    def __init__(self, f):
        self._f = f
        self.lines = 0
    def __getattr__(self, n):
        return getattr(self._f, n)
o = Out(sys.stdout)
print('through the wrapper', file=o)
class L:
    def __init__(self):
        self._l = [3, 1, 2]
    def __getattr__(self, n):
        return getattr(self._l, n)
l = L()
print(operator.methodcaller('index', 2)(l))
print(operator.attrgetter('_l')(l))
