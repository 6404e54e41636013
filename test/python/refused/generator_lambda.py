# A generator lambda (yield in a lambda) is outside the subset: refused before anything runs.
print('this must not run')
make = lambda: (yield 1)  # refused here
print(list(make()))
