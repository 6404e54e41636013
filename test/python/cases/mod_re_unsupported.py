# re constructs socklab's RegExp translation refuses (a known gap): (?-i:...) inside a pattern
# that ignores case (Node 20's RegExp has no scoped modifiers). socklab stops with NotImplementedError.
import re
print(re.findall('(?-i:a)b', 'Ab ab aB', re.I))
