# hashlib: md5/sha1/sha2/sha3/blake2 objects (update, digest, hexdigest, copy, name, sizes), new(),
# CPython's TypeErrors for str and non-buffers, and a received file's md5 checked in chunks.
import hashlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
m = hashlib.md5()
m.update(b'hello ')
m.update(b'world')
print(m.hexdigest(), m.digest(), m.name, m.digest_size, m.block_size)
print(hashlib.md5(b'hello world').hexdigest(), hashlib.sha1(b'abc').hexdigest(), hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha512(b'').hexdigest()[:32], hashlib.sha224(b'x').hexdigest(), hashlib.sha384(b'x').hexdigest()[:20])
print(hashlib.new('sha256', b'abc').hexdigest(), hashlib.new('MD5').name, hashlib.new('sha256').digest_size)
c = m.copy(); c.update(b'!'); print(c.hexdigest(), m.hexdigest())
print(hashlib.sha256(bytearray(b'ab')).hexdigest(), hashlib.md5(string=b'x').hexdigest(), hashlib.md5('中文'.encode('utf-8')).hexdigest())
print('md5' in hashlib.algorithms_guaranteed, 'sha256' in hashlib.algorithms_available)
print(type(m).__name__)
t(lambda: hashlib.md5('text'))
t(lambda: m.update('text'))
t(lambda: hashlib.md5(5))
t(lambda: hashlib.new('nope'))
t(lambda: hashlib.sha256(None))
print(hashlib.md5(b'').hexdigest(), hashlib.md5(b'a' * 100000).hexdigest())
print(hashlib.sha3_256(b'abc').hexdigest(), hashlib.blake2b(b'abc').hexdigest()[:16])
# a file-transfer check: the file's md5, in chunks
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'data.bin')
with open(path, 'wb') as f:
    f.write(b'0123456789' * 1000)
md5 = hashlib.md5()
with open(path, 'rb') as f:
    while True:
        chunk = f.read(4096)
        if not chunk:
            break
        md5.update(chunk)
with open(path, 'rb') as f:
    print(md5.hexdigest() == hashlib.md5(f.read()).hexdigest(), md5.hexdigest())
os.remove(path)
