# Floats spelt with a trailing dot in a program left to Lezer's parser (a generator: the hand
# parser leaves yield to Lezer): `5.`, `5.e3`, `[1.,2.]` are floats there too.
def floats():
    yield 5.
    yield 5.e3
    yield [1.,2.]


x = 5.
print(x, list(floats()), 1. + 2., 7..__class__.__name__)
