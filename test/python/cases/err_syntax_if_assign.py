# exit: 1
# compare: stderr
# '=' where '==' was meant: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".
data = b''
if data = b'':
    print('closed')
