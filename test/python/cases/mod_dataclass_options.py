# dataclasses beyond the tutorials (tut_dataclass_*): field() options (default_factory, init,
# repr, hash, compare, metadata, kw_only), KW_ONLY, ClassVar and InitVar (also as strings),
# __post_init__, order/frozen/eq/unsafe_hash and the __hash__ rules, inheritance (frozen and
# not), methods the class writes itself, __match_args__, asdict/astuple (nested, namedtuples,
# factories), replace() and fields(), Field and _DataclassParams reprs (addresses masked), a
# recursive repr, and the TypeErrors/ValueErrors with their messages.
import dataclasses
import re
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING
from typing import ClassVar, List
import collections

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0

p = Point(1)
print(p, p == Point(1), p == Point(1, 1), Point.count, Point.y, hasattr(Point, 'tags'), Point.__hash__)
print([f.name for f in fields(Point)], [f.name for f in fields(p)], Point.__match_args__)
print(asdict(p), astuple(p), replace(p, x=5), p.__eq__(3))
attempt('missing', lambda: Point())
attempt('too many', lambda: Point(1, 2, [], 's', 5))
attempt('unexpected', lambda: Point(1, z=2))
attempt('replace bad', lambda: replace(p, z=1))
attempt('replace nondc', lambda: replace(3, x=1))
attempt('asdict nondc', lambda: asdict(3))
attempt('astuple nondc', lambda: astuple(Point))
attempt('fields nondc', lambda: fields(3))
attempt('both', lambda: field(default=1, default_factory=list))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

v1, v2 = Version(1, 2), Version(1, 10, 'x')
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'other')), {v1: 1}[Version(1, 2)])
attempt('frozen set', lambda: setattr(v1, 'major', 3))
attempt('frozen del', lambda: delattr(v1, 'major'))
attempt('frozen new attr', lambda: setattr(v1, 'other', 3))
attempt('lt other', lambda: v1 < 3)
print(isinstance(FrozenInstanceError('x'), AttributeError), FrozenInstanceError.__mro__[1].__name__)
attempt('order no eq', lambda: dataclass(order=True, eq=False)(type('Z', (), {'__annotations__': {'a': int}})))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashy(1)) == hash((1,)), Hashy(1) == Hashy(1))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        print('post_init', scale)
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(w)], 'scale' in WithPost.__dataclass_fields__, WithPost.scale)
print(replace(w, a=4), replace(w, a=4, scale=10))
attempt('replace init false', lambda: replace(w, b=1))

@dataclass
class NeedsInitVar:
    a: int
    flag: InitVar[bool]
    def __post_init__(self, flag):
        self.f = flag
n = NeedsInitVar(1, True)
attempt('replace initvar', lambda: replace(n, a=2))
print(replace(n, flag=False).f)

@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(Kw(1, c=3), Kw.__match_args__)
attempt('kw positional', lambda: Kw(1, 2, 3))

@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = field(default=2, kw_only=False)
print(AllKw(5, a=1), AllKw.__match_args__)

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10
print(Child(), Child(1, 'x', 2.0), [f.name for f in fields(Child)])
attempt('non-default after default', lambda: dataclass(type('Bad', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
attempt('mutable default', lambda: dataclass(type('Bad2', (), {'__annotations__': {'a': list}, 'a': []})))
attempt('mutable set', lambda: dataclass(type('Bad3', (), {'__annotations__': {'a': set}, 'a': set()})))
attempt('classvar factory', lambda: dataclass(type('Bad4', (), {'__annotations__': {'a': ClassVar[list]}, 'a': field(default_factory=list)})))
attempt('field no annotation', lambda: dataclass(type('Bad5', (), {'x': field(default=1)})))

@dataclass(frozen=True)
class FBase:
    a: int
attempt('nonfrozen from frozen', lambda: dataclass(type('NF', (FBase,), {'__annotations__': {'b': int}})))
attempt('frozen from nonfrozen', lambda: dataclass(frozen=True)(type('FN', (Base,), {'__annotations__': {}})))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)

attempt('overwrite lt', lambda: dataclass(order=True)(type('OL', (), {'__annotations__': {'a': int}, '__lt__': lambda s, o: True})))

@dataclass
class Nested:
    p: Point
    items: list
    mapping: dict
    pair: tuple
print(asdict(Nested(Point(1), [Point(2)], {'k': Point(3)}, (Point(4), 5))))
print(astuple(Nested(Point(1), [Point(2)], {'k': Point(3)}, (Point(4), 5))))
NT = collections.namedtuple('NT', 'a b')
print(asdict(Nested(Point(1), [NT(Point(1), 2)], {}, ())), asdict(p, dict_factory=list), astuple(p, tuple_factory=list))
inner = [1]
d = asdict(Nested(Point(1), inner, {}, ()))
print(d['items'] is inner)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()), is_dataclass(Empty), is_dataclass(Empty()), is_dataclass(3), is_dataclass(dataclass))

