# exit: 1
# An AttributeError raised inside __getattr__ (the wrapped list has no push) is the one the program sees.
class Wrapper:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)


w = Wrapper([1, 2, 3])
print(w.count(2))
w.push(4)
