# fnmatch and glob (issue 9): translate() prints CPython's regular expression; fnmatch, fnmatchcase
# and filter on capture file names; glob/iglob over a temporary tree with a server's logs:
# *, ?, [..], [!..], hidden files, recursive **, root_dir, escape and has_magic. Results are
# sorted: glob returns the directory's order.
import fnmatch
import glob
import os
import tempfile

for pat in ['*.py', 'a*b*c', '[!abc]?x', '[a-z]*[0-9]', '[]', '[!]', 'a[b', '**/x', '[z-a]', 'a-b', '[a-c-e]', 'x[&~|]']:
    print(repr(pat), repr(fnmatch.translate(pat)))
names = ['server.log', 'client.log', 'server.log.1', '.hidden.log', 'dump.pcap', 'Server.LOG', 'a\nb.log']
print(fnmatch.filter(names, '*.log'), fnmatch.filter(names, 's*'), fnmatch.filter(names, '*.log.[0-9]'))
print(fnmatch.fnmatch('Server.LOG', '*.log'), fnmatch.fnmatchcase('Server.LOG', '*.LOG'), fnmatch.fnmatch('x.py', '[!a-m].py'), fnmatch.fnmatch('b', '[z-a]'))

root = tempfile.mkdtemp()
for rel in ['logs/server.log', 'logs/client.log', 'logs/old/server.log.1', 'logs/old/deep/x.log', 'logs/.hidden.log',
            'caps/dump1.pcap', 'caps/dump2.pcap', 'caps/dumpA.pcap', 'notes[1].txt', 'top.log']:
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(rel)
rel = lambda paths: sorted(os.path.relpath(p, root) for p in paths)
print(rel(glob.glob(os.path.join(root, 'logs', '*.log'))))
print(rel(glob.glob(os.path.join(root, '*', '*'))))
print(rel(glob.glob(os.path.join(root, 'caps', 'dump[0-9].pcap'))), rel(glob.glob(os.path.join(root, 'caps', 'dump?.pcap'))))
print(rel(glob.glob(os.path.join(root, '**', '*.log'), recursive=True)))
print(rel(glob.glob(os.path.join(root, '**'), recursive=True)))
print(rel(glob.glob(os.path.join(root, '**', '*.log'))))
print(rel(glob.glob(os.path.join(root, 'logs', '.*'))), rel(glob.glob(os.path.join(root, 'logs', '*'), include_hidden=True)))
print(sorted(glob.glob('**/*.pcap', root_dir=root, recursive=True)), sorted(glob.glob('*', root_dir=os.path.join(root, 'caps'))))
print(sorted(glob.glob('logs/*/', root_dir=root)), glob.glob('missing/*', root_dir=root), glob.glob('top.log', root_dir=root))
print(rel(glob.glob(os.path.join(root, glob.escape('notes[1].txt')))), glob.escape('a*b?[c]'), glob.has_magic('a[b'), glob.has_magic('plain'))
it = glob.iglob('caps/*.pcap', root_dir=root)
print(sorted(it))
for dirpath in sorted(glob.glob(os.path.join(root, '**', ''), recursive=True), key=len, reverse=True):
    for name in os.listdir(dirpath):
        if os.path.isfile(os.path.join(dirpath, name)):
            os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)
print(os.path.exists(root))
