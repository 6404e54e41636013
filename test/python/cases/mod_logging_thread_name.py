# logging's %(threadName)s is the name of the thread that logs (CPython 3.11's MainThread,
# Thread-N (target), a given name, a subclass's Thread-N).
import logging
import sys
import threading

logging.basicConfig(level=logging.INFO, format='%(threadName)s|%(levelname)s|%(message)s', stream=sys.stdout)
logging.info('main')


def work(n):
    logging.info('work %d', n)


for kwargs in ({'target': work, 'args': (1,)}, {'target': work, 'args': (2,), 'name': 'named'}, {'target': lambda: work(3)}):
    t = threading.Thread(**kwargs)
    t.start()
    t.join()


class Worker(threading.Thread):
    def run(self):
        logging.warning('subclass')


w = Worker()
w.start()
w.join()
print(w.name)
