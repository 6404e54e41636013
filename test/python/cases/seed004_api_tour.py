# Seed 004: the API table: bind/listen/accept, connect/connect_ex, send/sendall/recv, sendto/recvfrom,
# getpeername/getsockname, setsockopt/getsockopt, settimeout/gettimeout, fileno, setblocking.
from socket import *
s1 = socket(AF_INET, SOCK_STREAM)
s2 = socket(AF_INET, SOCK_DGRAM)
print(s1.family, s1.type, s2.type)
print(repr(s1.family), repr(s2.type), int(s1.family))
server = socket(AF_INET, SOCK_STREAM)
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)
print('SO_REUSEADDR', server.getsockopt(SOL_SOCKET, SO_REUSEADDR) != 0)
print('bind returns', server.bind(('127.0.0.1', 0)))
print('listen returns', server.listen(5))
addr = server.getsockname()
print('connect_ex', s1.connect_ex(addr))
conn, peer = server.accept()
print('peer matches', peer == s1.getsockname(), conn.getpeername() == s1.getsockname())
print('send returns', s1.send(b'abc'))
print('sendall returns', s1.sendall(b'defgh'))
got = b''
while len(got) < 8:
    got += conn.recv(1024)
print('recv', got)
print('fileno is an int', isinstance(conn.fileno(), int), conn.fileno() > 2)
print('timeout', conn.gettimeout())
conn.settimeout(1.5)
print('timeout', conn.gettimeout())
conn.setblocking(False)
print('timeout', conn.gettimeout())
try:
    conn.recv(10)
except BlockingIOError as e:
    print('non-blocking recv:', e)
s2.bind(('127.0.0.1', 0))
print('sendto returns', s2.sendto(b'ping', s2.getsockname()))
data, frm = s2.recvfrom(1024)
print('recvfrom', data, frm == s2.getsockname())
holder = socket(AF_INET, SOCK_STREAM)
holder.bind(('127.0.0.1', 0))
refused = socket(AF_INET, SOCK_STREAM)
print('connect_ex to nobody', refused.connect_ex(holder.getsockname()))
for s in (s1, s2, server, conn, holder, refused):
    s.close()
print('closed', s1.fileno(), s1)
