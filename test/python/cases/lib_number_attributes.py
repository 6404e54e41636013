# int and float data attributes (real, imag, numerator, denominator, conjugate()) and sys.float_info /
# sys.int_info as a 64-bit Linux CPython 3.11 has them.
print((3).imag, (3).real, (3).numerator, (3).denominator, (3).conjugate(), (2.5).real, (2.5).imag, True.real)
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize, sys.int_info.bits_per_digit)
print(sys.float_info)
print(sys.int_info)
print(sys.float_info[0], sys.float_info.max == sys.float_info[0], len(sys.float_info), (7).conjugate(), (-1.5).conjugate(), False.imag)
