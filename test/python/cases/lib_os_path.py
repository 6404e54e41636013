# os.path as a program uses it: building and taking apart paths (posixpath's rules, by the text).
import os

for p in ['', '.', 'a/./b/../c', '/a//b/', '//a/b', '///a', '../x/..', 'a/../..', '/..']:
    print(repr(p), '->', repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.isabs(''))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a', '/a'))
print(os.path.relpath(os.path.join(os.getcwd(), 'x', 'y')))
print(os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'))
print(os.path.expanduser('~') == os.environ['HOME'].rstrip('/') or os.environ['HOME'] == '/')
print(os.path.expanduser('~/a').endswith('/a'), os.path.expanduser('x~'))
print(os.path.realpath(__file__) == os.path.realpath(os.path.abspath(__file__)))
print(isinstance(os.path.getmtime(__file__), float))
print(os.path.split('/a/b'), os.path.splitext('x.tar.gz'), os.path.dirname('/a/b'), os.path.basename('/a/b/'))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError:', e)
