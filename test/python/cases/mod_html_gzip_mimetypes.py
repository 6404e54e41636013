# html, gzip and mimetypes (issue 9), as a tiny HTTP server uses them: a page's text escaped and
# unescaped, its body gzip-compressed byte for byte as python3 (mtime=0, and a fixed mtime), sent
# over a socketpair and decompressed, and Content-Type guessed from file names.
import gzip
import html
import mimetypes
import socket
import zlib

title = 'Tom & Jerry\'s <b>"echo"</b> server'
print(html.escape(title), html.escape(title, quote=False))
for s in ['&lt;p&gt; &amp;amp; &quot;x&quot; &#39;y&#x27; &#x41;&#66;', 'caf&eacute; &copy 2026 &euro;5 &hellip;', '&ampx &notit; &nosuch; & &#128; &#0; &#xD800; &#1114112; &#11;',
          'no refs', '&lt&gt&AMP; &apos; &mdash;&ndash; &#x1F600;']:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape(title)) == title)

page = ('<html><body>' + html.escape(title) + '</body></html>\n').encode() * 20
packed = gzip.compress(page, mtime=0)
print(len(page), len(packed), packed[:10], packed[-8:], zlib.crc32(page))
for level in (1, 6, 9):
    print(level, gzip.compress(page, compresslevel=level, mtime=0).hex()[:40], gzip.compress(page, level, mtime=1700000000)[:10])
print(gzip.compress(b'', mtime=0), gzip.compress(b'a' * 1000, mtime=123456))
print(zlib.compress(page, 9, -15)[:12], len(zlib.compress(page, wbits=31)))
a, b = socket.socketpair()
a.sendall(packed)
a.close()
got = b''
while True:
    chunk = b.recv(256)
    if not chunk:
        break
    got += chunk
b.close()
print(gzip.decompress(got) == page, gzip.decompress(packed + gzip.compress(b'tail', mtime=0))[-4:], gzip.decompress(b''))
for bad in [b'not gzip', b'\x1f\x8b\x07' + b'\x00' * 20]:
    try:
        gzip.decompress(bad)
    except gzip.BadGzipFile as e:
        print('BadGzipFile:', e, isinstance(e, OSError))

for name in ['index.html', 'INDEX.HTM', 'style.css', 'app.js', 'data.json', 'logo.png', 'photo.JPG', 'notes.txt', 'archive.tar.gz',
             'backup.tgz', 'dump.pcap', 'README', 'report.pdf', 'song.mp3', 'table.csv', 'x.py', 'a.b.c.unknownext', 'icon.svgz',
             'http://example.com/page.html', 'data:text/plain;base64,SGk=', 'data:,hello', 'file.Z', 'file.GZ', 'page.rtf', 'pic.pict']:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
mimetypes.add_type('application/x-socklab', '.sock')
print(mimetypes.guess_type('a.sock'), 'text/html' in {t for t, _ in [mimetypes.guess_type('x.html')]}, sorted(mimetypes.guess_all_extensions('text/html')))
