# A generator's close() (issue 9): GeneratorExit raised at its yield, so except GeneratorExit and
# finally run (except Exception does not catch it); closing twice, or a generator never started, is
# quiet; one that yields again is CPython's RuntimeError; closing a yield from closes the inner one.
def watcher():
    try:
        while True:
            x = yield
            print('got', x)
    except GeneratorExit:
        print('closing')
        raise
    finally:
        print('finally')
w = watcher()
next(w)
w.send(1)
w.close()
w.close()
print(list(w))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def quiet():
    try:
        yield 1
    except Exception:
        print('never: GeneratorExit is not an Exception')
    finally:
        print('quiet finally')
q = quiet()
next(q)
q.close()
never = watcher()
never.close()
def outer():
    yield from watcher()
o = outer()
next(o)
o.send('x')
o.close()
