# exit: 1
# compare: stderr
# An octal-looking port: "leading zeros in decimal integer literals are not permitted".
import socket
PORT = 08080
