# A module prints as CPython's: `<module 'socket' from '…/socket.py'>` for the library's Python
# files (the corpus masks the library's place), `(built-in)` for modules compiled into the
# interpreter, `(frozen)` for os and os.path (posixpath).
import sys, socket, os, time, struct, select, threading, json, re, math, errno, itertools
import collections, signal, _thread, queue, random, datetime, hashlib, base64, binascii, logging
import traceback, functools, operator, argparse, subprocess, selectors, tempfile, shutil
import socketserver, multiprocessing
import os.path

for m in (socket, sys, os, time, struct, select, threading, json, re, math, errno, itertools,
          collections, signal, _thread, queue, random, datetime, hashlib, base64, binascii, logging,
          traceback, functools, operator, argparse, subprocess, selectors, tempfile, shutil,
          socketserver, multiprocessing, os.path):
    print(m)
print(repr(sys), str(json), f'{time}', [errno])
print(type(socket), type(sys).__name__, socket.__name__, os.path.__name__)
