# Identifiers are normalised to NFKC (PEP 3131): a mathematical italic 𝑥 is x, the ligature ﬁ
# is fi, a fullwidth ｓ is s, in names, attributes, keyword arguments, parameters, imports,
# global declarations and duplicate-keyword checks alike.
import ｓocket
𝑥 = 1
print(x)
ﬁle = 2
print(file)
print(socket.AF_INET == ｓocket.AF_INET)
class Point:
    def __init__(self, 𝑎, b=0):
        self.ﬁrst = 𝑎
        self.second = b
p = Point(a=3, 𝑏=4)
print(p.first, p.second, p.ﬁrst)
def count(**kw):
    return sorted(kw)
print(count(ﬁve=5, six=6))
total = 0
def add():
    global ｔotal
    total += 1
add()
print(total)
squares = [𝑖 * i for i in range(4)]
print(squares)
try:
    print(𝑦)
except NameError as e:
    print(e)
