# exit: 1
# compare: stderr
# Assigning to a literal where a comparison was meant: "cannot assign to literal here. Maybe you meant '==' instead of '='?".
import socket
port = 0
0 = port
