# exit: 1
# compare: stderr
# A subscript as the target of :=.
print("this must not run")
buf = [0]
if (buf[0] := 5) > 1:
    pass
