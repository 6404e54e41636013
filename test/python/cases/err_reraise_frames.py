# Tracebacks of an exception raised again: `raise e` lists the raising frame, then the frames it
# had from the handler down; a bare `raise` in a function the handler calls lists its callers only.
# compare: stderr
# exit: 1
import traceback, sys

def inner():
    raise ValueError("boom")

def middle():
    try:
        inner()
    except ValueError as e:
        raise e

def again():
    try:
        middle()
    except ValueError:
        raise

def helper():
    raise

def handler_calls_helper():
    try:
        again()
    except ValueError:
        helper()

try:
    handler_calls_helper()
except ValueError:
    traceback.print_exc(file=sys.stdout)

def twice():
    try:
        inner()
    except ValueError as e:
        err = e
    try:
        raise err
    except ValueError as e2:
        print("second", e2)
        raise e2

try:
    twice()
except ValueError:
    print("".join(traceback.format_exc()))

def chain():
    try:
        inner()
    except ValueError as e:
        raise KeyError("k") from e

try:
    chain()
except KeyError as k:
    try:
        raise k
    except KeyError:
        traceback.print_exc(file=sys.stdout)

import threading

def in_thread():
    try:
        middle()
    except ValueError:
        helper()

t = threading.Thread(target=in_thread)
t.start()
t.join(5)

def nested_helper():
    def deeper():
        raise
    deeper()

try:
    inner()
except ValueError:
    nested_helper()
