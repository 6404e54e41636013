# help() of classes derived from bases not written in the program: an exception (Exception,
# ValueError, a subclass of one), socketserver's request handlers: pydoc lists what they inherit
# from builtins.Exception/BaseException and socketserver, and the handler's signature.
import socketserver
class ProtocolError(Exception):
    """Bad frame."""
    def __init__(self, code):
        super().__init__(code)
        self.code = code
help(ProtocolError)
class E0(Exception):
    pass
class F(E0):
    """doc"""
    x = 1
help(F)
class H(socketserver.BaseRequestHandler):
    def handle(self):
        pass
help(H)
class H2(socketserver.StreamRequestHandler):
    def handle(self):
        pass
help(H2)
class D(socketserver.DatagramRequestHandler): pass
help(D)
class E5(ValueError): pass
help(E5)
