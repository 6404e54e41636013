# Subset: the str, bytes, bytearray and list methods socket programs use.
line = '  GET /index.html HTTP/1.1\r\n'
print(repr(line.strip()), repr(line.rstrip('\r\n')), line.split(), line.strip().split(' ', 1))
print('a,b,,c'.split(','), 'a b  c'.split(' '), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(map(str, [1, 2])))
print('hello'.upper(), 'HeLLo'.lower(), 'hello world'.title(), 'hello'.capitalize(), 'Ab'.swapcase())
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'))
print('hello'.index('e'), 'hello'.count('l'), 'hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1))
print('42'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '  '.isspace(), 'abc'.islower(), 'ABC'.isupper())
print('7'.zfill(3), 'ab'.center(6, '*'), 'ab'.ljust(4) + '|', 'ab'.rjust(4), 'tab\tsep'.expandtabs(4))
print('a\nb\r\nc'.splitlines(), 'x'.join('abc'), 'abc' * 2, len('你好'), '你好'.encode('utf-8'))
print('quit\n'.strip() == 'quit', ' x '.lstrip(), 'xxhixx'.strip('x'))
data = 'hello 世界'.encode('utf-8')
print(data, len(data), data.decode('utf-8'), data.decode('utf-8', errors='replace')[:5])
print(data.upper(), b'a,b'.split(b','), b' x '.strip(), b'-'.join([b'a', b'b']), b'abc'.replace(b'b', b'B'))
print(b'abc'.startswith(b'a'), b'abc'.find(b'c'), b'hello'.count(b'l'), b'abc'.hex(), bytes.fromhex('616263'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(3)), b'\x00\xff'[1], list(b'AB'))
print(b'x' * 3, b'ab' + b'cd', b'abc'[1], b'abc'[1:2], ord('A'), chr(20320), ord(b'a'))
ba = bytearray()
ba += b'abc'
ba.append(100)
ba.extend(b'ef')
print(ba, bytes(ba), ba.decode(), len(ba), ba[0], bytearray(b'x') == b'x')
print('中文'.encode('gbk'), '中文'.encode('gbk').decode('gbk'), 'é'.encode('latin-1'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    '中'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
items = [3, 1, 2]
items.append(4)
items.insert(0, 0)
items.extend([9, 8])
items.remove(9)
print(items, items.pop(), items.pop(0), items.index(2), items.count(1))
items.sort()
print(items, sorted(items, reverse=True))
items.reverse()
print(items, items.copy(), [1, 2] + [3], [0] * 3, len(items))
items.clear()
print(items, str(b'x'), str(123), repr(str(None)))
