# Module subprocess: the courses' "remote command" server, whose long output causes sticky packets:
# Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE), then the output's length as a struct header
# before the output itself, so the client reads exactly that much. Server in a thread, bounded to
# the client's three commands.
import socket
import struct
import subprocess
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(5)

def serve():
    conn, addr = server.accept()
    while True:
        cmd = conn.recv(1024)
        if not cmd:
            break
        obj = subprocess.Popen(cmd.decode('utf-8'), shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stdout = obj.stdout.read()
        stderr = obj.stderr.read()
        header = struct.pack('i', len(stdout) + len(stderr))
        conn.send(header)
        conn.send(stdout)
        conn.send(stderr)
    conn.close()

t = threading.Thread(target=serve)
t.start()
client = socket.socket()
client.connect(server.getsockname())
for cmd in ['echo hello', 'seq 1 2000', 'ls /no/such/dir']:
    client.send(cmd.encode('utf-8'))
    total = struct.unpack('i', client.recv(4))[0]
    data = b''
    while len(data) < total:
        data += client.recv(1024)
    text = data.decode('utf-8')
    print(cmd, '->', total, 'bytes:', text[:20].replace('\n', ' '), '...', text[-12:].replace('\n', ' '))
client.close()
t.join()
server.close()
