# A decorator is outside the subset: refused before anything runs.
print('this must not run')
def logged(fn):
    return fn
@logged  # refused here
def handle(conn):
    return conn
print(handle(1))
