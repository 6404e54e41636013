# threading.Thread subclasses as the tutorials write them: __init__ calling super().__init__()
# with and without keywords, run() overridden, args/kwargs/name/daemon, Thread-N naming in
# CPython's order (one counter for every unnamed thread), current_thread().name inside run().
import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.seen = None
    def run(self):
        self.seen = (threading.current_thread().name, self.n * 2)

class Named(threading.Thread):
    def __init__(self, tag, delay=0):
        super().__init__(name='named-' + tag, daemon=True)
        self.tag = tag
    def run(self):
        self.result = threading.current_thread() is self

class Plain(threading.Thread):
    def run(self):
        self.ran = (self.name, threading.current_thread().name)

def job(a, b, sep='-'):
    out.append(sep.join([a, b, threading.current_thread().name]))

out = []
workers = [Worker(i) for i in range(3)]
print([w.name for w in workers], [w.daemon for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.seen for w in workers])
n = Named('x')
print(n.name, n.daemon, n.is_alive())
n.start()
n.join()
print(n.result)
p = Plain()
p.start()
p.join()
print(p.ran)
t = threading.Thread(target=job, args=('a', 'b'), kwargs={'sep': '+'})
print(t.name)
t.start()
t.join()
t2 = threading.Thread(None, job, 'pos-name', ('c', 'd'))
t2.start()
t2.join()
print(out)
print(threading.Thread(target=lambda: None).name, threading.Thread().name)

class Lazy(threading.Thread):
    def __init__(self):
        self.x = 1
try:
    Lazy().start()
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(threading.main_thread())[:20], threading.current_thread().name)
