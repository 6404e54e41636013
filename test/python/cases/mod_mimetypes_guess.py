# mimetypes (issue 9): guess_type of common file names, paths and URLs (suffix_map's aliases,
# encodings_map's case-sensitive encodings, lower-cased type lookups, strict and non-strict),
# data: URLs, guess_all_extensions/guess_extension, add_type, a MimeTypes of its own read from a
# mime.types file (comments, one-word lines), read_mime_types, init(files) and the errors.
import io
import mimetypes
import os

print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types), mimetypes.types_map['.html'])
print(sorted(mimetypes.suffix_map.items()), sorted(mimetypes.encodings_map.items()))
names = ['index.html', 'INDEX.HTM', 'a.Html', 'style.css', 'app.js', 'mod.mjs', 'data.json', 'logo.png', 'photo.JPG',
         'photo.jpeg', 'anim.gif', 'icon.svg', 'icon.svgz', 'favicon.ico', 'notes.txt', 'readme.md', 'table.csv', 'feed.xml',
         'report.pdf', 'song.mp3', 'clip.mp4', 'clip.webm', 'font.woff2', 'code.py', 'code.pyc', 'main.c', 'main.h', 'run.sh',
         'x.wasm', 'x.zip', 'x.tar', 'x.tar.gz', 'x.tgz', 'x.TGZ', 'x.tar.bz2', 'x.tbz2', 'x.tar.xz', 'x.txz', 'x.taz', 'x.tz',
         'x.gz', 'x.GZ', 'x.Z', 'x.z', 'x.tar.Z', 'x.bz2', 'x.xz', 'x.br', 'x.txt.gz.gz', 'x.pict', 'x.webp', 'x.rtf', 'x.xul',
         'x.mid', 'x.midi', 'README', '.bashrc', 'html', 'a.', 'a..html', 'dir.d/file', 'dir.d/file.txt', '/srv/www/a.b/page.htm',
         'http://example.com/page.html', 'http://h/p.html?q=1', 'http://h/p.png?x.html', 'http://h/p', 'ftp://h/x.jpg',
         'file:///x.css', 'C:\\x.html', 'x.y:file', 'x.y:file.txt', ':x.html', 'a.unknownext', 'dump.pcap']
for name in names:
    print(repr(name), mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
for url in ['data:,hello', 'data:text/html,<b>hi</b>', 'data:text/html;charset=utf-8,hi', 'data:;base64,SGk=',
            'data:TEXT/HTML,x', 'DATA:text/html,x', 'data:image/png', 'data:', 'data:foo', 'data:charset=x/y,z',
            'data:a/b=c,z', 'data:a/b;x=y,z', 'data:a;b/c,d', 'data:/,x', 'data:x/y;,z', 'data:a/b,c,d', 'data: text/html ,x']:
    print(repr(url), mimetypes.guess_type(url))
print(mimetypes.inited)

for t in ['text/html', 'TEXT/HTML', 'image/jpeg', 'image/jpg', 'text/plain', 'application/json', 'application/x-nosuch',
          'audio/midi', 'text/xul', 'image/png', 'text/javascript', 'application/javascript', 'application/octet-stream']:
    print(t, mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False),
          mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False))

mimetypes.add_type('application/x-socklab', '.sock')
mimetypes.add_type('Text/Y', '.yy', strict=False)
mimetypes.add_type('text/html', '.htm')
mimetypes.add_type('text/caps', '.CAPS')
mimetypes.add_type('text/zz', 'noDot')
print(mimetypes.guess_type('a.sock'), mimetypes.guess_type('A.SOCK'), mimetypes.guess_all_extensions('application/x-socklab'))
print(mimetypes.guess_type('a.yy'), mimetypes.guess_type('a.yy', False), mimetypes.guess_all_extensions('Text/Y', False))
print(mimetypes.guess_all_extensions('text/html'), mimetypes.guess_type('a.CAPS'), mimetypes.types_map.get('noDot'))
mimetypes.types_map['.qq'] = 'text/qq'
mimetypes.suffix_map['.qz'] = '.tar.gz'
mimetypes.encodings_map['.Ee'] = 'ee'
print(mimetypes.guess_type('a.qq'), mimetypes.guess_type('a.qz'), mimetypes.guess_type('a.txt.Ee'), mimetypes.guess_type('a.txt.ee'))

path = '/tmp/socklab-case-mimetypes-%d.types' % os.getpid()
with open(path, 'w') as f:
    f.write('text/x-socklab sock sk\n# a comment line\napplication/x-two  two   # trailing comment\n\n'
            'text/html  page\nonewordline\na/b x#y z\nc/d #w v\n')
try:
    db = mimetypes.MimeTypes([path])
    print(db.guess_type('a.sk'), db.guess_type('a.page'), db.guess_type('a.two'), db.guess_type('a.z'), db.guess_type('a.v'))
    print(db.guess_all_extensions('text/html'), db.guess_extension('text/x-socklab'), db.guess_type('a.pcap'), db.guess_type('a.qq'))
    print(type(db.types_map).__name__, len(db.types_map), len(db.types_map[True]) > 100, len(db.types_map[False]))
    loose = mimetypes.MimeTypes([path], strict=False)
    print(loose.guess_type('a.sk'), loose.guess_type('a.sk', strict=False), loose.guess_all_extensions('text/x-socklab', False))
    loose.readfp(io.StringIO('text/r  rr\n'))
    loose.add_type('text/s', '.ss', False)
    print(loose.guess_type('a.rr'), loose.guess_type('a.ss'), loose.guess_type('a.ss', False), loose.read_windows_registry())
    table = mimetypes.read_mime_types(path)
    print(type(table).__name__, table['.sk'], table['.html'], table.get('.pcap'), table.get('.x#y'), '.v' in table)
    print(mimetypes.read_mime_types(path + '.missing'))
    mimetypes.init([path, path + '.missing'])
    print(mimetypes.guess_type('a.sk'), mimetypes.guess_type('a.sock'), mimetypes.guess_type('a.pcap'), mimetypes.inited)
    mimetypes.init()
    print(mimetypes.guess_type('a.sk'), mimetypes.guess_type('a.sock'), mimetypes.guess_type('a.pcap'), mimetypes.guess_type('a.qq'))
finally:
    os.remove(path)

for bad in [5, None, b'a.html']:
    try:
        mimetypes.guess_type(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    mimetypes.MimeTypes([path])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
