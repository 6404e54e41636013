# exit: 1
# compare: stderr
# An error inside an except block (not a raise) chains the handled one as __context__; the
# handled exception's traceback starts at the frame that caught it.
def lookup(table, key):
    return table[key]

def middle():
    try:
        lookup({}, 'port')
    except KeyError:
        raise

def outer():
    try:
        middle()
    except KeyError as e:
        port = int('http') * 2

def main():
    outer()

main()
