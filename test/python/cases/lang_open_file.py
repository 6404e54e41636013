# Subset: open() for text files: write, append, read, readline, iteration, with; FileNotFoundError.
import os
path = '/tmp/socklab-pycorpus-%d.txt' % os.getpid()
try:
    with open(path, 'w') as f:
        print(f.write('first line\n'), f.write('第二行\n'))
    with open(path, 'a', encoding='utf-8') as f:
        f.write('third\n')
    with open(path) as f:
        print(repr(f.readline()))
        print([line.rstrip('\n') for line in f])
    with open(path, encoding='utf-8') as f:
        text = f.read()
    print(len(text), text.count('\n'), text.splitlines())
    f = open(path, 'r')
    print(f.read(5), f.closed)
    f.close()
    print(f.closed)
    with open(path, 'rb') as f:
        print(f.read())
    print(os.path.exists(path))
finally:
    os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
