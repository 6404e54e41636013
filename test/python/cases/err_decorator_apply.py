# compare: stderr
# exit: 1
# A decorator that fails when applied (issue 9): CPython's traceback names the decorator's line
# and marks its expression (`@checked`), then the decorator's own frame.
def ok(f):
    return f

def checked(f):
    if f.__name__.startswith('_'):
        raise ValueError('private handler: ' + f.__name__)
    return f

@ok
@checked
def _handle(conn):
    return conn
