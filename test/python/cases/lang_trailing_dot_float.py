# Floats spelt with a trailing dot (`5.`, `5.e3`, `1_0.`): CPython's tokenizer reads them as
# floats; the hand parser (descent.ts) reads this program.
x = 5.
print(x, type(x).__name__)
print(1. + 2., [1.,2.], (3.,), {1.: 2.})
print(5.e3, 5.E-2, 0., 00., 1_0., -5., 2.*3., 10./4., 5.%2., 1.<2., 1.e0)
print(3. .real, 7..__class__.__name__, [i * 2. for i in range(3)])
y = [5.,6.]
y[0] = 9.
print(y, max(1., 2), f"{2.:.3f}", "5. stays text", 5.==5)


def half(n=4.):
    return n / 2.


print(half(), half(1.), round(7.), int(8.))
