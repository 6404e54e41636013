# exit: 1
# compare: stderr
# Plain invalid syntax (a Python 2 except clause): "SyntaxError: multiple exception types must be parenthesized".
try:
    pass
except OSError, e:
    pass
