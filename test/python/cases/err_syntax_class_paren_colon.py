# exit: 1
# compare: stderr
# The same for a class: the parser's error on the bracket's own line stands.
import socketserver
class Handler(socketserver.BaseRequestHandler:
    pass
