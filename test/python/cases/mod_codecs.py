# codecs as a socket program uses it: an incremental utf-8 (and gbk) decoder fed recv()-sized
# pieces that split characters, on a loopback socket pair; encode/decode with errors=, lookup's
# name and codec functions, getencoder/getdecoder, the BOM constants, an unknown encoding.
import codecs
import socket

text = '你好，世界 héllo ✓'
a, b = socket.socketpair()
a.sendall(text.encode('utf-8'))
a.close()
dec = codecs.getincrementaldecoder('utf-8')()
parts = []
while True:
    chunk = b.recv(4)
    if not chunk:
        break
    parts.append(dec.decode(chunk))
parts.append(dec.decode(b'', final=True))
b.close()
print(parts)
print(''.join(parts) == text)
g = codecs.getincrementaldecoder('gbk')()
raw = '中文abc'.encode('gbk')
print([g.decode(raw[i:i + 1]) for i in range(len(raw))])
d2 = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(d2.decode(b'\xe4\xbd'), repr(d2.decode(b'', final=True)))
d3 = codecs.getincrementaldecoder('utf-8')()
print(repr(d3.decode(b'ok\xe4')), d3.getstate())
try:
    d3.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('hé', 'ascii', 'replace'), codecs.decode(b'\xff', 'utf-8', 'replace'))
for name in ['UTF8', 'utf_8', 'latin-1', 'ascii', 'gbk']:
    print(name, codecs.lookup(name).name)
print(codecs.getencoder('utf-8')('ab'), codecs.getdecoder('utf-8')(b'ab'), codecs.lookup('utf-8').incrementalencoder().encode('é'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
