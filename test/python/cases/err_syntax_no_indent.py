# exit: 1
# compare: stderr
# A block that is not indented: "IndentationError: expected an indented block after 'if' statement on line 6".
import socket
data = b''
if not data:
print('peer closed')
