# Module select: select.select on real fds: a timeout with nothing ready, a listening socket readable
# after connect, a writable socket, and a select loop serving two clients in turn.
import select
import socket
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(5)
r, w, x = select.select([listener], [], [], 0.1)
print('nothing ready:', r, w, x)
c1 = socket.create_connection(listener.getsockname())
c2 = socket.create_connection(listener.getsockname())
r, w, x = select.select([listener], [c1], [], 1)
print('listener readable:', r == [listener], 'c1 writable:', w == [c1])
conns = []
while len(conns) < 2:
    r, _, _ = select.select([listener], [], [], 1)
    if listener in r:
        conn, _ = listener.accept()
        conns.append(conn)
print('accepted', len(conns))
inputs = list(conns)
served = []
for client, text in [(c1, b'one'), (c2, b'two'), (c1, b'three')]:
    client.send(text)
    ready, _, _ = select.select(inputs, [], [], 1)
    for s in ready:
        data = s.recv(1024)
        served.append(data)
        s.send(data.upper())
    print('reply:', client.recv(1024))
c1.close()
c2.close()
closed = 0
while closed < 2:
    ready, _, _ = select.select(inputs, [], [], 1)
    for s in ready:
        if s.recv(1024) == b'':
            inputs.remove(s)
            s.close()
            closed += 1
print('served', served, 'closed', closed, 'left', inputs)
r, _, _ = select.select([], [], [], 0)
print(r)
listener.close()
