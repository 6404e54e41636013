# eval() and exec() in a class body read and write the class namespace (a name the body bound
# first, then the globals); in a nested function eval() sees the enclosing function's variables
# only when the function itself reads them (its free variables), as CPython's frame locals.
x = "global"
class C:
    x = "class"
    a = eval("x")
    exec("b = x + '!'")
    exec("c = 5")
    d = eval("c + 1")
print(C.a, C.b, C.c, C.d)
def outer():
    y = "outer-y"
    z = "outer-z"
    def uses():
        z
        return eval("z")
    def not_uses():
        try:
            return eval("y")
        except NameError as e:
            return "NameError: " + str(e)
    return uses(), not_uses()
print(outer())
def f():
    w = 1
    exec("w = 2")
    return w, eval("w")
print(f())
def g():
    v = 10
    return eval("v * 2"), eval("v", {"v": 1})
print(g())
class D:
    k = 3
    items = eval("[k * i for i in range(3)]") if False else None
    exec("def m(self): return 42")
print(D().m())
def deep():
    p = "p"
    def middle():
        def inner():
            return p
        return eval("p"), inner()
    return middle()
print(deep())
class E:
    exec("n = 1")
    exec("n += 1")
    m = eval("n * 10")
print(E.n, E.m)
