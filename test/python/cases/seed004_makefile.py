# Seed 004: s.makefile(): file objects on a connected socket, lines read with readline and for.
import socket
import threading

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)

def serve():
    conn, _ = listener.accept()
    with conn:
        rfile = conn.makefile('r', encoding='utf-8')
        wfile = conn.makefile('w', encoding='utf-8')
        for line in rfile:
            wfile.write('echo: ' + line.upper())
            wfile.flush()
        rfile.close()
        wfile.close()

t = threading.Thread(target=serve)
t.start()
client = socket.create_connection(listener.getsockname())
f = client.makefile('rwb')
print(type(f).__name__)
f.write(b'first line\n')
f.write('第二行\n'.encode('utf-8'))
f.flush()
print(f.readline())
print(f.readline().decode('utf-8'), end='')
client.shutdown(socket.SHUT_WR)
print(repr(f.readline()))
f.close()
client.close()
t.join()
listener.close()
