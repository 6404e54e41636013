# Multiple inheritance outside socketserver's mixins is refused before anything runs.
print('this must not run')
class A:
    pass

class B:
    pass

class C(A, B):  # refused here
    pass

print(C.__mro__[1].__name__)
