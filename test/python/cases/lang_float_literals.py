# Float literals with zeros after an exponent sign or before a point: 1e-09, 00.5, 0e0,
# 1_000.5e-3 are floats (tokenizer.c's leading-zeros error is for decimal integers only: 01;
# 00 and 0_0 are fine). The generator makes socklab read this program with Lezer's parser and
# the line scan, where `1e-09` was once read as the integer 09.
def steps():
    yield 1e-09
    yield .5e-09


x = 1e-09
print(x, 1E-05, 0e0, 00.5, 1_000.5e-3, 00, 0_0, 09.5, 0.0, 1.5E+3, 2e-010, 3E+007)
d = {'timeout': 1e-09, 'n': [1e-09, 0e-0]}
print(d, list(steps()))
print(abs(0.1 + 0.2 - 0.3) < 1e-09, 1e-09 * 1e+09)
