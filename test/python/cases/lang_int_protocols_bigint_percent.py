# int() of an object asks its __int__, then __index__, then __trunc__ (PyNumber_Long); % formats
# ints past 2**53 with all their digits (%d, %x, %X, %o, %#x, widths and signs).
class A:
    def __int__(self):
        return 3

class B:
    def __index__(self):
        return 5

class C:
    def __trunc__(self):
        return 7

print(int(A()), int(B()), int(C()), int(A()) + 1)
x = (0xfe80 << 112) | 1
print('%032x' % x, '%X' % x, '%o' % 2**60, '%#x' % 2**64, '%d' % -2**70, '%+d' % 2**64, '%40d|' % 2**64)
