# signal: a handler for SIGINT (raise_signal runs it before returning), its exception raised
# where the signal came, SIG_IGN, SIG_DFL (KeyboardInterrupt), getsignal, alarm with a handler
# that ends a blocking accept(), the Signals constants and strsignal, CPython's errors.
import signal
import socket
import sys
import time

print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
print(signal.Signals(15), repr(signal.Signals(2)), int(signal.SIGTERM), signal.SIGALRM, signal.SIGKILL.value, signal.strsignal(signal.SIGINT), signal.SIGINT == 2, signal.SIGINT.name)
seen = []


def handler(signum, frame):
    seen.append(signum)
    print('handler got', signum, repr(signum))


print(signal.signal(signal.SIGINT, handler))
signal.raise_signal(signal.SIGINT)
print(seen, signal.getsignal(signal.SIGINT) is handler)


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop('stopped by signal %d' % signum)


signal.signal(signal.SIGINT, stop)
try:
    signal.raise_signal(signal.SIGINT)
except Stop as e:
    print('caught', e)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is stop)
signal.raise_signal(signal.SIGINT)
print('ignored')
print(signal.signal(signal.SIGINT, signal.SIG_DFL))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt again')

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(1)


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    print('alarm', signum)
    raise Timeout('nobody connected')


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1), signal.alarm(1))
try:
    server.accept()
except Timeout as e:
    print('accept ended:', e)
finally:
    server.close()
print(signal.alarm(0))
for bad in (lambda: signal.signal(signal.SIGINT, 5), lambda: signal.signal(99, signal.SIG_IGN), lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
            lambda: signal.signal('x', signal.SIG_IGN), lambda: signal.alarm('x'), lambda: signal.getsignal(0), lambda: signal.Signals(99)):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
