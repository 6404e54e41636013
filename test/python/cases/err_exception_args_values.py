# exit: 1
# An exception keeps its arguments as given: floats stay floats, None stays None; OSError's
# filename of None is no filename; SystemExit prints a non-int code with str().
print(ValueError(2.0).args, Exception(1.5, 2.0), repr(Exception(None, 2.5)))
print(OSError(2.0).args, KeyError(3.0), ValueError(None))
e = OSError(2, 'x', None)
print(e.args, e.filename, e)
e = OSError(2, 'x', 'f.txt')
print(e.args, e.filename, e)
try:
    raise RuntimeError(0.5)
except RuntimeError as err:
    print(err, err.args)
raise SystemExit(2.0)
