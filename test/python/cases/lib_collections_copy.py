# copy() of OrderedDict, defaultdict (keeping its default_factory) and Counter is of their own class;
# default_factory reads as the factory itself; dict.fromkeys() takes a map() or a generator.
from collections import *
d=defaultdict(list,a=[1]); e=d.copy(); e["b"].append(2); print(type(e).__name__, e.default_factory, e, d)
c=Counter("aab").copy(); print(c, type(c).__name__)
o=OrderedDict(a=1).copy(); print(o)
print(dict.fromkeys(map(str, range(3)), 0), dict.fromkeys((x for x in "ab")))
