# atexit (functions run last registered first, with their arguments, after the program's
# threads end; unregister; one that raises is reported and the rest still run), hmac (new,
# update, copy, digest/hexdigest, hmac.digest, compare_digest, the digestmod errors) and
# secrets (token sizes and alphabets, randbelow/randbits/choice ranges).
import atexit
import hashlib
import hmac
import secrets
import threading
import time

def bye(name, punct='!'):
    print('bye', name + punct)

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
f = atexit.register(print, 'removed')
atexit.unregister(print)
print(f is print)

def late():
    time.sleep(0.05)
    print('thread done before atexit')
threading.Thread(target=late).start()

key = b'secret-key'
h = hmac.new(key, b'hello ', hashlib.sha256)
c = h.copy()
h.update(b'world')
print(h.hexdigest())
print(c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(key, b'hello world', 'sha256').digest() == h.digest(), hmac.digest(key, b'hello world', 'sha256') == h.digest())
print(hmac.new(b'k' * 100, b'm', 'md5').hexdigest(), hmac.new(b'', digestmod='sha1').hexdigest())
print(hmac.compare_digest(h.hexdigest(), hmac.new(key, b'hello world', 'sha256').hexdigest()), hmac.compare_digest(b'a', b'b'))
for args in [(key, b'm'), ('str', b'm', 'sha256')]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print('TypeError', e)
print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_bytes()), len(secrets.token_urlsafe(16)))
print(all(c in '0123456789abcdef' for c in secrets.token_hex()), set(secrets.token_urlsafe(64)) <= set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), all(0 <= secrets.randbits(12) < 4096 for _ in range(50)), secrets.choice('aaa'))
print('end of program')
