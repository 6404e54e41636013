# exit: 1
# compare: stderr
# A header without its colon, a comment after it: the NEWLINE token starts at the comment, so
# the caret spans the comment ("expected ':'" under `# retry`).
import socket
s = socket.socket()
try  # retry
    s.connect(('127.0.0.1', 9))
finally:
    s.close()
