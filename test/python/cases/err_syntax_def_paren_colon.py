# exit: 1
# compare: stderr
# An unclosed parenthesis on the line the parser fails on: "invalid syntax" at the colon, not "'(' was never closed".
import socket
def handle(:
    pass
