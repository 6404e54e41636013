# A chat protocol's commands as an Enum (a tutorial's `class Cmd(Enum)`): each line on the wire
# is `CMD payload`, parsed back with Cmd(word) (an unknown word is the ValueError the server
# answers), dispatched with match on the members; a reply's status is an IntEnum and the
# session's options an IntFlag. Both ends are one socketpair.
import socket
from enum import Enum, IntEnum, IntFlag, auto


class Cmd(Enum):
    JOIN = 'JOIN'
    MSG = 'MSG'
    QUIT = 'QUIT'

    def encode(self, payload=''):
        return f'{self.value} {payload}\n'.encode()


class Status(IntEnum):
    OK = 200
    BAD_REQUEST = 400


class Option(IntFlag):
    ECHO = auto()
    TIMESTAMP = auto()
    COLOR = auto()


def parse(line):
    word, _, payload = line.partition(' ')
    return Cmd(word), payload


def handle(line, users):
    try:
        cmd, payload = parse(line)
    except ValueError as e:
        return Status.BAD_REQUEST, str(e)
    match cmd:
        case Cmd.JOIN:
            users.append(payload)
            return Status.OK, f'welcome {payload}'
        case Cmd.MSG:
            return Status.OK, f'{users[-1]}: {payload}'
        case Cmd.QUIT:
            return Status.OK, 'bye'


client, server = socket.socketpair()
with client, server:
    for cmd, payload in [(Cmd.JOIN, 'ada'), (Cmd.MSG, 'hello'), (None, 'SHOUT hi'), (Cmd.QUIT, '')]:
        client.sendall(cmd.encode(payload) if cmd else (payload + '\n').encode())
    client.shutdown(socket.SHUT_WR)
    data = b''
    while chunk := server.recv(1024):
        data += chunk
    users = []
    for line in data.decode().splitlines():
        status, text = handle(line, users)
        print(repr(status), status, int(status) == 200, text)
    options = Option.ECHO | Option.COLOR
    print(options, repr(options), Option.TIMESTAMP in options, [o.name for o in Option if o in options])
    print({c.name: c.value for c in Cmd}, Cmd.QUIT.encode())
