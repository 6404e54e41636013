# compare: stderr
# exit: 1
# A traceback's line after f-strings holding newlines (escaped and in triple quotes): each later
# statement keeps its own line number (a JS template literal with a raw newline shifted them).
import socket
x = f"{1}\n".encode() + f'{2}\r\n'.encode()
y = f"""a{x!r}
b
"""
print(repr(y), rf'\n{1}')
socket.nope()
