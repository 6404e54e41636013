# exit: 1
# compare: stderr
# A header at the end of the file: CPython names the last line, with no caret.
import socket
while True:
