# exit: 1
# compare: stderr
# CPython 3.11's markers in a file traceback: ^^^^ under a call that is part of a longer line,
# ~~^~~ under a failing binary operation, none under a call that is the whole line.
def parse(text):
    return text + 1

def handle(line):
    return [parse(line)]

handle
print('handling', handle('x'))
