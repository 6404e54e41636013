# collections.OrderedDict, defaultdict and Counter take keyword arguments as their items (Counter
# counts them on top of its iterable's), as CPython's constructors do.
import collections
print(collections.OrderedDict(a=1))
print(collections.OrderedDict({"b": 2}, z=0))
print(collections.OrderedDict([("c", 3)]))
print(collections.Counter(a=2), collections.Counter("ab", b=3))
d = collections.defaultdict(int, x=1); print(d, d["y"])
print(collections.OrderedDict())
