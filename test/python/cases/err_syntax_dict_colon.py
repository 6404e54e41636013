# exit: 1
# compare: stderr
# A dict entry without its colon: invalid_kvpair's "':' expected after dictionary key", the caret
# at the key's last character (not a missing comma).
import socket
names = {socket.AF_INET: 'IPv4', socket.AF_INET6 'IPv6'}
print(names)
