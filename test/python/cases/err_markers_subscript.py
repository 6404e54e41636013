# exit: 1
# compare: stderr
# CPython 3.11's markers under a failing subscript (~^^^^^) that is part of a longer line.
clients = {('127.0.0.1', 1): 'alice'}

def name_of(addr):
    greeting = 'hello ' + clients[addr]
    return greeting

print(name_of(('127.0.0.1', 1)))
print('bye', name_of(('127.0.0.1', 2)), 'done')
