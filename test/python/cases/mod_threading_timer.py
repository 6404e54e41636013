# threading.Timer calls its function after the interval (with args and kwargs) unless cancel()
# came first; it is a Thread named Thread-N. Condition.wait_for's predicate is judged by Python's
# truth (an empty list is false).
import threading

hits = []
t = threading.Timer(0.01, hits.append, args=('fired',))
print(isinstance(t, threading.Thread), t.name.startswith('Thread-'), t.interval)
t.start()
t.join(2)
print(hits, t.is_alive(), t.finished.is_set())

late = threading.Timer(5, hits.append, ['never'])
late.start()
late.cancel()
late.join(2)
print(hits, late.is_alive())


def greet(who, punct='.'):
    hits.append('hello ' + who + punct)


k = threading.Timer(0, greet, ('you',), {'punct': '!'})
k.start()
k.join(2)
print(hits)

cond = threading.Condition()
items = []


def producer():
    with cond:
        items.append('item')
        cond.notify()


with cond:
    threading.Thread(target=producer).start()
    print(cond.wait_for(lambda: items, timeout=2))
with cond:
    print(cond.wait_for(lambda: [], timeout=0.01))
