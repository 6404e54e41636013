# Idioms of the tutorials in one place: a global counter, %-formatting and format specs, int()/float()
# errors, gbk/utf-8 encoding and their errors, sorting with key=, unpacking in for, dict counting,
# string methods, integer and float arithmetic and their reprs.
import socket, sys
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3): bump()
print('count=%d' % counter, 'pi=%5.2f|' % 3.14159, '%-6s|%6s|' % ('ab', 'cd'), '%03d' % 7, '%x %X %o %e' % (255, 255, 8, 12345.678))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'), '{:08.3f}'.format(3.14159), '{:,}'.format(1234567), '{0}{1}{0}'.format('a', 'b'))
print(f'{counter:>5}', f'{3.5:.0f}', f'{2.5:.0f}', f'{1/3:.2%}', f'{255:#x}', f'{"x"!r:>5}', f'{12:b}')
for s in ['x', '12a', '', ' 42 ', '3.5']:
    try:
        print(int(s))
    except ValueError as e:
        print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
print('你好'.encode('gbk'), '你好'.encode('utf-8'), b'\xc4\xe3\xba\xc3'.decode('gbk'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: p[1], reverse=True))
for name, age in people:
    print(f'{name:<6}{age:>3}')
for i, (name, age) in enumerate(people, 1):
    print(i, name, age)
d = {}
for name, age in people:
    d.setdefault(age, []).append(name)
print(d, list(d.items()), sorted(d), max(d, key=lambda k: len(d[k])))
words = 'the quick brown the lazy the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: -kv[1])[:2])
print(' hello '.strip().title(), 'a,b,,c'.split(','), 'x'.center(5, '*'), 'abc'.zfill(5), 'Hello'.swapcase(), 'a-b-c'.rsplit('-', 1))
print('hello world'.find('o'), 'hello'.rfind('l'), 'hello'.replace('l', 'L', 1), 'ab' * 3, 'abc'[::-1], 'hello'.startswith(('he', 'x')))
print('line1\nline2\r\n'.splitlines(), 'a\tb'.expandtabs(4), '%s' % [1, 'a'], str(b'x'), repr('it\'s'))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** 10, 2 ** -1, round(2.675, 2), abs(-3.5), int(3.9), int(-3.9), 10 / 5)
print(1e16, 1.5e-5, 123456789.0, 0.1 + 0.2, 1/3, float('inf'), -0.0, 100.0, 3.0 * 2)
