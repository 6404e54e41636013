# exit: 1
# compare: stderr
# Python 2's print inside an expression (not a statement of its own): the same "Missing
# parentheses" as the statement, over `print` and its expressions.
import socket
name = socket.gethostname()
line = print "host:", name
