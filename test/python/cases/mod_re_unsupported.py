# re constructs socklab's RegExp translation refuses (a known gap): a conditional group
# (?(1)yes|no), which JS RegExp has no way to say. socklab stops with NotImplementedError.
import re
print(re.findall(r'(<)?\w+(?(1)>|$)', '<a> b'))
