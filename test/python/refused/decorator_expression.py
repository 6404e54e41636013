# A decorator that is any expression (PEP 614), not a dotted name with one call: refused before anything runs.
print('this must not run')
handlers = [lambda f: f]
@handlers[0]  # refused here
def handle():
    return 1
print(handle())
