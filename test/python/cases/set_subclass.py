# Subclasses of set and frozenset (issue 9): methods of their own, set's operators returning set or
# frozenset, repr as Tags({1}) / Tags(), a frozenset subclass's __new__ and hashing, set.__init__ from
# a subclass's own __init__.
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
t = Tags([3, 1])
t.add_all(2, 5)
print(sorted(t), len(t), 2 in t, type(t).__name__, repr(Tags()), repr(Tags([1])), type(t | {9}).__name__, sorted(t & {1, 2, 7}), isinstance(t, set))
t.discard(5)
print(sorted(t), t == {1, 2, 3}, t.issubset({1, 2, 3, 4}), Tags.__mro__)
class Ports(frozenset):
    def __new__(cls, *ports):
        return super().__new__(cls, ports)
    def __repr__(self):
        return f'Ports{tuple(sorted(self))}'
p = Ports(80, 22)
print(p, len(p), {p: 'web'}[Ports(22, 80)], type(p | {1}).__name__, hash(p) == hash(frozenset({22, 80})))
class Plain(frozenset):
    pass
print(repr(Plain([4])), repr(Plain()), sorted(Plain('ab')))
class Reg(set):
    def __init__(self, items=(), name='r'):
        super().__init__(items)
        self.name = name
r = Reg([1, 2], name='x')
print(r.name, sorted(r), repr(Reg()))
