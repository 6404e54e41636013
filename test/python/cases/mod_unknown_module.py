# An unknown module: CPython's ModuleNotFoundError (an ImportError) with the module's name.
try:
    import socklab_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from socklab_no_such_module import thing
except ImportError as e:
    print(e)
try:
    from socket import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'socket'"))
print('still running')
