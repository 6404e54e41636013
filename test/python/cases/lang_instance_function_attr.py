# A function stored in an instance's __dict__ (self.fn = fn) is called without self, with
# positional, keyword, * and ** arguments; one stored on the class is a method.
def sq(x, k=1):
    return x * x * k

class Work:
    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        return self.fn(*self.args, **self.kwargs)

print(Work(sq, (3,), {}).run(), Work(sq, (3,), {'k': 2}).run())
w = Work(sq, (), {})
print(w.fn(4), w.fn(x=2), w.fn(*(5,), **{}))
Work.method = lambda self, y: (type(self).__name__, y)
print(w.method(7))
import os.path
print(os.path.basename('/a/b.txt'))
