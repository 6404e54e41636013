# A builtin type's methods read off the type (issue 9): `str.upper` is a method descriptor that
# takes the instance first (`map(str.strip, lines)`), with CPython's repr, type, names and the
# TypeErrors of descriptor_check; class methods (int.from_bytes) are builtin methods of the type.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except TypeError as e:
        print(label, '!!', type(e).__name__ + ':', e)

show('str.upper', lambda: str.upper)
show("str.upper('a')", lambda: str.upper('a'))
show("bytes.decode(b'x')", lambda: bytes.decode(b'x'))
l = [1]
show('list.append', lambda: (list.append(l, 2), l))
show('dict.get', lambda: dict.get({'k': 3}, 'k'))
show('dict.get default', lambda: dict.get({}, 'k', 4))
show('str.join', lambda: str.join(',', ['a', 'b']))
show('str.split', lambda: str.split('a,b', ','))
show('str.split sep=', lambda: str.split('a,b', sep=','))
show('map(str.strip)', lambda: list(map(str.strip, [' a ', 'b\n'])))
show('map(bytes.decode)', lambda: list(map(bytes.decode, [b'a', b'b'])))
show('sorted key=str.lower', lambda: sorted(['b', 'A', 'c'], key=str.lower))
show("type('x').upper", lambda: type('x').upper)
show("getattr(str, 'upper')", lambda: getattr(str, 'upper'))
show("hasattr(str, 'upper')", lambda: hasattr(str, 'upper'))
show('callable(str.upper)', lambda: callable(str.upper))
show('str.upper is str.upper', lambda: str.upper is str.upper)
show('str.upper.__name__', lambda: str.upper.__name__)
show('str.upper.__qualname__', lambda: str.upper.__qualname__)
show('type(str.upper)', lambda: type(str.upper))
show("type('a'.upper)", lambda: type('a'.upper))
show('isinstance(str.upper, type(len))', lambda: isinstance(str.upper, type(len)))
show('list.append repr', lambda: list.append)
show('dict.keys', lambda: dict.keys(dict(a=1)))
show('int.to_bytes', lambda: int.to_bytes)
show('int.bit_length(True)', lambda: int.bit_length(True))
show('bool.bit_length', lambda: bool.bit_length)
show('set.add', lambda: set.add)
show('tuple.count', lambda: tuple.count((1, 1, 2), 1))
show('bytearray.append', lambda: bytearray.append)
show('frozenset.union', lambda: frozenset.union)
# special methods: slot wrappers, and the few that are methods
show('int.__add__', lambda: int.__add__)
show('int.__add__(1, 2)', lambda: int.__add__(1, 2))
show('str.__len__', lambda: str.__len__('abc'))
show('list.__getitem__', lambda: list.__getitem__)
show('str.__format__', lambda: str.__format__)
show('type(str.__add__)', lambda: type(str.__add__))
show('object.__init__', lambda: object.__init__)
show('object.__eq__', lambda: object.__eq__)
# class and static methods
show('int.from_bytes', lambda: int.from_bytes(b'\x01\x00', 'big'))
show('int.from_bytes.__qualname__', lambda: int.from_bytes.__qualname__)
show('type(int.from_bytes)', lambda: type(int.from_bytes))
show('dict.fromkeys', lambda: dict.fromkeys('ab'))
show('dict.fromkeys repr', lambda: dict.fromkeys)
show('str.maketrans repr', lambda: str.maketrans)
show('bytes.fromhex repr', lambda: bytes.fromhex)
show('bytes.fromhex', lambda: bytes.fromhex('6869'))
# the wrong receiver, or none
show('str.upper(5)', lambda: str.upper(5))
show('str.upper()', lambda: str.upper())
show('int.bit_length', lambda: int.bit_length('a'))
show('dict.get([])', lambda: dict.get([], 1))
show('list.append(())', lambda: list.append((), 1))
show('str.__add__(1)', lambda: str.__add__(1, 'a'))
show('int.__add__()', lambda: int.__add__())
show('list.__getitem__()', lambda: list.__getitem__())
try:
    str.nope
except AttributeError as e:
    print('AttributeError:', e)
