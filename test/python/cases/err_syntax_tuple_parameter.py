# exit: 1
# compare: stderr
# Python 2's tuple parameter: 3.11's invalid_parameters, "Function parameters cannot be
# parenthesized" over the parentheses (a lambda's is "Lambda expression parameters ...").
pairs = [('a', 1), ('b', 2)]
def show((name, value)):
    print(name, value)
for pair in pairs:
    show(pair)
