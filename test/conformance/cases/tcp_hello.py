# The tutorial's TCP hello server and client: the client says 'hello server', the server answers 'hello client'.
from socket import *
import socket
import threading

server = socket.socket(AF_INET, SOCK_STREAM)
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(5)
server.settimeout(5)
port = server.getsockname()[1]
print('server listening, port > 0:', port > 0)


def serve():
    conn, addr = server.accept()
    conn.settimeout(5)
    print('server: connection from', addr[0])
    data = conn.recv(1024)
    print('server got:', data.decode('utf-8'))
    conn.send('hello client'.encode('utf-8'))
    conn.close()
    print('server: connection closed')


t = threading.Thread(target=serve)
t.start()

client = socket.socket(AF_INET, SOCK_STREAM)
client.settimeout(5)
client.connect(('127.0.0.1', port))
client.send('hello server'.encode('utf-8'))
reply = client.recv(1024)
t.join(5)
print('client got:', reply.decode('utf-8'))
print('client then reads', client.recv(1024))
client.close()
server.close()
