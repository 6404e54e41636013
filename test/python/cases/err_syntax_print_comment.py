# exit: 1
# compare: stderr
# Python 2's print statement with a comment after it: the caret spans `print` and its
# expressions (a trailing comma included), not the comment.
import socket
host = socket.gethostname()
print "host:", host,  # no newline in Python 2
