# The assignment expression (:=, PEP 572): the recv loop of modern tutorials, in conditions,
# comprehensions (binding in the enclosing scope), lambdas, f-strings, and reads before it ran.
import socket

a, b = socket.socketpair()
a.sendall(b'hello, walrus')
a.shutdown(socket.SHUT_WR)
parts = []
while (data := b.recv(4)):
    parts.append(data)
print(parts, repr(data))
a.close()
b.close()

if (n := len(parts)) > 2:
    print('many parts:', n)
print([y := 5, y ** 2], y)
squares = [(last := i * i) for i in range(5)]
print(squares, last)
print([v for v in range(10) if (half := v // 2) > 3], half)
print(f"{(w := 3)} and {w}")
print((t := 1, 2), t)
print(n2 := 7, n2 * 2, sep=', ')
print({}.get(key := 'k', key), key)
d = {(k := 'key'): k.upper()}
print(d, k)
f = lambda x: (z := x + 1) * z
print(f(3))
try:
    print(z)
except NameError as e:
    print('NameError:', e)

def count_lines(chunks):
    total = 0
    while chunks and (chunk := chunks.pop(0)) != 'end':
        total += len(chunk)
    return total, chunk

print(count_lines(['ab', 'cde', 'end', 'zz']))

def inner_binds():
    found = [x for x in 'abcdef' if (last_seen := x) in 'bd']
    return found, last_seen

print(inner_binds())

def unbound():
    if False:
        (never := 1)
    return never

try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)

counter = 0
def bump():
    global counter
    [(counter := counter + 1) for _ in range(3)]

bump()
print(counter)

def outer():
    v = 0
    def add():
        nonlocal v
        return (v := v + 10)
    add()
    return add(), v

print(outer())

class Config:
    port = (default := 8080)
    label = f'port {default}'

print(Config.port, Config.label, Config.default)
print(sorted(vars(Config).keys() & {'port', 'label', 'default'}))
