# sys.stdout and sys.stderr are _io.TextIOWrapper (repr, type, attributes); operator errors name a builtin
# function builtin_function_or_method and a type type; every augmented assignment's TypeError names its
# operator (>>= without binary >>'s print hint).
import sys
print(sys.stdout, type(sys.stderr), sys.stderr.name, sys.stdout.mode, sys.stdout.encoding)
print(1, file=sys.stderr)
sys.stdout.write("x\n")
a = 1
try:
    a += "x"
except TypeError as e: print(e)
try:
    int + 1
except TypeError as e: print(e)
try:
    [].append + 1
except TypeError as e: print(e)
try:
    len >> 1
except TypeError as e: print(e)
p = print
try:
    p >>= 1
except TypeError as e: print(e)
x = 3
x *= 2
x //= 4
x **= 3
x <<= 2
x %= 5
print(x)
class V:
    def __init__(s, v): s.v = v
    def __mul__(s, k): return V(s.v * k)
v = V(2)
v *= 3
print(v.v)
d = {"a": 2}
d["a"] *= 5
print(d)
try:
    s = "a"
    s *= "b"
except TypeError as e: print(e)
try:
    y = [1]
    y /= 2
except TypeError as e: print(e)
