# A subclass's __init__ calling its base's through the class, as older tutorials write it
# (`Exception.__init__(self, msg)`, `dict.__init__(self, …)`), and the builtin exceptions'
# __init__, __str__ and __repr__ read off the class (issue 9).
import socket

class MyErr(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg
    def __str__(self):
        return 'MyErr: ' + Exception.__str__(self)
try:
    raise MyErr('boom')
except MyErr as e:
    print(repr(e), e.args, e.msg, str(e))

class Refused(ConnectionError):
    def __init__(self, host):
        ConnectionError.__init__(self, 111, 'refused by ' + host)
e = Refused('peer')
print(e.errno, e.strerror, str(e), isinstance(e, OSError))

class Registry(dict):
    def __init__(self, **kw):
        dict.__init__(self, **kw)
        self.created = True
r = Registry(a=1)
print(r, r.created)
class Sub(Registry):
    def __init__(self):
        Registry.__init__(self, b=2)
print(Sub())
class Items(list):
    def __init__(self, items):
        list.__init__(self, items)
print(Items((1, 2)))
class Plain(object):
    def __init__(self):
        object.__init__(self)
        self.v = 1
print(Plain().v)

for label, f in [('ValueError.__init__', ValueError.__init__), ('OSError.__str__', OSError.__str__), ('KeyError.__str__', KeyError.__str__),
                 ('ValueError.__str__', ValueError.__str__), ('ValueError.__repr__', ValueError.__repr__), ('socket.gaierror.__init__', socket.gaierror.__init__),
                 ('dict.__init__', dict.__init__), ('list.__init__', list.__init__), ('int.__init__', int.__init__), ('Registry.__init__ is dict.__init__', Registry.__init__ is dict.__init__)]:
    print(label, f)
print(Exception.__str__(ValueError('x')), ValueError.__repr__(ValueError('x')), KeyError.__str__(KeyError('k')))
try:
    ValueError.__str__(5)
except TypeError as e:
    print('TypeError:', e)
try:
    dict.__init__([], a=1)
except TypeError as e:
    print('TypeError:', e)
