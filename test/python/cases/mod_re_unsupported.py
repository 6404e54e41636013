# re constructs socklab's RegExp translation refuses (a known gap): (?i:...) on part of a
# pattern, a possessive quantifier, an atomic group. socklab stops with NotImplementedError.
import re
print(re.findall('(?i:a)b', 'Ab ab aB'))
print(re.findall('a++b', 'aab'))
print(re.findall('(?>a+)b', 'aab'))
