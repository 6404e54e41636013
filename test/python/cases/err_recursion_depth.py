# compare: stderr
# exit: 1
# Deep recursion: RecursionError at CPython's depth (sys.getrecursionlimit(), setrecursionlimit()),
# the traceback collapsed as CPython's ("[Previous line repeated 996 more times]"), and nothing
# else on stderr (no V8 "Exception in PromiseRejectCallback").
import sys
def a(n):
    return b(n)
def b(n):
    return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print("caught", e)
print(sys.getrecursionlimit())
def g(n):
    if n == 0:
        raise ValueError("bottom")
    return g(n - 1)
try:
    g(5)
except ValueError:
    import traceback
    traceback.print_exc()
sys.setrecursionlimit(200)
def h(n):
    return h(n + 1) + 1
try:
    h(0)
except RecursionError:
    traceback.print_exc()
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def f(n):
    return f(n + 1)
f(0)
