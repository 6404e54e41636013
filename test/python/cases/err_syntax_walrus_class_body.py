# exit: 1
# compare: stderr
# A := in a comprehension in a class body.
print("this must not run")
class Server:
    ports = [(last := p) for p in range(3)]
