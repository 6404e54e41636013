# __module__ of library functions and classes is the module CPython 3.11 defines them in (often
# the C module behind the Python one: _socket, posix, _struct, _thread), of the socket enums
# 'socket', of a builtin 'builtins', of the program's own classes, instances and functions '__main__'.
import collections
import functools
import itertools
import json
import logging
import math
import operator
import os
import queue
import random
import select
import socket
import struct
import sys
import threading
import time

NAMES = {
    socket: 'socket create_connection create_server socketpair getaddrinfo gethostname gethostbyname inet_aton htons getdefaulttimeout gaierror herror error timeout',
    os: 'getpid getcwd listdir getenv makedirs mkdir',
    os.path: 'join exists isfile basename dirname',
    time: 'sleep time monotonic perf_counter strftime',
    json: 'dumps loads dump load JSONDecodeError',
    struct: 'pack unpack calcsize error',
    select: 'select error',
    threading: 'Thread Lock RLock Event Condition Semaphore current_thread get_ident',
    sys: 'exit',
    math: 'sqrt floor',
    itertools: 'count chain islice',
    functools: 'reduce partial',
    operator: 'add itemgetter',
    collections: 'deque Counter OrderedDict defaultdict namedtuple',
    queue: 'Queue Empty',
    logging: 'getLogger basicConfig info',
    random: 'randint choice seed',
}
for module, names in NAMES.items():
    print(module.__name__, [(n, getattr(module, n).__module__) for n in names.split()])
print(type(socket.AF_INET).__module__, type(socket.SOCK_STREAM).__module__, socket.socket.__module__)
print(len.__module__, print.__module__, int.__module__, OSError.__module__, ValueError.__module__)


class Point:
    pass


def helper():
    pass


print(Point.__module__, Point().__module__, helper.__module__, (lambda: 0).__module__)
