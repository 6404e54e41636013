# A command server dispatching with getattr(self, 'cmd_' + name), a context-manager client class, and help from docstrings.
import socket
import threading
import json

class CommandServer:
    """Answers one command per line."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.store = {}

    def cmd_set(self, key, value):
        """set KEY VALUE: store a value"""
        self.store[key] = value
        return "OK"

    def cmd_get(self, key):
        """get KEY: read a value"""
        return self.store.get(key, "(nil)")

    def cmd_keys(self):
        """keys: list the keys"""
        return json.dumps(sorted(self.store))

    def cmd_help(self):
        """help: this text"""
        names = sorted(n[4:] for n in dir(self) if n.startswith("cmd_"))
        return "; ".join(getattr(self, "cmd_" + n).__doc__ for n in names)

    def dispatch(self, line):
        name, *args = line.split()
        handler = getattr(self, "cmd_" + name.lower(), None)
        if handler is None:
            return f"ERR unknown command {name!r}"
        try:
            return handler(*args)
        except TypeError as e:
            return "ERR " + str(e)

    def serve_one(self):
        conn, _ = self.sock.accept()
        with conn, conn.makefile("rw", newline="\n") as f:
            for line in f:
                if line.strip() == "quit":
                    break
                f.write(self.dispatch(line) + "\n")
                f.flush()
        self.sock.close()

class Client:
    def __init__(self, address):
        self.address = address

    def __enter__(self):
        self.sock = socket.create_connection(self.address, timeout=5)
        self.f = self.sock.makefile("rw")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.f.write("quit\n")
        self.f.flush()
        self.f.close()
        self.sock.close()
        print("closed", exc_type)
        return False

    def __call__(self, line):
        self.f.write(line + "\n")
        self.f.flush()
        return self.f.readline().rstrip("\n")

server = CommandServer()
t = threading.Thread(target=server.serve_one)
t.start()
with Client(server.sock.getsockname()) as call:
    for line in ["set name bob", "SET age 3", "get name", "get nope", "keys", "get", "fly away", "help"]:
        print(f"{line!r:16} -> {call(line)}")
t.join()
print(CommandServer.__doc__, CommandServer.cmd_get.__doc__, CommandServer.dispatch.__qualname__)
