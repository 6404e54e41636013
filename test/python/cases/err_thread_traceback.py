# An uncaught exception in a thread, as threading.excepthook prints it: "Exception in thread
# NAME:", then the threading.py frames (_bootstrap_inner, and run when the thread calls a target),
# then the thread's own frames; a subclass's run() has no threading.run frame; a lambda's frame
# is <lambda>; _thread.start_new_thread's goes through sys.unraisablehook ("Exception ignored in
# thread started by: <function f at 0x…>"). The program goes on and exits 0.
# compare: stderr
import _thread
import threading
import time


def target(n):
    return n / 0


t = threading.Thread(target=target, args=(1,))
t.start()
t.join()


class Worker(threading.Thread):
    def run(self):
        [][1]


w = Worker()
w.start()
w.join()

t = threading.Thread(target=lambda: {}['key'], name='lookup')
t.start()
t.join()

done = threading.Event()


def low_level(a):
    done.set()
    raise KeyError(a)


_thread.start_new_thread(low_level, ('x',))
done.wait(5)
time.sleep(0.2)
print('main thread still runs')
