# socket.getfqdn() of the loopback names (no other name lookup), socket._GLOBAL_DEFAULT_TIMEOUT
# passed on to create_connection, `import socket.foo` of a module that is not a package, and
# sys.implementation (socklab's Python is CPython 3.11's: 'cpython').
import socket
import sys

print(socket.getfqdn('localhost'), socket.getfqdn('127.0.0.1'), socket.getfqdn('  localhost '))
print(type(socket._GLOBAL_DEFAULT_TIMEOUT).__name__, socket._GLOBAL_DEFAULT_TIMEOUT is socket._GLOBAL_DEFAULT_TIMEOUT)
server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
client = socket.create_connection(server.getsockname(), socket._GLOBAL_DEFAULT_TIMEOUT)
print(client.gettimeout())
client.close()
client = socket.create_connection(server.getsockname(), timeout=socket._GLOBAL_DEFAULT_TIMEOUT)
print(client.gettimeout())
client.close()
server.close()
try:
    import socket.foo
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import os.foo
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys.x import y
except ImportError as e:
    print(type(e).__name__, e, e.name)
impl = sys.implementation
print(impl.name, impl.cache_tag, impl.version == sys.version_info, impl.hexversion == sys.hexversion, type(impl).__name__)
