# compare: stderr
# exit: 1
# An error inside a decorated function (issue 9): the traceback goes through the wrapper's frame
# (`in wrapper`, the line that calls the wrapped function), then the function's own.
import functools

def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print('calling', f.__name__)
        return f(*args, **kwargs)
    return wrapper

@logged
def ratio(sent, received):
    return sent / received

print(ratio(4, 2))
print(ratio(1, 0))
