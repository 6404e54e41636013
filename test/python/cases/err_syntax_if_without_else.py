# exit: 1
# compare: stderr
# A conditional expression without its else: invalid_expression spans `a if b`. (`x if y else`
# at the end of a line is plain invalid syntax, not a forced ':' as after a statement's else.)
import sys
mode = 'verbose' if len(sys.argv) > 1
print(mode)
