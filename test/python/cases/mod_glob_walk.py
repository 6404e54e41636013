# glob over a temporary tree, every pattern with and without recursive=True: '**' alone, first,
# last and twice (a path found twice is listed twice), a trailing separator (directories only),
# literal components (checked to exist), './' and '../' prefixes, hidden names and include_hidden,
# root_dir, glob0/glob1, escape and has_magic. Lists are sorted: glob returns the directory's order.
import glob
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
start = os.getcwd()
for rel in ['a/x.txt', 'a/b/y.txt', 'a/b/c/z.txt', 'a/.h/w.txt', '.top/t.txt', 'f.txt', 'a/.dot.txt', 'e/', 'n[1].txt']:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not rel.endswith('/'):
        with open(path, 'w') as f:
            f.write(rel)
os.chdir(root)

def show(pattern, **options):
    try:
        found = glob.glob(pattern, **options)
    except TypeError as e:
        print(repr(pattern), options, 'TypeError', e)
        return
    mask = lambda p: p.replace(root, 'ROOT').replace(os.path.basename(root), 'NAME')
    print(repr(mask(pattern)), mask(repr(options)), sorted(mask(p) for p in found))

for pattern in ['', '*', '**', '**/', '*/', 'a/**', 'a/**/', '**/*.txt', 'a/**/*.txt', '**/b', 'a/*/', 'missing',
                'missing/*', 'a', 'a/', 'a//x.txt', './*', './**', '.*', '*/.*', 'a/.h/*', '**/.h', 'x**', 'a/**/**/z.txt',
                'f.txt/', 'f.txt/*', '[ab]', 'a/[!x]*', '*/*/*', '../' + os.path.basename(root) + '/f*', 'n[1].txt',
                glob.escape('n[1].txt'), os.path.join(root, '**'), os.path.join(root, '*', ''), os.path.join(root, 'a', '*.txt')]:
    show(pattern)
    show(pattern, recursive=True)
show('**', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('a/*', include_hidden=True)
show('**/*.txt', root_dir='a', recursive=True)
show('*', root_dir=os.path.join(root, 'a'))
show('', root_dir='a')
show('**', root_dir='a', recursive=True)
show('*/', root_dir='a')
show('nothing*', root_dir='missing')
show(1)
print(glob.escape('a*b?[c]/d'), glob.escape('//?/c:*'), glob.has_magic('a[b'), glob.has_magic('plain'), glob.has_magic('x?'))
it = glob.iglob('*')
print(type(it).__name__, sorted(it))
print(sorted(glob.glob0(root, 'f.txt')), sorted(glob.glob1(root, '*.txt')), glob.glob0(root, ''), glob.glob0('a', ''), glob.glob0('a', 'nope'))
print(glob.magic_check.pattern, glob.magic_check_bytes.pattern)
os.chdir(start)
shutil.rmtree(root)
print(os.path.exists(root))
