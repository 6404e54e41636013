# gettimeout()/getblocking() through every mode change: blocking, non-blocking, timeout.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
def secs(v):
    return 'None' if v is None else '%g' % v



def mode(label, s):
    print(label, 'gettimeout', secs(s.gettimeout()), 'getblocking', s.getblocking())


s = socket.socket()
mode('new', s)
s.settimeout(2)
mode('settimeout(2)', s)
s.settimeout(1.5)
mode('settimeout(1.5)', s)
s.settimeout(0.001)
mode('settimeout(0.001)', s)
s.settimeout(0)
mode('settimeout(0)', s)
s.settimeout(None)
mode('settimeout(None)', s)
s.setblocking(False)
mode('setblocking(False)', s)
s.setblocking(True)
mode('setblocking(True)', s)
s.settimeout(3)
s.setblocking(True)
mode('settimeout(3) then setblocking(True)', s)
s.settimeout(3)
s.setblocking(False)
mode('settimeout(3) then setblocking(False)', s)
attempt('settimeout(-1)', lambda: s.settimeout(-1))
attempt('settimeout(-0.5)', lambda: s.settimeout(-0.5))
mode('after failed settimeout', s)
print('setblocking returns', repr(s.setblocking(True)), 'settimeout returns', repr(s.settimeout(1)))
s.close()
