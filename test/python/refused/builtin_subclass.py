# A subclass of a builtin type socklab does not extend yet (dict, list, int, float, str, tuple, set, frozenset, bytes and bytearray it does) is
# refused before anything runs.
print('this must not run')


class Signal(complex):  # refused here
    pass


print(Signal(1, 2))
