# exit: 1
# compare: stderr
# Python 2's `<>` for "not equal": 3.11's tokenizer still makes it one token, which the parser
# refuses ("invalid syntax" under both characters) unless barry_as_FLUFL is imported.
import socket
family = socket.AF_INET
if family <> socket.AF_INET6 and family:
    print('IPv4')
