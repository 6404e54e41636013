# Module json: dumps (separators, indent, sort_keys, ensure_ascii, default=, key conversion, the
# float/int/bool/None spellings), loads of str/bytes/bytearray, JSONDecodeError's positions and
# messages, dump/load on files from open(). Ends with an uncaught JSONDecodeError.
# exit: 1
import json, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "data.json")
for s in ["", "  ", "{", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "\"abc", "\"a\x01b\"", "\"a\\qb\"", "\"\\u12\"", "1 2", "{\"a\":}", "{1:2}", "[", "nul", "-", "\ufeff1", "01", "\n\n  x", "[1,\n 2,\n x]", "\"ab\\", "1.5e3", "-0", "12345678901234567890", "{\"a\": {\"b\": [1, 2, {}]}}"]:
    try: print(repr(s), json.loads(s))
    except json.JSONDecodeError as e: print(repr(s), e, e.pos, e.lineno, e.colno, e.msg)
print(json.dumps({1:2, 1.5:3, True:4, None:5, "é":"\U0001f600\x7f\x01"}))
print(json.dumps({"é":"\U0001f600\x7f\x01\n\"q\\"}, ensure_ascii=False))
print(json.dumps([1.0, 1e20, 1e16, 0.1, -0.0, float("nan"), float("inf"), (1,2), 10**30, False], indent=2))
print(json.dumps({"b":1,"a":[]}, sort_keys=True, indent="\t", separators=(",", ":")))
print(json.dumps({}, indent=2), json.dumps([[]], indent=0))
try: json.dumps(b"x")
except TypeError as e: print(e)
try: json.dumps({"a": {1, 2}})
except TypeError as e: print(e)
try: json.dumps({(1,2):3})
except TypeError as e: print(e)
print(json.dumps({(1,2):3, "k": 1}, skipkeys=True))
try: json.dumps(1, foo=2)
except TypeError as e: print(e)
try: json.loads(5)
except TypeError as e: print(e)
print(json.loads(b"{\"a\": [1, 2.5, true, null, \"\\u00e9\\ud83d\\ude00\"]}"))
print(json.loads(bytearray(b"[1]")))
print(repr(json.JSONDecodeError))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
class P:
    def __init__(self, x): self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: o.__dict__))
print(json.dumps({"cmd": "ls", "size": 1024, "md5": None}))
a = []
a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
with open(path, "w") as f:
    json.dump({"user": "张三", "n": [1, 2]}, f)
with open(path) as f:
    print(json.load(f))
with open(path) as f:
    print(f.read())
try:
    json.loads("{'a': 1}")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(os.path.dirname(path))
json.loads("[1, 2")
