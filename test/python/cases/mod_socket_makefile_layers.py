# sock.makefile()'s layers as CPython's io stack has them, over a socketpair: the text file,
# its .buffer (BufferedReader / BufferedWriter / BufferedRWPair) and a buffered file's .raw
# (socket.SocketIO, also what buffering=0 returns): type, repr, name, mode, closed, fileno(),
# readable/writable/seekable, the attributes a layer lacks, and readline/write/flush through them.
import io
import socket


def show(label, f):
    # (The encoding's spelling follows the locale: UTF-8 or utf-8.)
    parts = [label, type(f).__name__, repr(f).split(" at 0x")[0].replace(str(a.fileno()), "FD").replace("UTF-8", "utf-8")]
    for attr in ("name", "mode", "closed", "encoding", "line_buffering"):
        try:
            v = getattr(f, attr)
            parts.append(f"{attr}={'FD' if attr == 'name' and v == a.fileno() else v.lower() if attr == 'encoding' else v!r}")
        except AttributeError as e:
            parts.append(f"{attr}:{type(e).__name__}")
    try:
        parts.append(f"fileno={'FD' if f.fileno() == a.fileno() else f.fileno()}")
    except io.UnsupportedOperation as e:
        parts.append(f"fileno:UnsupportedOperation({e})")
    except ValueError as e:
        parts.append(f"fileno:{e}")
    for m in ("readable", "writable", "seekable"):
        try:
            parts.append(f"{m}={getattr(f, m)()}")
        except ValueError as e:
            parts.append(f"{m}:{e}")
    print(*parts)


a, b = socket.socketpair()
f = a.makefile("rw")
show("rw", f)
show("rw.buffer", f.buffer)
print(f.buffer is f.buffer, hasattr(f.buffer, "raw"))
rb = a.makefile("rb")
show("rb", rb)
show("rb.raw", rb.raw)
wb = a.makefile("wb", buffering=0)
show("wb0", wb)
print(hasattr(wb, "raw"), hasattr(wb, "buffer"))
w = a.makefile("w")
show("w", w)
show("w.buffer", w.buffer)
show("w.buffer.raw", w.buffer.raw)
r = a.makefile()
show("r", r)
rwb = a.makefile("rwb")
show("rwb", rwb)

print(f.write("hello\nworld\n"))
f.flush()
print(b.recv(100))
b.sendall(b"line one\nline two\npartial")
print(repr(f.readline()), repr(f.readline()))
print(wb.write(b"raw"), b.recv(10))
print(w.write("x"))
w.flush()
print(w.buffer.write(b"y"))
w.buffer.flush()
print(b.recv(10))
b.shutdown(socket.SHUT_WR)
print(repr(f.readline()), repr(f.readline()))
for x in (f, rb, wb, w, r, rwb):
    x.close()
show("closed rw", f)
show("closed rw.buffer", f.buffer)
show("closed wb0", wb)
print(w.buffer.closed, w.buffer.raw.closed)
try:
    f.readline()
except ValueError as e:
    print(e)
a.close()
b.close()
