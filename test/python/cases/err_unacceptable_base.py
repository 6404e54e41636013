# exit: 1
# bool cannot be subclassed in CPython either: its TypeError when the class statement runs.
print('before')
try:
    class Flag(range):
        pass
except TypeError as e:
    print(e)


class Yes(bool):
    pass
