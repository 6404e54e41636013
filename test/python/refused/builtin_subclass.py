# A subclass of a builtin type socklab does not extend yet (dict, list, int, str and tuple it does) is
# refused before anything runs.
print('this must not run')


class Money(float):  # refused here
    pass


print(Money(1.5))
