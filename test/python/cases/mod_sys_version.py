# sys.version_info (a struct sequence), sys.version, sys.hexversion and platform.python_version()
# name one release, the machine's python3 (socklab reads it: stdlib/python-version.ts).
import sys, platform
print(sys.version_info)
print(platform.python_version(), platform.python_version_tuple())
print(sys.hexversion, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(platform.python_implementation(), sys.version_info is sys.version_info, type(sys.version_info).__name__)
print('%d.%d.%d' % sys.version_info[:3] == platform.python_version())
print(sys.version.split()[0] == platform.python_version())
print(sys.version_info.micro == int(platform.python_version_tuple()[2]), sys.version_info[3:])
major, minor, micro, level, serial = sys.version_info
print(major, minor, level, serial, tuple(sys.version_info)[:2])
print(sys.hexversion == (major << 24 | minor << 16 | micro << 8 | 0xf0), hex(sys.hexversion)[:6])
if sys.version_info < (3, 0):
    print("py2")
else:
    print("py3", sys.version_info > (3, 10, 99), sys.version_info == (3, 11, micro, 'final', 0))
print(sys.version[:4], sys.version.startswith(platform.python_version() + ' '))
