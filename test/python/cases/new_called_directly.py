# __new__ called directly (issue 9): A.__new__(A) and object.__new__(A) make an instance without
# running __init__ (a singleton's __new__), super().__new__(cls), and int.__new__(P, 7) of a subclass.
class A:
    def __init__(self):
        self.x = 1
a = A.__new__(A)
b = object.__new__(A)
print(type(a).__name__, type(b).__name__, hasattr(a, 'x'))
class B(A):
    def __new__(cls, *args):
        print('B.__new__', cls.__name__, args)
        return super().__new__(cls)
print(B().x)
class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(S() is S())
class P(int):
    pass
print(P.__new__(P, 5), int.__new__(P, 7) + 1, type(int.__new__(P, 7)).__name__)
