# A socket whose connect() was refused, used anyway: after a blocking connect() the kernel has
# disconnected it (recv raises ENOTCONN); after one with a timeout it is only shut down (recv
# gives b''). send raises EPIPE either way, getpeername ENOTCONN.
import socket

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
for timeout in (None, 2.0):
    s = socket.socket()
    s.settimeout(timeout)
    try:
        s.connect(('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print(timeout, 'connect:', e)
    for name, call in (('recv', lambda: s.recv(10)), ('send', lambda: s.send(b'x')),
                       ('sendall', lambda: s.sendall(b'x')), ('recv_into', lambda: s.recv_into(bytearray(4))),
                       ('getpeername', s.getpeername)):
        try:
            print(timeout, name, 'returned', repr(call()))
        except OSError as e:
            print(timeout, name, type(e).__name__, e)
    print(timeout, 'connect_ex again:', s.connect_ex(('127.0.0.1', port)))
    s.close()
probe.close()
