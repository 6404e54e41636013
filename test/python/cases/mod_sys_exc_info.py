# sys.exc_info() / sys.exception(): the exception being handled, seen from a function called
# in the except block, restored to the outer one when a nested block ends, None after the
# block however it ends (break, continue, return), per thread; a bare raise in a function
# called from a handler re-raises it, and outside any handler is a RuntimeError.
import sys, threading, time
def f():
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is v)
def again():
    raise
try:
    1/0
except ZeroDivisionError as e:
    f()
    try:
        {}['k']
    except KeyError:
        f()
    f()
print(sys.exc_info(), sys.exception())
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        if i == 1:
            break
        continue
print(sys.exc_info())
def g():
    try:
        raise OSError(2, 'x')
    except OSError:
        return sys.exc_info()[1]
print(repr(g()), sys.exc_info())
try:
    try:
        raise TypeError('inner')
    except TypeError:
        again()
except TypeError as e2:
    print('reraised', e2)
try:
    again()
except RuntimeError as e3:
    print(e3)
results = []
def worker(n):
    try:
        raise ValueError(n)
    except ValueError:
        time.sleep(0.05 * n)
        results.append((n, repr(sys.exc_info()[1])))
    results.append((n, sys.exc_info()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results, key=repr))
