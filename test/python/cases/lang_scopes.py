# Subset: global and nonlocal, closures, and UnboundLocalError when a local shadows a global.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print('counter', counter)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = 'outer'
    def inner():
        return x
    x = 'changed'
    return inner()
print(outer())
running = True
def stop():
    global running
    running = False
stop()
print('running', running)
def read_only():
    return counter * 100
print(read_only())
def shadow():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow()
funcs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in funcs])
