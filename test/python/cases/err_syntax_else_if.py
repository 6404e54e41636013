# exit: 1
# compare: stderr
# `else if` (C's, JavaScript's) for `elif`: pegen's forced ':' after else, the caret under `if`.
import sys
n = len(sys.argv)
if n > 2:
    print('many')
else if n > 1:
    print('one')
