# An unbound method of a builtin type (str.upper, list.append, dict.get) takes an instance of the
# type or a subclass; anything else is CPython's method-descriptor TypeError.
class S(str): pass
class L(list): pass
print(str.upper('a'), str.upper(S('b')), list.append(L(), 1), bytes.fromhex('6869'), int.from_bytes(b'\x01', 'big'), dict.fromkeys('ab'), str.maketrans('a', 'b'), 1.0, int.bit_length(True), str.__len__('ab'), list.__len__([1]), dict.get({'a': 1}, 'a'), str.join(',', ['a', 'b']), list(map(str.strip, [' a '])), repr(str.__repr__(S('x'))))
for f in [lambda: str.upper(5), lambda: str.upper(), lambda: list.append((1,), 2), lambda: dict.get([], 1), lambda: float.is_integer(3), lambda: int.bit_length(2.0), lambda: bytes.decode('x')]:
    try:
        f()
    except TypeError as e:
        print(e)
