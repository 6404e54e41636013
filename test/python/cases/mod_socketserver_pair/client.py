# args: {port}
# The client of the socketserver pair: two connections in turn, one line each, reads the reply line.
import socket
import sys
for name in ['first', 'last']:
    with socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=5) as c:
        f = c.makefile('rwb')
        f.write((name + '\n').encode('utf-8'))
        f.flush()
        print(f.readline().decode('utf-8').rstrip())
        f.close()
