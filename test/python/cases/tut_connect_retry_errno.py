# A tutorial's custom protocol exceptions and a connect-with-retry loop that names the errno:
# errno.errorcode is a dict keyed by int (errno.errorcode[e.errno] == 'ECONNREFUSED').
import socket, time, errno
class ProtocolError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
class TimeoutRetry(ProtocolError):
    pass
try:
    raise TimeoutRetry(7, 'retry later')
except ProtocolError as e:
    print(e, repr(e), e.code, isinstance(e, Exception), e.args)

def connect_retry(port, tries=3):
    for i in range(tries):
        s = socket.socket()
        try:
            s.connect(('127.0.0.1', port))
            return s
        except ConnectionRefusedError as e:
            print('attempt', i + 1, 'failed:', e, e.errno == errno.ECONNREFUSED, errno.errorcode[e.errno])
            s.close()
            time.sleep(0.01)
        except OSError as e:
            print('oserror', e)
    raise ConnectionError('gave up after %d tries' % tries)
try:
    connect_retry(1)
except ConnectionError as e:
    print(type(e).__name__, e)
try:
    socket.socket().send(b'x')
except OSError as e:
    print(e.errno, e.strerror, e.errno == errno.EPIPE)
e = OSError(errno.EADDRINUSE, 'Address already in use')
print(e, type(e), e.args)
print(ConnectionResetError.__mro__)
try:
    raise ValueError('bad') from KeyError('k')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
