# socket.socket is a class: print(socket.socket) and print(type(s)) show <class 'socket.socket'>.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(socket.socket, type(s), type(s).__name__, isinstance(s, socket.socket))
s.close()
