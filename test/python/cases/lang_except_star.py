# compare: stderr
# exit: 1
# except* (issue 9, 3.11's PEP 654): each handler takes its part of a group (nesting kept), a naked exception
# wrapped in a group, the part no handler took raised on, a bare raise, new exceptions from handlers joined
# with the rest in a group of their own (its boxed traceback byte for byte), sys.exc_info() in and after the
# handlers, CPython's TypeError for except* ExceptionGroup.
import sys
def group():
    return ExceptionGroup('top', [ValueError('v1'), TypeError('t1'), ExceptionGroup('nested', [ValueError('v2'), KeyError('k')])])

try:
    raise group()
except* ValueError as eg:
    print('values', repr(eg))
except* (TypeError, KeyError) as eg:
    print('others', repr(eg))

try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked', repr(eg), repr(eg.exceptions[0]))

try:
    try:
        raise KeyError('plain')
    except* ValueError:
        print('not here')
except KeyError as e:
    print('plain passes through', repr(e))

try:
    try:
        raise group()
    except* ValueError:
        print('only values')
except ExceptionGroup as e:
    print('rest', repr(e))

try:
    try:
        raise group()
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised', repr(e))

try:
    try:
        raise group()
    except* TypeError:
        raise RuntimeError('new one')
except ExceptionGroup as e:
    print('new', repr(e), repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError('x')
    except* ValueError:
        raise RuntimeError('replaced')
except RuntimeError as e:
    print('replaced', repr(e), repr(e.__context__))

def handled():
    try:
        raise group()
    except* ValueError as eg:
        print('in handler', type(sys.exc_info()[1]).__name__)
    except* TypeError:
        pass
    except* KeyError:
        pass
    print('after', sys.exc_info())
handled()

try:
    try:
        raise group()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    raise group()
except* ValueError:
    raise ValueError('from handler')
