# compare: stderr
# exit: 1
# An uncaught exception group (issue 9, 3.11's PEP 654): CPython's boxed traceback, byte for byte: raised
# sub-exceptions with their own tracebacks, one never raised (its line only), a nested group, the chain after it.
def f():
    raise ValueError('bad value')
def g():
    errors = []
    try:
        f()
    except ValueError as e:
        errors.append(e)
    try:
        {}['key']
    except KeyError as e:
        errors.append(e)
    errors.append(TypeError('never raised'))
    eg = ExceptionGroup('inner', [OSError(2, 'x'), RuntimeError('r')])
    errors.append(eg)
    raise ExceptionGroup('many', errors)
try:
    g()
except ExceptionGroup as e:
    raise RuntimeError('wrapped') from e