@dataclass(repr=False, init=False)
class NoInit:
    a: int = 3
ni = NoInit()
print(ni.a, repr(ni).startswith('<__main__.NoInit object'))

@dataclass
class Rec:
    child: object = None
r = Rec()
r.child = r
print(r)

f = fields(Point)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.hash, f.compare, f.kw_only, f.metadata, type(f).__name__)
print(fields(Point)[2].default_factory, fields(Point)[2].default is MISSING)
fm = field(default=1, metadata={'unit': 'ms'})
print(fm.metadata['unit'], len(fm.metadata))
print(repr(dataclasses.InitVar[int]), Point.__dataclass_params__ if False else '', sorted(Point.__dataclass_fields__))

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 1
    inner: 'Outer.Inner' = None
print(Outer(Outer.Inner()), Outer.Inner.__qualname__)

@dataclass
class Strs:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'InitVar[int]' = 4
    def __post_init__(self, c):
        self.d = c
s = Strs(1, 5)
print(s, [f.name for f in fields(s)], s.d)

class Plain:
    x: int = 1
@dataclass
class FromPlain(Plain):
    y: int = 2
print(FromPlain(), [f.name for f in fields(FromPlain)])

@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
    f: object = None
print(Defaults(), Defaults.a)
@dataclass
class A2:
    a: int
    b: int = field(default=3, init=False)
    c: list = field(default_factory=list, init=False)
    d: InitVar[int] = 1
    e: str = 'x'
    def __post_init__(self, d): pass
print(vars(A2(1)), A2.__match_args__)
print(re.sub(' at 0x[0-9a-f]+', '', repr(fields(A2)[1])))
print(A2.__dataclass_params__)
print(re.sub(' at 0x[0-9a-f]+', '', repr(A2.__dataclass_fields__['d'])))
print(repr(KW_ONLY)[:30], repr(MISSING)[:30], InitVar, InitVar[int].type, InitVar[list[int]], InitVar['x'])
@dataclass
class S:
    self: int
    x: int = 0
print(S(1), S(self=2))
@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list)
print(F(1), vars(F(1)))
@dataclass(frozen=True, eq=False)
class G:
    a: int
print(G.__hash__ is object.__hash__)
@dataclass
class H:
    a: int
    __hash__ = lambda self: 7
print(hash(H(1)))
class Nd:
    a: int = 1
print(dataclass(Nd)(), dataclass()(type('Q', (), {'__annotations__': {'z': int}}))(3))
try:
    @dataclass
    class K:
        _: KW_ONLY
        a: int
        b: KW_ONLY
except TypeError as e: print(e)

@dataclass
class Sub(Base):
    pass
print(Base(1) == Sub(1), Sub(1) == Sub(1), Sub(2))
attempt('unsafe with hash', lambda: dataclass(unsafe_hash=True)(type('UH', (), {'__annotations__': {'a': int}, '__hash__': lambda s: 1})))
attempt('frozen with setattr', lambda: dataclass(frozen=True)(type('FS', (), {'__annotations__': {'a': int}, '__setattr__': lambda s, n, v: None})))

@dataclass(frozen=True)
class Derived:
    raw: str
    size: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'size', len(self.raw))
dv = Derived('abc')
print(dv, hash(dv) == hash(Derived('abc')), {dv: 'k'}[Derived('abc')], replace(dv, raw='xy'))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = sorted([Task(3, 'c'), Task(1, 'a'), Task(2, 'b')])
print([t.name for t in tasks], Task(1, 'x') == Task(1, 'y'), max(tasks))
attempt('cross compare', lambda: Task(1, 'a') < Version(1))
print(Task(1, 'a') == Version(1), Task(1, 'a') != (1,))

@dataclass
class Counter:
    hits: int = 0
    def bump(self):
        self.hits += 1
        return self
print(Counter().bump().bump(), Counter.__eq__(Counter(), Counter()), Counter.__hash__)
print(Point.__dataclass_params__, Version.__dataclass_params__)
