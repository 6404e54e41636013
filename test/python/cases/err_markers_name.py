# A NameError's traceback underlines the missing name (^^^^) wherever it is read: a return, an
# assignment, an argument, an operand, a condition, an augmented global, a comprehension's first
# iterable (evaluated in the enclosing frame, so no <listcomp> frame), a lambda's body.
import traceback
def a(): return missing_a
def b(): print(missing_b)
def c(): missing_c()
def d(): missing_d.attr
def e(): x = [1, missing_e]
def f(): return f'{missing_f}'
def g():
    if missing_g:
        pass
def h():
    for i in missing_h:
        pass
def i(): return 1 + missing_i
def j(): return missing_j + 1
def k(): return missing_k == 1
def l(): return {'a': missing_l}
def m(): return len(missing_m)
def n():
    global total
    total += 1
def o(): return missing_o[0]
def p(): missing_p.method(1)
def q():
    x = missing_q
    return x
def r(): return (missing_r, 2)
def s(): return not missing_s
def t(): return -missing_t
def u(): return str(missing_u).upper()
def v(): return [x for x in missing_v]
def w(): return lambda: missing_w
def y(): return w()()
for fn in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, y):
    try:
        fn()
    except NameError:
        print(traceback.format_exc().split('\n', 3)[3], end='')
