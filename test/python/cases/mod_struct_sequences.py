# Struct sequences: sys.float_info, time.struct_time and os.stat_result are types of their own
# (<class 'time.struct_time'>), tuples of their visible fields with attribute-only ones
# (tm_zone, st_atime as a float), CPython's reprs, n_fields, readonly fields, the type called with a sequence.
import sys, time, os
fi = sys.float_info
print(type(fi), type(sys.int_info))
print(fi.dig, fi[6], len(fi), fi.radix)
print(repr(sys.int_info))
t = time.localtime(0)
print(type(t))
print(t.tm_year >= 1969, len(t), t[0] == t.tm_year)
g = time.gmtime(86400 * 365)
print(g)
print(g[:3], g.tm_yday, g.tm_zone, g.tm_gmtoff)
print(tuple(g))
print(isinstance(g, tuple))
st = os.stat(".")
print(type(st))
print(st.st_mode == st[0], len(st), isinstance(st.st_mtime, float), isinstance(st[8], int))
print(hasattr(time.struct_time, "_fields"), hasattr(g, "_fields"))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(type(g).__name__, type(g).__module__, type(fi).__name__)
try:
    g.tm_year = 5
except AttributeError as e:
    print(e)
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.mktime(time.localtime(1000)))
print(g == tuple(g), g == time.gmtime(86400 * 365))
print(os.stat_result)
e = OSError(2, 'No such file or directory', 'nofile')
print(type(e), e)
print(time.localtime().tm_zone, time.localtime().tm_gmtoff)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(sorted(x for x in dir(os.stat(".")) if x.startswith("st_")))
print(time.struct_time.__module__, os.stat_result.__module__, type(os.stat("/")).__name__, type(os.stat("/")).__qualname__)
try: time.struct_time((1,2,3))
except TypeError as e: print(e)
try: time.struct_time(range(12))
except TypeError as e: print(e)
x = time.struct_time(range(11)); print(x.tm_zone, x.tm_gmtoff, x)
x = time.struct_time(range(9)); print(x.tm_zone, x.tm_gmtoff)
try: os.stat("nofile")
except OSError as e: print(type(e).__name__, e, e.filename)
g = time.gmtime(0)
try: g.foo = 1
except AttributeError as e: print(e)
print(repr(sys.float_info))
print(time.localtime(0) == time.localtime(0), hash(g) == hash(tuple(g)))
