# exit: 1
# compare: stderr
# A Python 2 print statement: CPython's SyntaxError wording, line and caret; nothing runs.
print('this line does not run either')
message = 'hello'
print message
