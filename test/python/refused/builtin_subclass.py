# A subclass of a builtin type socklab does not extend yet (dict, list, int and str it does) is
# refused before anything runs.
print('this must not run')


class Point(tuple):  # refused here
    pass


print(Point((1, 2)))
