# A select-based multi-client echo server with per-client output queues.
import select
import socket
import queue

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setblocking(False)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(5)
inputs = [server]
outputs = []
message_queues = {}

clients = []
for i in range(3):
    c = socket.socket()
    c.connect(server.getsockname())
    c.sendall(f"msg from {i}".encode())
    clients.append(c)

echoed = 0
replied = False
closed = 0
rounds = 0
while inputs and rounds < 200:
    rounds += 1
    readable, writable, exceptional = select.select(inputs, outputs, inputs, 1.0)
    if not (readable or writable or exceptional):
        break
    for s in readable:
        if s is server:
            connection, client_address = s.accept()
            connection.setblocking(0)
            inputs.append(connection)
            message_queues[connection] = queue.Queue()
        else:
            data = s.recv(1024)
            if data:
                message_queues[s].put(data.upper())
                if s not in outputs:
                    outputs.append(s)
            else:
                if s in outputs:
                    outputs.remove(s)
                inputs.remove(s)
                s.close()
                del message_queues[s]
                closed += 1
    for s in writable:
        if s not in message_queues:
            continue
        try:
            next_msg = message_queues[s].get_nowait()
        except queue.Empty:
            outputs.remove(s)
        else:
            s.send(next_msg)
            echoed += 1
    for s in exceptional:
        inputs.remove(s)
        s.close()
    if echoed == 3 and not replied:
        replied = True
        for c in clients:
            print(c.recv(1024))
            c.close()
    if closed == 3:
        break
print("echoed", echoed, "closed", closed, "inputs", len(inputs))
server.close()
print(repr(server))
