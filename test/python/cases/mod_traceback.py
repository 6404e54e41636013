# traceback: print_exc() / format_exc() of the exception being handled (from the handler's
# frame down), to stderr or file=, 'NoneType: None' outside a handler; print_exception(e) and
# the old (type, value, tb) form, format_exception() as a list, format_exception_only(), an
# exception never raised (no traceback), chains (from / during handling), chain=False,
# print_stack() / format_stack().
# compare: stderr
import sys, threading, traceback, time
def where():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.format_stack()))
def outer():
    where()
outer()

def parse(text):
    return int(text)

def handle(data):
    try:
        parse(data)
    except ValueError:
        traceback.print_exc()
        print('format_exc:', traceback.format_exc().splitlines()[-1])
        traceback.print_exc(file=sys.stdout)

handle('abc')
traceback.print_exc()
print(repr(traceback.format_exc()))
try:
    {}['missing']
except KeyError as e:
    err = e
traceback.print_exception(err)
traceback.print_exception(type(err), err, err.__traceback__ if hasattr(err, '__traceback__') else None)
print(traceback.format_exception(err))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(ValueError('never raised')))
traceback.print_exception(ValueError('never raised'))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(chain=False))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        undefined_name
except NameError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception(*sys.exc_info()))
