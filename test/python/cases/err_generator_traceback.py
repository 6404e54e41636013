# compare: stderr
# exit: 1
# An error inside a generator's body (issue 9): the traceback goes from the loop that asked for
# the item (`for n in parse(...)`) to the generator's own frame.
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    return sum(parse(lines))

print(total(['1', '2']))
for n in parse(['3', 'x']):
    print(n)
