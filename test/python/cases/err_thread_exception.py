# An exception in a thread is printed on stderr by the thread; the program goes on and exits 0.
import threading
def broken():
    raise ValueError('inside the thread')
t = threading.Thread(target=broken)
t.start()
t.join()
print('main thread still runs', t.is_alive())
