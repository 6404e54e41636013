# Subset: import, import as, from-import (names and *), module attributes, the __name__ guard, docstrings.
"""Module docstring: ignored at run time."""
import socket
import socket as sk
import os, sys
from socket import AF_INET, SOCK_DGRAM as DGRAM
from struct import *
print(__name__)
print(sk is socket, sk.AF_INET is AF_INET, DGRAM == socket.SOCK_DGRAM)
print(pack('!H', 80), calcsize('!I'))
print(type(os).__name__, type(sys).__name__, socket.__name__)
def main():
    print('main runs because __name__ is', repr(__name__))
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported')
if __name__ != "__main__":
    print('never')
