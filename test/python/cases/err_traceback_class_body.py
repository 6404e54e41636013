# exit: 1
# compare: stderr
# An error raised in a class body: CPython's frame `in <module>` at the class statement, then the
# body's own frame named for the class (here inside a function: `in make`, `class Inner:`, `in Inner`).
def make():
    class Inner:
        size = 10
        half = size // 2
        bad = {}['missing']
    return Inner


try:
    make()
except KeyError as e:
    print('caught', e)
make()
