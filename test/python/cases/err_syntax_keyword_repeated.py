# exit: 1
# compare: stderr
# The same keyword twice: compile.c's "keyword argument repeated: sep", the caret under the second.
print('a', 'b', sep='-', sep='+')
