# socketserver's ThreadingMixIn as the documentation's example uses it (a class of ThreadingMixIn
# and TCPServer, serve_forever in a daemon thread, three clients, shutdown); then the library
# classes as values: their reprs and __mro__ (socketserver, threading, struct, multiprocessing).
import socketserver
import threading
import socket

class ThreadedTCPRequestHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = str(self.request.recv(1024), 'ascii')
        cur_thread = threading.current_thread()
        response = bytes("{}: {}".format(cur_thread.name != 'MainThread', data), 'ascii')
        self.request.sendall(response)

class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass

def client(ip, port, message):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect((ip, port))
        sock.sendall(bytes(message, 'ascii'))
        response = str(sock.recv(1024), 'ascii')
        print("Received: {}".format(response))

if __name__ == "__main__":
    HOST, PORT = "127.0.0.1", 0
    server = ThreadedTCPServer((HOST, PORT), ThreadedTCPRequestHandler)
    with server:
        ip, port = server.server_address
        server_thread = threading.Thread(target=server.serve_forever)
        server_thread.daemon = True
        server_thread.start()
        print("Server loop running:", server_thread.is_alive())
        client(ip, port, "Hello World 1")
        client(ip, port, "Hello World 2")
        client(ip, port, "Hello World 3")
        server.shutdown()
    print(issubclass(ThreadedTCPServer, socketserver.TCPServer), ThreadedTCPServer.daemon_threads)
    print(socketserver.ThreadingTCPServer.__mro__[1].__name__)
import socketserver
class S(socketserver.ThreadingMixIn, socketserver.TCPServer): pass
print(socketserver.ThreadingTCPServer.__mro__)
print(S.__mro__)
print([c.__name__ for c in S.__mro__], [c.__name__ for c in socketserver.ThreadingUDPServer.__mro__])
print(socketserver.StreamRequestHandler.__mro__)
import queue, socketserver, threading, selectors
print(queue.Queue, socketserver.TCPServer, threading.Thread, socketserver.BaseRequestHandler, selectors.DefaultSelector)
print(type(socketserver.TCPServer), socketserver.TCPServer.__module__)
import threading, struct, multiprocessing
print(threading.Thread, threading.Condition, threading.Event, threading.Timer, threading.Semaphore, threading.BoundedSemaphore, struct.Struct, multiprocessing.Process)
