# A call to a def that ends without `return` is None, also where the name it is assigned to
# might be unbound (read in try's else, after a loop): CPython never sees it as unassigned.
def nothing():
    x = 1

def run(fn):
    try:
        value = fn()
    except Exception as exc:
        print('exc', repr(exc))
    else:
        print('value', value)

run(nothing)
run(lambda: None)
for i in range(2):
    got = nothing()
print(got)
