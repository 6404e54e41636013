# exit: 1
# compare: stderr
# A tutorial line without its `import socket`: CPython 3.11 has no "Did you forget to import" hint
# (3.12 added it); its traceback points at the name with carets.
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
