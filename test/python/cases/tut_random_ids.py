# Session ids and checksums as tutorials make them: seeded random (randint, choice, sample, shuffle,
# choices with and without weights), string's alphabets, hashlib digests.
import random, string, hashlib, time
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice(['a', 'b', 'c']))
print(''.join(random.choice(string.ascii_letters + string.digits) for _ in range(8)))
print(random.sample(range(10), 3), random.uniform(1, 2))
l = list(range(6)); random.shuffle(l); print(l)
print(random.randrange(0, 100, 5), random.getrandbits(16))
print(random.choices('abc', k=5))
print(hashlib.sha256(b'hello').hexdigest())
h = hashlib.md5(); h.update('中文'.encode('utf-8')); print(h.hexdigest(), h.digest_size, h.name)
print(hashlib.sha1(b'abc').hexdigest(), hashlib.new('md5', b'x').hexdigest())
print(hashlib.md5(b'a').digest()[:4])
print(string.punctuation, string.ascii_uppercase, string.hexdigits)
random.seed('chat')
print(random.choices(['x', 'y', 'z'], [1, 5, 2], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4))
print(random.choices('ab', weights=[0.5, 0.5], k=3), random.choices([1, 2]))
for bad in [lambda: random.choices('ab', [1]), lambda: random.choices('ab', 3), lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
