# exit: 1
# compare: stderr
# An error inside a comprehension: the enclosing frame underlines the comprehension (CPython 3.11
# calls it as a function), then the <dictcomp>/<listcomp> frame underlines the failing call.
def parse(lines):
    return {k: int(v) for k, v in (l.split('=') for l in lines)}


squares = {x * x for x in {1, 2}}
print(sorted(squares), parse(['a=1']))
total = sum([len(w) for w in ['ab', 'c']]) + len({c for c in 'xyz'})
print(total)
print(parse(['a=1', 'b=x']))
