# The match statement (PEP 634) as a chat server dispatches its commands: literal, capture,
# wildcard, sequence (with *rest), or-, as-, mapping (with **rest), class and value patterns,
# guards, and the names patterns bind in the enclosing scope.
import socket
import collections


def command(line):
    match line.split():
        case ["/nick", name] if name.isalnum():
            return f"nick -> {name}"
        case ["/nick", *_]:
            return "bad nick"
        case ["/quit" | "/exit"]:
            return "bye"
        case ["/msg", who, *words]:
            return f"to {who}: {' '.join(words)}"
        case []:
            return "empty"
        case _:
            return "chat: " + line


for l in ["/nick bob", "/nick b-b", "/quit", "/exit", "/msg al hi there", "", "hello all"]:
    print(repr(l), '->', command(l))


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case (a, b) | [a, b, _]:
            return f'a pair {a}, {b}'
        case {'type': 'msg', 'text': str() as text, **others}:
            return f'message {text!r} with {others}'
        case {'type': t}:
            return f'a {t}'
        case int(n) | float(n) if n < 0:
            return 'negative'
        case 1 | 2 | 3:
            return 'small'
        case -1.5:
            return 'minus one and a half'
        case None:
            return 'nothing'
        case True:
            return 'yes'
        case socket.AF_INET:
            return 'IPv4'
        case str() | bytes():
            return 'text'
        case collections.deque([first, *_]):
            return f'a deque from {first}'
        case _:
            return 'unknown'


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), (1, 2), [3, 4, 5], [1, 2, 3, 4],
          {'type': 'msg', 'text': 'hi', 'to': 'al'}, {'type': 'ping'}, {'type': 'msg', 'text': 5}, -3, -0.5, 2, -1.5,
          None, True, 2 == 2.0, socket.AF_INET, 2, 'abc', b'x', collections.deque([7, 8]), 1.5, {}, range(2)]:
    print(repr(v) if not isinstance(v, Point) else f'Point({v.x}, {v.y})', '->', where(v))


def last_capture():
    match [1, [2, 3]]:
        case [a, [b, *c]]:
            pass
    return a, b, c


print(last_capture())
match 42:
    case value:
        print('captured', value)
print(value)
match = 'match is still a name'
case = 3
print(match, case)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case print():
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError:', e)
