# compare: stderr
# exit: 1
# A lambda in an f-string's braces: 3.11 ends the expression at the lambda's colon and shows the (lambda x) it compiled.
x = 1
print(f"{x} {lambda y: y * 2}")
