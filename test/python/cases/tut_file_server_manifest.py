# A simple file server: the client asks for a manifest (csv or json), then files by name.
import csv
import io
import json
import os
import socket
import tempfile
import threading
import hashlib

root = tempfile.mkdtemp()
files = {"a.txt": b"alpha\n" * 3, "b.bin": bytes(range(256)), "notes.md": "# 笔记\n".encode()}
for name, data in files.items():
    with open(os.path.join(root, name), "wb") as f:
        f.write(data)

def manifest_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "size", "md5"])
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            digest = hashlib.md5(f.read()).hexdigest()
        w.writerow([name, os.path.getsize(path), digest])
    return buf.getvalue()

def manifest_json():
    entries = [{"name": n, "size": os.stat(os.path.join(root, n)).st_size} for n in sorted(os.listdir(root))]
    return json.dumps({"files": entries}, indent=2)

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()

def serve():
    conn, _ = srv.accept()
    with conn:
        f = conn.makefile("rwb")
        for line in f:
            cmd, _, arg = line.decode().strip().partition(" ")
            if cmd == "LIST":
                body = (manifest_csv() if arg == "csv" else manifest_json()).encode()
            elif cmd == "GET":
                path = os.path.join(root, os.path.basename(arg))
                try:
                    with open(path, "rb") as src:
                        body = src.read()
                except FileNotFoundError as e:
                    body = f"ERR {e.strerror}".encode()
            else:
                body = b"ERR unknown"
            f.write(b"%d\n" % len(body) + body)
            f.flush()

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname())
f = c.makefile("rwb")
def ask(cmd):
    f.write(cmd.encode() + b"\n")
    f.flush()
    n = int(f.readline())
    return f.read(n)

rows = list(csv.DictReader(io.StringIO(ask("LIST csv").decode())))
for row in rows:
    print(row["name"], row["size"], row["md5"][:8])
man = json.loads(ask("LIST json"))
print(man["files"])
for row in rows:
    data = ask("GET " + row["name"])
    print(row["name"], hashlib.md5(data).hexdigest() == row["md5"], len(data) == int(row["size"]))
print(ask("GET missing.txt"))
print(ask("DEL x"))
f.close()
c.close()
t.join()
srv.close()
for name in files:
    os.remove(os.path.join(root, name))
os.rmdir(root)
print(os.path.exists(root))
