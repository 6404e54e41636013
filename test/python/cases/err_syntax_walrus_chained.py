# exit: 1
# compare: stderr
# x = y := 1 is "invalid syntax".
print("this must not run")
total = count := 0
