# A class attribute that is a class (a marker class, a builtin type) is read through an instance
# as the class itself, not bound as a method; isinstance(x, type) is true of classes only.
import collections

class Missing:
    pass

class Config:
    empty = Missing
    kind = int
    mapping = collections.OrderedDict

    def method(self):
        return 'method'

c = Config()
print(c.empty, c.empty is Missing, c.kind('7'), c.mapping([('a', 1)]), c.method())

def f():
    pass

print([isinstance(x, type) for x in [f, Missing, len, int, ValueError, collections.deque, c.method, print, lambda: 0, str.upper, type, object]])
