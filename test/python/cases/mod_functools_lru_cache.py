# functools.lru_cache: typed=True caches 3, 3.0 and True apart (CPython's _make_key adds the
# types), maxsize eviction drops the least recently used, maxsize=0 and None, bare @lru_cache and
# @lru_cache(), cache_info(), cache_clear(), cache_parameters().
import functools

@functools.lru_cache(typed=True)
def typed(x):
    print("typed", repr(x))
    return x

typed(3); typed(3.0); typed(True); typed(3)
print(typed.cache_info(), typed.cache_parameters())

@functools.lru_cache
def untyped(x):
    print("untyped", repr(x))
    return x

untyped(1); untyped(1.0); untyped(True); untyped(1)
print(untyped.cache_info(), untyped.cache_parameters())

@functools.lru_cache()
def called(x, y=0):
    print("called", x, y)
    return x + y

called(1); called(1, y=0); called(1, 0); called(1)
print(called.cache_info())

@functools.lru_cache(3)
def small(x):
    print("small", x)

for i in [1, 2, 3, 1, 4, 2, 5, 1]:
    small(i)
print(small.cache_info())
small.cache_clear()
print(small.cache_info())

@functools.lru_cache(maxsize=0)
def never(x):
    print("never", x)

never(1); never(1)
print(never.cache_info())

@functools.lru_cache(None, True)
def forever(x, *, k=1):
    print("forever", repr(x), repr(k))

forever(2); forever(2, k=1); forever(2, k=1.0); forever(2.0, k=1); forever(2, k=1)
print(forever.cache_info(), forever.cache_parameters())
print(functools.lru_cache(maxsize=2, typed=True)(lambda x: x * 2)(21))
