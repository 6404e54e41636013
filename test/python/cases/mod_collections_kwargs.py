# OrderedDict and defaultdict take keyword arguments as dict() does: OrderedDict(a=1),
# defaultdict(list, a=[1]).
from collections import OrderedDict, defaultdict
print(OrderedDict(a=1), OrderedDict([("x", 2)], y=3), OrderedDict())
d = defaultdict(list, a=[1]); d["b"].append(2); print(d)
print(defaultdict(int, {"q": 1}, r=2), defaultdict(None, k=1))
