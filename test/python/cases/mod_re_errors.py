# re.error: CPython's message and position for bad patterns and bad replacement templates,
# its msg/pos/pattern attributes, and an uncaught one (the traceback's last line).
# exit: 1
import re

def t(f):
    try: print(repr(f()))
    except re.error as e: print('re.error:', e, '|', e.msg, e.pos, repr(e.pattern))
    except Exception as e: print(type(e).__name__, e)

for p in ['a{2,1}', '*a', 'a**', '(a', 'a)', '[a', '\\q', '(?i)a(?m)b', '(?P<1>a)', '\\2(a)', '(a)\\2', '[\\A]',
          '(?P=x)', '^*', '\\b*', 'a*?*', 'a{2}{3}', 'a|*', '[z-a]', '[\\w-z]', '[a-\\w]', '\\x4', '\\777',
          '(?P<a>x)(?P<a>y)', '(?P<a>x(?P=a))', '(?Q)', '(?<a>x)', 'a(?i)', '\\', '(?#x', 'ab\n(c', '(?P<a', '\\u12', b'\\u1234']:
    t(lambda: re.compile(p))
for tp in ['\\q', '\\g<x>', '\\3', '\\g<1', '\\g', '\\g<>', '\\g<1x>']:
    t(lambda: re.sub('(a)(b)?', tp, 'ab a'))
re.compile('[')
