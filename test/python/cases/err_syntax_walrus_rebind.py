# exit: 1
# compare: stderr
# A comprehension cannot rebind its own iteration variable with :=.
print("this must not run")
chunks = [b"a", b"b"]
sizes = [(chunk := len(chunk)) for chunk in chunks]
