# The Chinese tutorials' style: from socket import *, a server thread, a client reading lines from stdin until 'quit'.
from socket import *
from threading import Event, Thread

HOST = '127.0.0.1'
BUFSIZ = 1024
tcpSerSock = socket(AF_INET, SOCK_STREAM)
tcpSerSock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
tcpSerSock.bind((HOST, 0))
tcpSerSock.listen(5)
ADDR = tcpSerSock.getsockname()
# The server's greeting is printed before the client's first prompt (both write to stdout).
greeted = Event()

def server():
    tcpCliSock, addr = tcpSerSock.accept()
    print('...连接来自:', addr[0])
    greeted.set()
    while True:
        data = tcpCliSock.recv(BUFSIZ)
        if not data:
            break
        tcpCliSock.send(('[%s] %s' % ('服务器', data.decode('utf-8'))).encode('utf-8'))
    tcpCliSock.close()

th = Thread(target=server)
th.start()
tcpCliSock = socket(AF_INET, SOCK_STREAM)
tcpCliSock.connect(ADDR)
greeted.wait(5)
while True:
    try:
        data = input('> ')
    except EOFError:
        break
    if not data or data == 'quit':
        break
    tcpCliSock.send(data.encode('utf-8'))
    data = tcpCliSock.recv(BUFSIZ)
    if not data:
        break
    print(data.decode('utf-8'))
tcpCliSock.close()
th.join()
tcpSerSock.close()
print(timeout is TimeoutError, error is OSError, type(tcpSerSock).__name__, SOCK_STREAM, AF_INET.value)
