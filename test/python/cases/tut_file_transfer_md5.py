# A tutorial's file transfer over TCP (文件传输): a struct header '128sl' with the file's name and
# os.stat(path).st_size, then the bytes read with open('rb'); the receiver writes new_NAME and both
# sides' hashlib.md5 are compared. Changed: the files live in a temporary directory. Then os.stat's
# result and os's FileNotFoundError for a missing path (getsize, stat, listdir, rename, …).
import socket, struct, os, threading, hashlib, tempfile, shutil

WORK = tempfile.mkdtemp()
SRC = os.path.join(WORK, 'send_me.bin')
with open(SRC, 'wb') as f:
    f.write(bytes(range(256)) * 40 + b'tail')

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]
received = {}
slog = []  # the server thread's lines, printed after join (the two threads' prints would interleave)

def server():
    conn, addr = srv.accept()
    slog.append('连接来自 ' + addr[0])
    fileinfo_size = struct.calcsize('128sl')
    buf = conn.recv(fileinfo_size)
    while len(buf) < fileinfo_size:
        buf += conn.recv(fileinfo_size - len(buf))
    filename, filesize = struct.unpack('128sl', buf)
    fn = filename.strip(b'\00').decode('utf-8')
    new_filename = os.path.join(WORK, 'new_' + fn)
    slog.append('file new name is {0}, filesize is {1}'.format(os.path.basename(new_filename), filesize))
    recvd_size = 0
    fp = open(new_filename, 'wb')
    slog.append('start receiving...')
    while not recvd_size == filesize:
        if filesize - recvd_size > 1024:
            data = conn.recv(1024)
            recvd_size += len(data)
        else:
            data = conn.recv(filesize - recvd_size)
            recvd_size = filesize
        fp.write(data)
    fp.close()
    slog.append('end receive...')
    received['name'] = new_filename
    conn.close()

t = threading.Thread(target=server)
t.start()

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', port))
filepath = SRC
if os.path.isfile(filepath):
    fileinfo_size = struct.calcsize('128sl')
    fhead = struct.pack('128sl', os.path.basename(filepath).encode('utf-8'), os.stat(filepath).st_size)
    s.send(fhead)
    print('client filepath: {0}'.format(os.path.basename(filepath)), len(fhead))
    fp = open(filepath, 'rb')
    while 1:
        data = fp.read(1024)
        if not data:
            print('{0} file send over...'.format(os.path.basename(filepath)))
            break
        s.send(data)
    fp.close()
s.close()
t.join()
srv.close()
print('\n'.join(slog))

def md5sum(path):
    m = hashlib.md5()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(4096), b''):
            m.update(chunk)
    return m.hexdigest()

a, b = md5sum(SRC), md5sum(received['name'])
print(a == b, a)
print(os.path.getsize(received['name']), os.path.exists(received['name']))
os.remove(SRC); os.remove(received['name'])
print(os.path.exists(SRC))
st = os.stat(WORK)
print(len(st), st[6] == st.st_size, type(st.st_mtime).__name__, type(st[8]).__name__, oct(st.st_mode)[:4], int(st.st_mtime) == st[8])
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size == st.st_size, isinstance(st, tuple), st.st_mtime_ns // 10**9 == st[8])
for f in [lambda: os.path.getsize('nope'), lambda: os.stat('nope'), lambda: os.listdir('nope'), lambda: os.remove('nope'),
          lambda: os.rename('nope', 'x'), lambda: os.rmdir('nope'), lambda: os.mkdir(WORK), lambda: os.path.getmtime('nope')]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, str(e).replace(WORK, 'WORK'), e.errno, e.filename == WORK or e.filename)
shutil.rmtree(WORK)
print(os.path.isdir(WORK))
