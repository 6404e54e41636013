# CPython 3.11's argument errors (ceval.c): the keyword-only clause of "takes N positional
# arguments", a method's self in the counts, "from A to B" always plural, 'a', 'b', and 'c',
# and the keywords checked before the count.
def pair(a, b): pass
def keyed(a, *, k): pass
def triple(a, b, c, *, x, y, z): pass
def optional(a=1, *, b): pass
def serve(host, port=0, *, backlog, reuse=True): pass
class Handler:
    def __init__(self, conn): pass
    def send(self, data, *, flags): pass
    def recv(self, size): pass
tests = [
    lambda: pair(1, 2, 3),
    lambda: pair(1),
    lambda: pair(),
    lambda: pair(1, 2, 3, c=4),
    lambda: pair(1, 2, 3, a=4),
    lambda: pair(b=1),
    lambda: pair(1, 2, **{'a': 3}),
    lambda: pair(1, 2, c=3),
    lambda: keyed(1, 2),
    lambda: keyed(1, 2, k=3),
    lambda: keyed(1),
    lambda: triple(),
    lambda: triple(1),
    lambda: triple(1, 2, 3),
    lambda: triple(1, 2, 3, 4, x=1, y=2),
    lambda: triple(1, 2, 3, 4, 5, x=1),
    lambda: optional(1, 2),
    lambda: optional(1, 2, b=3),
    lambda: optional(),
    lambda: serve('h', 1, 2, backlog=5),
    lambda: serve('h', 1, 2),
    lambda: serve('h'),
    lambda: Handler(),
    lambda: Handler(1, 2),
    lambda: Handler(1).send(1, 2, flags=0),
    lambda: Handler(1).send(1, 2),
    lambda: Handler(1).send(),
    lambda: Handler(1).recv(1, 2),
    lambda: Handler(1).recv(x=1, y=2),
    lambda: Handler.send(Handler(1), 1, 2, flags=0),
    lambda: Handler.send(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
