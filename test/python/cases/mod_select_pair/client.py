# args: {port}
# Two connections to the select server, used in a fixed order so the server's output is deterministic.
import socket
import sys
address = ('127.0.0.1', int(sys.argv[1]))
a = socket.create_connection(address)
b = socket.create_connection(address)
for sock, text in [(a, 'one'), (b, 'two'), (a, 'three')]:
    sock.sendall(text.encode('utf-8'))
    print(sock.recv(1024))
a.close()
print('closing b')
b.close()
