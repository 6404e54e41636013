# exit: 1
# compare: stderr
# A non-blocking loop that keeps catching BlockingIOError (each is raised by recv() in a socket
# call and caught by the program), then an error inside the handler of one: the traceback shows
# the handled BlockingIOError from the frame that caught it, then the new error.
import errno
import socket

def poll(sock, rounds):
    caught = 0
    for i in range(rounds):
        try:
            sock.recv(1)
        except BlockingIOError:
            caught += 1
    return caught

def give_up(sock):
    try:
        sock.recv(1)
    except BlockingIOError as e:
        raise RuntimeError('nothing came') from e

a, b = socket.socketpair()
a.setblocking(False)
print(poll(a, 2000))
b.send(b'x')
print(poll(a, 3))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, isinstance(e, BlockingIOError), e.errno == errno.EAGAIN, e.args, str(e), repr(e))
print(repr(OSError(errno.EAGAIN, 'x')), str(OSError(errno.EPIPE, 'pipe', 'f')), OSError(1, 2, 3, 4, 5, 6).args)
try:
    give_up(a)
finally:
    a.close()
    b.close()
