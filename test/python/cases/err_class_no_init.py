# exit: 1
# compare: stderr
# A class whose __init__ is misspelt (`__int__`) has object's: called with arguments, it raises
# "S() takes no arguments" (object_new), as does a subclass, a keyword argument and object(1);
# a class whose base has an __init__ takes that one's.
class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    pass
print(Child(1).a)
class Plain:
    pass
print(type(Plain()).__name__)
class Sub(Plain):
    pass
for make in (lambda: Sub(1), lambda: Plain(x=2), lambda: object(1)):
    try:
        make()
    except TypeError as e:
        print(e)
class S:
    def __int__(self, x):
        self.x = x
s = S(1)
print(s.x)
