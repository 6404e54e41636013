# A line protocol over socket.makefile: text mode with newline handling, readline limits, iteration.
import socket
import threading

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()

def serve():
    conn, _ = srv.accept()
    with conn:
        rf = conn.makefile("r", encoding="utf-8", newline="\n")
        wf = conn.makefile("w", encoding="utf-8")
        wf.write("220 ready\n")
        wf.flush()
        for line in rf:
            cmd = line.rstrip("\n").split()
            if not cmd:
                wf.write("500 empty\n")
            elif cmd[0] == "ADD":
                wf.write("200 %d\n" % sum(int(x) for x in cmd[1:]))
            elif cmd[0] == "ECHO":
                wf.write("200 " + " ".join(cmd[1:]) + "\n")
            elif cmd[0] == "QUIT":
                wf.write("221 bye\n")
                wf.flush()
                break
            else:
                wf.write(f"502 {cmd[0]!r} not implemented\n")
            wf.flush()
        rf.close()
        wf.close()

t = threading.Thread(target=serve)
t.start()
s = socket.create_connection(srv.getsockname())
f = s.makefile("rw", encoding="utf-8")
print(repr(f.readline()))
for cmd in ["ADD 1 2 3", "ECHO 你好 world", "", "HELO x", "QUIT"]:
    f.write(cmd + "\n")
    f.flush()
    print(cmd, "->", f.readline().rstrip())
print(repr(f.readline()))
print(f.mode, type(f).__name__, f.encoding)
f.close()
s.close()
t.join()
srv.close()

a, b = socket.socketpair()
b.sendall(b"line one\nline two\r\nno newline")
b.close()
r = a.makefile("rb")
print(r.readline(4), r.readline(), r.readline(), r.readline(), r.readline())
r.close()
a.close()
