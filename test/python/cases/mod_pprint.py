# pprint as CPython 3.11 breaks lines: a config dict (sorted keys, nested lists and dicts) at the
# default width and narrower ones, indent=4, compact=True, sort_dicts=False and pp(), tuples of
# one, sets, long strings split at spaces, pformat's value, a PrettyPrinter object.
import pprint

config = {
    'server': {'host': '127.0.0.1', 'port': 8080, 'backlog': 5, 'options': ['SO_REUSEADDR', 'TCP_NODELAY']},
    'clients': [{'name': 'alice', 'addr': ('127.0.0.1', 50001)}, {'name': 'bob', 'addr': ('127.0.0.1', 50002)}],
    'banner': 'Welcome to the socklab echo server, where every line you send comes back to you in capitals.',
    'ids': list(range(30)),
    'flags': {3, 1, 2},
    'one': (1,),
    'empty': {},
}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config['clients'], indent=4, width=30)
pprint.pprint(config['ids'], compact=True, width=40)
pprint.pprint({'b': 1, 'a': 2, 'c': [3] * 30}, sort_dicts=False)
pprint.pp({'z': 1, 'a': [frozenset({1, 2}), 'x' * 70]})
s = pprint.pformat({'key': 'value', 'n': [1, 2, 3]})
print(repr(s))
pp = pprint.PrettyPrinter(width=20)
pp.pprint(('alpha', 'beta', 'gamma', 'delta'))
print(pprint.saferepr({'b': 1, 'a': 2}), pprint.pformat([]), pprint.pformat('short'))
