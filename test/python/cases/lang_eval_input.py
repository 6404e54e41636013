# eval(input()) as beginners' programs read numbers and tuples; exec()/eval() with globals()
# and a locals dict, inside and outside functions.
def g(a):
    b = a * 2
    exec('print(a, b)')
    return eval('[a, b, len("xy")]')
print(g(3))
x = 10
print(eval('x + 1', globals()), eval('x', globals(), {'x': 'local'}))
exec('newname = x * 3', globals())
print(newname)
def h():
    loc = {}
    exec('q = 7', globals(), loc)
    return loc
print(h())
n = eval(input('number: '))
print(n * 2, type(n).__name__)
a, b = eval(input())
print(a + b)
