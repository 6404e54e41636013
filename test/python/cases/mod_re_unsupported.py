# re constructs socklab's RegExp translation refuses (a known gap): (?i:...) on part of a
# pattern (Node 20's RegExp has no scoped modifiers). socklab stops with NotImplementedError.
import re
print(re.findall('(?i:a)b', 'Ab ab aB'))
