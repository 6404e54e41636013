# Subset: dicts keyed by tuples (a chat server's clients[addr]), str, int and bytes; insertion
# order; get/setdefault/pop/items/keys/values/update; sets.
clients = {}
a = ('127.0.0.1', 50001)
b = ('127.0.0.1', 50002)
clients[a] = 'alice'
clients[b] = 'bob'
clients[('127.0.0.1', 50001)] = 'alice again'
print(len(clients), clients[a], clients)
print(a in clients, ('127.0.0.1', 1) in clients, ['127.0.0.1', 50001] == list(a))
print(clients.get(('::1', 1)), clients.get(('::1', 1), 'nobody'))
for addr, name in clients.items():
    print(addr[0], addr[1], name)
print(list(clients.keys()), list(clients.values()))
print(clients.pop(b), clients, clients.pop('x', 'missing'))
counts = {}
for word in 'a b a c b a'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
groups = {}
for n in range(6):
    groups.setdefault(n % 3, []).append(n)
print(groups)
mixed = {1: 'int', '1': 'str', b'1': 'bytes', (1,): 'tuple', 1.5: 'float', None: 'none'}
print(mixed[1], mixed['1'], mixed[b'1'], mixed[(1,)], mixed[1.5], mixed[None], mixed[1.0])
print(mixed)
d = dict(host='127.0.0.1', port=80)
d.update({'port': 8080}, timeout=5)
print(d, dict([('a', 1)]), dict(zip('ab', [1, 2])), dict.fromkeys('xy', 0))
print({**d, 'extra': True})
d2 = d.copy()
d2.clear()
print(d2, len(d))
try:
    clients[['not', 'hashable']] = 1
except TypeError as e:
    print(e)
try:
    print(clients[('10.0.0.1', 1)])
except KeyError as e:
    print('KeyError', e)
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), 2 in s, sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), len(s), set('aab') == {'a', 'b'})
print(sorted(set([('127.0.0.1', 2), ('127.0.0.1', 1), ('127.0.0.1', 2)])))
