# compare: stderr
# exit: 1
# A property's getter that fails (issue 9): the traceback shows the attribute access, then the
# getter's frame, named for the property.
class Conn:
    def __init__(self):
        self.sock = None
    @property
    def peer(self):
        return self.sock.getpeername()

c = Conn()
print('before')
print(c.peer)
