# A local read before anything assigned it is CPython's UnboundLocalError, wherever the assignment
# is: later in the function, in an `if` that did not run, in a loop that ran no times, in a `try`
# that stopped first; reads after a plain assignment, a `with ... as`, an import or a def are fine.
import traceback
count = 0
def increment():
    count = count + 1
    return count
def printed_first():
    print(count)
    count = 1
def branch(flag):
    if flag:
        message = 'yes'
    return message
def empty_loop(items):
    for item in items:
        pass
    return item
def loop_body(n):
    while n > 0:
        if n < 2:
            return last
        last = n
        n -= 1
def stopped_try():
    try:
        value = int('x')
    except ValueError:
        pass
    return value
def fine(items):
    total = 0
    for item in items:
        total += item
    import socket
    with socket.socket() as f:
        pass
    def inner():
        return total
    squares = [total * i for i in items]
    return total, f.fileno(), inner(), squares, item
def deleted():
    x = 1
    del x
    return x
print(fine([1, 2, 3]))
print(branch(True), loop_body(1) if False else 'skip')
for fn, args in ((increment, ()), (printed_first, ()), (branch, (False,)), (empty_loop, ([],)),
                 (loop_body, (3,)), (stopped_try, ()), (deleted, ())):
    try:
        fn(*args)
    except UnboundLocalError:
        print(traceback.format_exc().split('\n', 3)[3], end='')
