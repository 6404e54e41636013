# Subset: if/elif/else, while/else, for/else, break, continue, pass, conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 42)])
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
else:
    print('while finished without break')
print('after while', i)
n = 3
while n:
    n -= 1
else:
    print('while else runs when the condition becomes false', n)
for word in ['quit', 'hello']:
    if word == 'hello':
        print('found hello')
        break
else:
    print('no hello')
for word in []:
    pass
else:
    print('for else on an empty list')
for i, ch in enumerate('abc', 1):
    print(i, ch, end='; ')
print()
for a, b in zip([1, 2, 3], 'xyz'):
    print(a, b, sep='-', end=' ')
print()
for k in {'b': 1, 'a': 2}:
    print(k, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
x = 5
print('big' if x > 3 else 'small', 'yes' if not x else 'no')
while True:
    if x == 7:
        break
    x += 1
print(x)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
if []:
    print('empty list is true?')
elif b'':
    print('empty bytes is true?')
elif not None and not 0 and not 0.0 and not '' and not {} and not ():
    print('all falsy')
