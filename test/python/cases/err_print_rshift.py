# compare: stderr
# exit: 1
# Python 2's `print >>sys.stderr, "x"` is valid Python 3: a `>>` of the print function and a tuple,
# whose TypeError names sys.stderr's type and hints at print(..., file=...). A `print` that goes on
# as a name (`print = 5`, `print -1`, `print; …`) is one too; `print "x"` stays the legacy error.
import sys
print; print == print
sys.stdout.write(str(sys.stderr) + "\n")
try:
    print -1
except TypeError as e:
    sys.stdout.write(str(e) + "\n")
print >>sys.stderr, "x"
