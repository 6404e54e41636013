# exit: 1
# compare: stderr
# A list left open, the next statement on the following line: pegen's missing-comma pass reads
# `y` and the token after it, past the bracket's line, so the unclosed bracket is the error.
import socket
families = [socket.AF_INET, socket.AF_INET6
count = len(families)
print(count)
