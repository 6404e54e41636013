# A subclass of a builtin type socklab does not extend yet (dict, list, int, str, tuple and float it does) is
# refused before anything runs.
print('this must not run')


class Packet(bytes):  # refused here
    pass


print(Packet(b"hi"))
