# `import builtins` is the live builtins namespace, not a copy: a name assigned to it is found by
# every lookup that falls back to the builtins (module level, functions, comprehensions), a
# replaced builtin (print, len, range) is the one called, `del` takes a name away again, and
# dir(builtins) lists what it holds.
import builtins

builtins.foo = 5
print(foo)


def f():
    return foo, [foo for _ in 'ab']


print(f())
old_print = builtins.print


def shouting(*args):
    old_print(*[str(a).upper() for a in args])


builtins.print = shouting
print('hi', 'there')
builtins.print = old_print
_len = len
builtins.len = lambda x: 99
print(len([1]), [len(s) for s in ['a', 'bc']])
builtins.len = _len
print(len([1]))
builtins.arguments = 3
print(arguments)
del builtins.foo
try:
    foo
except NameError as e:
    print(e)
print(builtins.__name__, __name__, 'print' in dir(builtins), 'arguments' in dir(builtins))
print(builtins.len is len, __builtins__ is builtins)
