# A heartbeat with threading.Timer: the client sends PING every interval, the server counts them.
import socket
import threading
import time

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
beats = []
done = threading.Event()

def server():
    conn, _ = srv.accept()
    conn.settimeout(5)
    with conn:
        while True:
            data = conn.recv(5)
            if not data:
                break
            beats.append(data)
            conn.sendall(b"PONG\n")
    done.set()

threading.Thread(target=server).start()
c = socket.create_connection(srv.getsockname())
count = 0
lock = threading.Lock()
timer = None

def heartbeat():
    global count, timer
    with lock:
        count += 1
        c.sendall(b"PING\n")
        c.recv(5)
        if count < 3:
            timer = threading.Timer(0.05, heartbeat)
            timer.start()
        else:
            c.shutdown(socket.SHUT_WR)

timer = threading.Timer(0.05, heartbeat)
print(timer.is_alive())
timer.start()
print(done.wait(5))
print(count, beats)
t2 = threading.Timer(10, print, args=("never",))
t2.start()
t2.cancel()
t2.join(2)
print("cancelled", t2.is_alive(), t2.finished.is_set())
c.close()
srv.close()
