# exit: 1
# compare: stderr
# A missing comma whose second expression runs to the end of the file: the unclosed bracket wins, as pegen reads to the end.
print('received' data.decode(
