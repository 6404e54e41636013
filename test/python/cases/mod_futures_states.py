# concurrent.futures.Future on its own, as the documentation describes it for executors and
# tests: the states and their reprs (`<Future at 0x... state=finished returned int>`),
# set_running_or_notify_cancel, cancel, set_result/set_exception twice (InvalidStateError),
# done callbacks (added before and after completion, the order they run in), exception()
# and result() with a timeout, wait() and as_completed() on futures completed by hand, and
# the module's public names and exception classes.
import concurrent.futures as cf
import concurrent.futures.thread
import re
from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED

def masked(f):
    # the object's address changes every run
    return re.sub('0x[0-9a-f]+', '0xADDR', repr(f))

def show(f):
    print(masked(f), f.done(), f.running(), f.cancelled())

f = Future()
show(f)
print(f.set_running_or_notify_cancel())
show(f)
print(f.cancel())
f.set_result(3)
show(f)
print(f.result(), f.exception(), f.result(timeout=0), f.cancel())
for value in [None, 'text', [1, 2], 2.5]:
    v = Future()
    v.set_result(value)
    print(masked(v))
g = Future()
g.set_exception(ValueError('bad'))
show(g)
print(repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print('raised', repr(e))
h = Future()
print(h.cancel(), h.cancel())
show(h)
print(h.set_running_or_notify_cancel())
for attempt in [lambda: f.set_result(4), lambda: g.set_exception(KeyError(1)), lambda: h.set_result(1)]:
    try:
        attempt()
    except cf.InvalidStateError as e:
        print(type(e).__name__, str(e).split(':')[0], isinstance(e, cf._base.Error))
for attempt in [h.result, h.exception]:
    try:
        attempt()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
p = Future()
for attempt in [lambda: p.result(timeout=0), lambda: p.exception(timeout=0.01)]:
    try:
        attempt()
    except TimeoutError as e:
        print('TimeoutError', repr(e), cf.TimeoutError is TimeoutError)

order = []
c = Future()
c.add_done_callback(lambda fut: order.append(('first', fut.result())))
c.add_done_callback(lambda fut: order.append(('second', fut is c)))
print(order)
c.set_result('ok')
c.add_done_callback(lambda fut: order.append('late'))
print(order)
x = Future()
x.add_done_callback(lambda fut: order.append(('cancelled', fut.cancelled())))
x.cancel()
print(order[-1])

a, b, d = Future(), Future(), Future()
b.set_result(2)
r = wait([a, b, d], timeout=0, return_when=FIRST_COMPLETED)
print(type(r).__name__, r._fields, len(r.done), len(r.not_done), b in r.done)
r = wait([a, b, d], timeout=0.01)
print(len(r.done), len(r.not_done))
d.set_exception(OSError('no'))
r = wait([a, b, d], timeout=0.01, return_when=FIRST_EXCEPTION)
print(sorted(str(f.exception()) for f in r.done), len(r.not_done))
a.cancel()
r = wait([a, b, d], timeout=0.01)
print('cancelled, not notified:', a in r.not_done)
print(a.set_running_or_notify_cancel())
r = wait([a, b, d], return_when=ALL_COMPLETED)
print(len(r.done), len(r.not_done), wait([]))
print([str(f.result()) if not f.cancelled() and f.exception() is None else 'x' for f in as_completed([b, b])])
print(len(list(as_completed([a, b, d]))), list(as_completed([])))
e1, e2 = Future(), Future()
e2.set_result(1)
got = []
try:
    for f in as_completed([e1, e2], timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print(got, 'TimeoutError', e)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
for cls in [cf._base.Error, cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, cf.thread.BrokenThreadPool]:
    print(cls.__name__, cls.__module__, [k.__name__ for k in cls.__mro__[1:]])
ex = cf.Executor()
try:
    ex.submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
with cf.Executor() as ex2:
    print(type(ex2).__name__)
ex.shutdown()
