# exit: 1
# Seed 002: "start the server first, otherwise an error": a TCP connect to a port nobody listens on.
import socket
holder = socket.socket()
holder.bind(('127.0.0.1', 0))
port = holder.getsockname()[1]
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('connect_ex:', client.connect_ex(('127.0.0.1', port)))
client.close()
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(('127.0.0.1', port))
