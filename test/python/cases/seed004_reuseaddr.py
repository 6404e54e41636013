# Seed 004: SO_REUSEADDR lets a server bind again at once while the old connection is in TIME_WAIT.
import socket
import errno

def serve_once(port, reuse):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if reuse:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', port))
    srv.listen(1)
    cli = socket.socket()
    cli.connect(srv.getsockname())
    conn, _ = srv.accept()
    conn.close()   # the server side closes first: it keeps TIME_WAIT
    cli.close()
    port = srv.getsockname()[1]
    srv.close()
    return port

port = serve_once(0, True)
try:
    serve_once(port, False)
    print('rebind without SO_REUSEADDR worked')
except OSError as e:
    print('without SO_REUSEADDR:', type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
print('with SO_REUSEADDR:', serve_once(port, True) == port)
