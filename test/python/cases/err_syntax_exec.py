# exit: 1
# compare: stderr
# Python 2's exec statement: CPython 3.11's invalid_legacy_expression names the missing
# parentheses, the caret from `exec` to the end of what follows it (`code in ns` included).
ns = {}
code = "x = 1"
exec code in ns
print(ns['x'])
