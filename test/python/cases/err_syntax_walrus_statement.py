# exit: 1
# compare: stderr
# A walrus alone as a statement is "invalid syntax" at the :=.
print("this must not run")
data := b"x"
