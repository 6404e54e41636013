# A chat client's select() over the socket and sys.stdin (a file here): lines typed go out, replies come in.
# stdin is watched only while no reply is pending, so the replies come one line at a time (deterministic).
import select
import socket
import sys
import threading

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()

def echo_server():
    conn, _ = srv.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(b"server> " + data)

t = threading.Thread(target=echo_server)
t.start()
sock = socket.create_connection(srv.getsockname())
inputs = [sock, sys.stdin]
pending = 0
stdin_open = True
while inputs:
    watched = inputs if pending == 0 else [sock]
    readable, _, _ = select.select(watched, [], [], 2)
    if not readable:
        break
    for r in readable:
        if r is sock:
            data = sock.recv(1024)
            if not data:
                inputs.remove(sock)
                continue
            sys.stdout.write(data.decode())
            sys.stdout.flush()
            pending -= data.count(b"\n")
        else:
            line = sys.stdin.readline()
            if not line:
                inputs.remove(sys.stdin)
                stdin_open = False
                continue
            sock.sendall(line.encode())
            pending += 1
    if not stdin_open and pending == 0:
        break
sock.close()
t.join()
srv.close()
print("stdin fileno:", sys.stdin.fileno(), "done")
