# A method's default values are evaluated once, when the class body reaches the def (in order
# with the body's assignments, seeing the names it set): `def m(self, x=[])` shares one list, and
# an error in a default has the class body's frame.
calls = []


def fresh():
    calls.append('fresh')
    return []


class Counter:
    start = 10
    def add(self, item, seen=fresh(), base=start * 2, label=None):
        seen.append(item)
        return base, label, list(seen)
    step = start + 1
    def other(self, bag={}, *args, **kw):
        bag[len(bag)] = args
        return bag


c = Counter()
print(c.add('a'), c.add('b', label='x'))
print(Counter().add('c'))
print(c.other(), c.other({}, 1, 2), c.other(), Counter.step, calls)


def explode():
    raise ValueError('no default')


try:
    class Broken:
        def m(self, value=explode()):
            return value
except ValueError as e:
    print('caught', e)
