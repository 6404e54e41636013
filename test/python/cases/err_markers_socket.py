# exit: 1
# compare: stderr
# A socket error made after the kernel answers (connect refused) still has the Python frames
# that awaited it, with the markers under the call.
import socket

def dial(port):
    s = socket.socket()
    print('dialling'); s.connect(('127.0.0.1', port))

dial(1)
