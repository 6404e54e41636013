# help() of the program's own functions, methods and classes: pydoc's plain text (Lib/pydoc.py
# TextDoc), as python3 prints it when stdout is not a tty.


def send_message(conn, data, prefix=b'LEN', *extra, timeout=None, **options):
    """Send data with a length prefix.

    The peer reads the prefix first, then exactly that many bytes.
    """


class Peer:
    """One end of a conversation."""

    greeting = 'hello'
    retries = 3

    def __init__(self, host, port=9999):
        "Remember where the peer is."
        self.host = host
        self.port = port

    def __repr__(self):
        return 'Peer()'

    def address(self):
        """The (host, port) tuple."""
        return (self.host, self.port)

    def _secret(self):
        pass

    @classmethod
    def local(cls, port):
        "A peer on loopback."
        return cls('127.0.0.1', port)

    @staticmethod
    def parse(text, sep=':'):
        "host:port as a tuple."

    @property
    def url(self):
        "tcp://host:port"
        return 'tcp://%s:%d' % (self.host, self.port)

    @property
    def timeout(self):
        return 1

    @timeout.setter
    def timeout(self, value):
        pass


class Server(Peer):
    BANNER = 'x' * 150

    def address(self):
        return ('0.0.0.0', self.port)

    def serve(self, backlog=5):
        pass


class Empty:
    pass


help(send_message)
help(lambda conn: conn.close())
help(Peer)
help(Server)
help(Empty)
help(Peer.address)
help(Peer('127.0.0.1').address)
help(Peer.local)
help(Server(1))
