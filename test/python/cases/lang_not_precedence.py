# `not` binds tighter than `and` / `or` and looser than comparisons: `not a and b` is
# `(not a) and b` (Lezer's grammar made it `not (a and b)`).
a, b, c = True, False, True
print(not True and False, not False or True, not 1 == 2, not 0 + 1, not True or True)
print(not a and b, not a or b, not b and c, not b or c, not a and b or c, not a or b and c)
print(a and not b and c, a or not b and c, not not a and b, not (a and b), not a if c else b)
print([k for k in ['AF', 'ab', '_x'] if not k.startswith('_') and not k.isupper()])
x = not a and b
if not b and c:
    print('ok', x)
while not a and b:
    pass
print(not 1 in [1] and 2, not None or 0)
