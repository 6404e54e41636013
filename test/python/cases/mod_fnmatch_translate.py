# fnmatch.translate's regular-expression text for every pattern of up to three characters over
# a small alphabet of the special characters (sets, negation, ranges, stars, backslashes), the
# names each one matches, and the TypeErrors of a name or pattern of the wrong type.
import fnmatch
import itertools

alphabet = '[]!-a*?\\'
names = ['', 'a', '-', ']', '!', '\\', 'ab', 'a-', '*', 'ba', 'aa', '\n']
count = 0
for size in range(4):
    for chars in itertools.product(alphabet, repeat=size):
        pat = ''.join(chars)
        text = fnmatch.translate(pat)
        hits = ''.join('1' if fnmatch.fnmatchcase(n, pat) else '0' for n in names)
        print(repr(pat), text, hits)
        count += 1
print(count)
for pat in ['*.py', '[!abc]?x', '[z-a!]', '[z-a!x]', '[]-a]', '[!^x]', '[a-c&&x]', '[a-\\]', '[%--]', '[b-az-a]',
            '[!z-a]', 'a*?b', '*[*]*', 'x[!]y', '[^x]', '[[x]', 'a\nb', 'é*', '[a-c-e]', '[!]-a]', 'c-ba-b', '[c-ba-b]']:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.filter(['a.py', 'b.txt', '.c.py', 'A.PY'], '*.py'), fnmatch.filter(iter(['x', 'y']), '[!x]'))
print(fnmatch.fnmatch(b'x.py', b'*.py'), fnmatch.filter([b'a', b'b'], b'[a]'), fnmatch.fnmatchcase('A', 'a'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('abc', 'a*c*'), fnmatch.fnmatch('.x', '*x'))
for args in [(1, 'a'), ('a', 1), (b'a', 'a'), ('a', b'a')]:
    for func in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(func(*args))
        except TypeError as e:
            print(func.__name__, 'TypeError', e)
try:
    fnmatch.filter(['a'], 2)
except TypeError as e:
    print('filter TypeError', e)
