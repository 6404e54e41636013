# exit: 1
# compare: stderr
# An uncaught exception two calls deep: CPython's whole traceback (no carets: each line is the whole expression).
def parse_port(text):
    raise ValueError('not a port: %r' % text)

def connect(address):
    parse_port(address)

print('before the error')
connect('localhost:http')
