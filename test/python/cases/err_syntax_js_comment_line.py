# exit: 1
# compare: stderr
# A JavaScript comment: invalid syntax under the whole '//' token.
// connect to the server
import socket
