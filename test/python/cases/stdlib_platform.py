# platform (issue 9): this machine's real system(), node(), release(), version(), machine(),
# uname(), platform(), architecture(), libc_ver(), python_version(); a server that reports the
# host it runs on to a client over loopback, as a tutorial's "who am I talking to" example.
import platform
import socket
import threading

print(platform.system(), platform.machine(), platform.python_version(), platform.python_implementation())
print(platform.node() == socket.gethostname(), platform.release(), platform.version())
print(platform.platform(), platform.architecture(), platform.libc_ver(), repr(platform.processor()))
u = platform.uname()
print(u)
print(u.system, u.machine, u[0] == platform.system(), len(u), repr(u.processor), repr(u[5]), platform.python_version_tuple()[:2])
print(platform.python_version().startswith('3.11.'), platform.platform().startswith(platform.system() + '-'))

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()

def serve():
    conn, _ = server.accept()
    with conn:
        request = conn.recv(64)
        if request == b'WHO':
            conn.sendall(f'{platform.system()} {platform.machine()} Python {platform.python_version()}'.encode())

t = threading.Thread(target=serve)
t.start()
with socket.create_connection(server.getsockname()) as client:
    client.sendall(b'WHO')
    print('server says:', client.recv(128).decode())
t.join()
server.close()
