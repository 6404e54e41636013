# exec()/eval() with their own namespaces: `del name` at module level deletes from the dicts given
# (NameError from the locals only); comprehensions and functions in the code read globals from
# the given globals (LOAD_GLOBAL), never the locals dict or the calling function's variables.
g = {}
exec("x = 1\ny = 2\ndel x\nprint(sorted(k for k in globals() if k != '__builtins__'))", g)
print('x' in g, g['y'])
g2, l2 = {}, {}
exec("a = 1\ndel a\nb = 3", g2, l2)
print(sorted(l2), 'a' in g2)
try:
    exec("del nope", {})
except NameError as e:
    print(e)
n = 10
print(eval("[n * i for i in range(3)]", {'n': 2}))
print(eval("[n * i for i in range(3)]", {'n': 2}, {'n': 5}))
print(eval("{k: n for k in 'ab'}", {'n': 7}))
print(eval("sum(n for _ in range(2))", {'n': 3}))
ns = {'n': 4}
exec("r = [n + i for i in range(2)]", ns)
print(ns['r'])
def f():
    z = 99
    return eval("[z for _ in range(1)]", {'z': 1})
print(f())
try:
    eval("[q for _ in range(1)]", {})
except NameError as e:
    print(e)
exec("def h():\n    return [n for _ in range(1)]\nprint(h())", {'n': 8})
def f():
    q = 5
    try:
        print(eval("[q for _ in range(1)]", {}))
    except NameError as e:
        print("1", e)
    try:
        print(eval("[q for _ in range(1)]"))
    except NameError as e:
        print("2", e)
    print(eval("[q]"))
    print(eval("[w for _ in range(1)]", {'w': 3}, {'q': 1}))
f()
w = 'mod'
def g():
    w = 'local'
    print(eval("[w for _ in range(1)]"))
    print(eval("w"))
    exec("print([w for _ in range(1)], w)")
g()
class K:
    v = 1
    exec("print([x for x in range(2)])")
    try:
        exec("print([v for _ in range(1)])")
    except NameError as e:
        print("3", e)
ns = {}
exec("try:\n    1/0\nexcept ZeroDivisionError as err:\n    print('caught', err)\nprint('err' in globals())", ns)
print('err' in ns)
def frame_del():
    v = 1
    exec("del v\nprint('v' in locals())")
    print(v)
frame_del()
class D:
    a = 1
    exec("del a")
    try:
        exec("del a")
    except NameError as e:
        print("4", e)
print(hasattr(D, 'a'))
g3 = {'t': 1}
exec("def bump():\n    global t\n    t += 1\n    return t\nprint(bump(), [t for _ in range(1)])", g3)
print(g3['t'])
