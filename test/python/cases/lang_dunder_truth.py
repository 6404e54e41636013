# Special methods: truthiness. if/while/not/and/or/conditional expressions/bool()/any()/all()
# and comprehension filters use __bool__, else __len__, else True; CPython's errors for a
# __bool__ that returns an int and a __len__ that returns a negative number or a str.
class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class B2:
    def __bool__(self): return False
class B3:
    def __bool__(self): return 1
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Box([])), bool(Box([1])), bool(B2()), bool(object()))
if Box([]): print('yes')
else: print('no')
print(not Box([]), not B2(), Box([]) or 'alt', B2() and 'x', Box([1]) and 'y')
print('t' if B2() else 'f')
n = 0
w = Box([1, 2, 3])
while w:
    w.items.pop(); n += 1
print(n)
try: bool(B3())
except TypeError as e: print(e)
try:
    if B3(): pass
except TypeError as e: print(e)
try: bool(L(-1))
except ValueError as e: print(e)
try: len(L(-1))
except ValueError as e: print(e)
class LS:
    def __len__(self): return 'x'
try: len(LS())
except TypeError as e: print(e)
try: bool(LS())
except TypeError as e: print(e)
print(any([B2(), Box([])]), all([Box([1])]))
print(len([x for x in [B2(), Box([1]), Box([])] if x]))
