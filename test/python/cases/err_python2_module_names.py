# exit: 1
# Tutorials written for Python 2 import modules under their old names; python3 has none of them
# (socklab adds a note with the Python 3 name on stderr). __import__ and importlib.import_module
# load modules by name.
import importlib
for name in ['SocketServer', 'Queue', 'cPickle', 'StringIO', 'commands', '__builtin__']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
print(__import__('socket').AF_INET)
print(__import__('urllib.parse').__name__, __import__('urllib.parse', fromlist=['quote']).__name__)
print(importlib.import_module('urllib.parse').quote('a b'))
print(__import__)
for call in [lambda: __import__(5), lambda: __import__(''), lambda: importlib.import_module(''),
             lambda: importlib.import_module('.x'), lambda: importlib.import_module('nosuch')]:
    try:
        call()
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
import thread
