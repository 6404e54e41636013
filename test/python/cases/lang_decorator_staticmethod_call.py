# A staticmethod object is callable (3.10+): a class body calls its own static helper to compute
# class attributes.
class Proto:
    @staticmethod
    def checksum(data):
        return sum(data) % 256
    EMPTY = checksum(b'')
    HELLO = checksum(b'hello')
print(Proto.EMPTY, Proto.HELLO, callable(Proto.__dict__['checksum']))
