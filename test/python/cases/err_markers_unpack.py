# exit: 1
# compare: stderr
# CPython 3.11's markers under the targets of a failing unpack, in an assignment (caught, the
# message only) and in a for loop's head (uncaught, with its traceback).
def pairs(items):
    out = []
    for key, value in items:
        out.append(key + '=' + value)
    return out

try:
    host, port = 8080
except TypeError as e:
    print(e)
print(pairs([('a', 'b')]))
print(pairs(['ab', 'xyz']))
