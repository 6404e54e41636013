# compare: stderr
# exit: 1
# A backslash line at column 0 does not indent the line it joins: that line's own indent is unexpected.
x = 1
\
  y = 2
print(y)
