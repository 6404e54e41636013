# compare: stderr
# exit: 1
# BaseException.with_traceback() (the frames of the traceback it is given follow the raise line), add_note()
# and __notes__ (3.11: printed under the exception line, by the interpreter and the traceback
# module), __traceback__ in an except block and assigned, and an exception made in one place and
# raised in another (the traceback starts at the raise).
import traceback, sys
try:
    raise ValueError("bad")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    e2 = KeyError("k").with_traceback(e.__traceback__)
    print(repr(e2), e2.__traceback__ is e.__traceback__)
    print(KeyError("z").with_traceback(None).__traceback__)
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
e = ValueError("x")
print(e.__traceback__)
e.add_note("first note")
e.add_note("second\nline")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
try:
    raise e
except ValueError as v:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(type(v), v))

def make(msg):
    return ValueError(msg)
def inner():
    raise OSError("low level")
try:
    raise make("made in a helper")
except ValueError:
    traceback.print_exc()
try:
    try:
        inner()
    except OSError as e:
        raise RuntimeError("wrapped").with_traceback(e.__traceback__)
except RuntimeError:
    traceback.print_exc()
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exc_info()[2] is e.__traceback__)
    e.__traceback__ = None
    print(e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print(t)
err = TypeError("t")
err.add_note("Note one")
err.add_note("Note two")
print(err.__notes__, str(err), repr(err))
e = ValueError("v")
e.__notes__ = ["a", 3, b"x"]
print(traceback.format_exception_only(ValueError, e))
e.__notes__ = "str-notes"
print(traceback.format_exception_only(ValueError, e))
e.__notes__ = 5
print(traceback.format_exception_only(ValueError, e))
e.__notes__ = ("t1", "t2")
print(traceback.format_exception_only(ValueError, e))
try:
    e.add_note("x")
except TypeError as t:
    print(t)
e.__notes__ = [1, "y"]
def top():
    raise err
top()
