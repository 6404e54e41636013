# An Enum protocol state machine: states and commands as Enums, transitions in a dict, a loopback session.
import socket
import threading
from enum import Enum, IntEnum, auto, unique

@unique
class State(Enum):
    CONNECTED = auto()
    AUTHED = auto()
    IN_ROOM = auto()
    CLOSED = auto()

class Code(IntEnum):
    OK = 200
    BAD_COMMAND = 400
    FORBIDDEN = 403

TRANSITIONS = {
    (State.CONNECTED, "LOGIN"): State.AUTHED,
    (State.AUTHED, "JOIN"): State.IN_ROOM,
    (State.IN_ROOM, "LEAVE"): State.AUTHED,
    (State.AUTHED, "QUIT"): State.CLOSED,
    (State.IN_ROOM, "QUIT"): State.CLOSED,
}

class Session:
    def __init__(self, conn):
        self.conn = conn
        self.state = State.CONNECTED
        self.history = [self.state]

    def handle(self, line):
        cmd = line.split()[0].upper() if line.split() else ""
        nxt = TRANSITIONS.get((self.state, cmd))
        if nxt is None:
            code = Code.FORBIDDEN if cmd in {c for _, c in TRANSITIONS} else Code.BAD_COMMAND
            return f"{code.value} {code.name} in {self.state.name}"
        self.state = nxt
        self.history.append(nxt)
        return f"{Code.OK} {self.state.name.lower()}"

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
sessions = []

def serve():
    conn, _ = srv.accept()
    s = Session(conn)
    sessions.append(s)
    with conn, conn.makefile("rw") as f:
        for line in f:
            f.write(s.handle(line.strip()) + "\n")
            f.flush()
            if s.state is State.CLOSED:
                break

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname())
with c.makefile("rw") as f:
    for cmd in ["JOIN lobby", "LOGIN bob", "DANCE", "join lobby", "LEAVE", "QUIT"]:
        f.write(cmd + "\n")
        f.flush()
        print(cmd, "=>", f.readline().strip())
t.join()
c.close()
srv.close()
print([st.name for st in sessions[0].history])
print(State.AUTHED, repr(State.AUTHED), State(2), State["CLOSED"].value, list(State)[-1])
print(Code.OK == 200, Code(403), repr(Code.BAD_COMMAND), Code.OK + 1, f"{Code.OK}", str(Code.OK))
print(len(State), State.CONNECTED in State, [c.name for c in Code])
try:
    State(9)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
