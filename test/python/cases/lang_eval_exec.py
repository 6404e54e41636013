# eval() and exec(): module globals, a function's variables, explicit dicts, bytes, eval's
# one-expression rule with CPython's 'invalid syntax' offsets, and a traceback through <string>.
# exit: 1
# compare: stderr
x = 5
def f():
    y = 2
    return eval('x + y')
print(f())
print(eval('x*2', {'x': 3}), eval('x+y', {'x': 1}, {'y': 10}))
g = {}
exec('a = 1\nb = a + 1', g)
print(g['b'], sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
exec('zz = 9')
print(zz)
print(eval(b'1+2'), eval('\t3'), eval('  [i*i for i in range(3)]'))
try: eval(5)
except TypeError as e: print(e)
try: eval('undefined_name')
except NameError as e: print(e)
for src in ['x = 1', 'import os', '1; 2', 'if 1: pass', 'x += 1', '', 'a b']:
    try:
        eval(src)
    except SyntaxError as e:
        print(e.msg, e.offset, e.text, e.lineno)
def calc(expr):
    try:
        return eval(expr)
    except ZeroDivisionError as e:
        return f'error: {e}'
print(calc('1/0'), calc('2**10'), calc('max(3, 7) - abs(-2)'))
exec('def sq(n):\n    return n * n\nprint(sq(4))')
print(sq(5))
print(eval('lambda q: q + x')(1))
ns = {}
exec('import math\nr = math.sqrt(16)', ns)
print(ns['r'])
print(eval("__name__"), exec('pass'))
eval('undefined_name')
