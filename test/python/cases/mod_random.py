# Module random: CPython's Mersenne Twister, seeded by int (init_by_array), big int and str (version 2),
# and random.py's algorithms on it: random, getrandbits, randint/randrange (_randbelow), choice, shuffle,
# sample (both strategies), uniform, random.Random(seed), and their errors.
import random
random.seed(1)
print(random.randint(1, 10), random.random(), random.getrandbits(8), random.getrandbits(70))
random.seed(42)
print([random.randint(0, 100) for _ in range(5)], random.choice('abcdef'), random.choice([1, 2, 3]))
x = list(range(10))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.sample(x, 3), random.sample(range(1000), 30)[:5])
print(random.uniform(1, 5), random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
random.seed('hello')
print(random.random(), random.randint(1, 6))
random.seed(2**100 + 7)
print(random.random())
random.seed(0)
print(random.random())
r = random.Random(5)
print(r.randint(1, 100))
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.sample([1], 2)]:
    try: f()
    except (IndexError, ValueError) as e: print(type(e).__name__, e)
random.seed()
print(0 <= random.random() < 1)
