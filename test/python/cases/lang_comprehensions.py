# Subset: list, dict and set comprehensions, with conditions, nesting and unpacking.
squares = [n * n for n in range(6)]
print(squares)
print([n for n in squares if n % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ['ab', 'cd']])
clients = [('127.0.0.1', 5001), ('127.0.0.1', 5002), ('::1', 5003)]
print({addr: i for i, addr in enumerate(clients)})
print(sorted({host for host, port in clients}))
print(sorted({port % 2 for _, port in clients}))
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
words = 'the quick brown fox jumps over the lazy dog'.split()
print({w: len(w) for w in words if len(w) > 3})
print([w.upper() if len(w) == 3 else w for w in words[:4]])
print(sum([len(w) for w in words]), max([len(w) for w in words]))
print([b for b in b'abc'], bytes([b + 1 for b in b'abc']))
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(list(zip(*matrix)))
x = 'outer'
print([x for x in 'ab'], x)
