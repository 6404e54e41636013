# exit: 1
# compare: stderr
# A trailing comma in a from-import: "trailing comma not allowed without surrounding parentheses".
from socket import socket, AF_INET, SOCK_STREAM,
