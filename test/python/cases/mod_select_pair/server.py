# args: {port}
# A select()-based server across two processes: one thread, a listening socket and every
# connection in one select loop; stops when both clients have hung up.
import select
import socket
import sys
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', int(sys.argv[1])))
listener.listen(5)
print('select server up')
inputs = [listener]
names = {}
finished = 0
while finished < 2:
    readable, _, _ = select.select(inputs, [], [], 10)
    if not readable:
        print('select timed out')
        break
    for s in readable:
        if s is listener:
            conn, addr = listener.accept()
            inputs.append(conn)
            names[conn] = 'client%d' % len(names)
            continue
        data = s.recv(1024)
        if not data:
            print(names[s], 'hung up')
            inputs.remove(s)
            s.close()
            finished += 1
        else:
            print(names[s], 'says', data.decode('utf-8'))
            s.sendall(b'ack ' + data)
listener.close()
