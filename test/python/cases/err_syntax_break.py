# exit: 1
# compare: stderr
# break outside a loop (a recv loop's body pasted without its while): "SyntaxError: 'break' outside loop".
data = b''
print('never runs')
if not data:
    break
