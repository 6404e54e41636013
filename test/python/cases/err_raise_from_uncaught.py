# exit: 1
# compare: stderr
# raise ... from ...: CPython prints both tracebacks joined by "The above exception was the direct cause".
def load(name):
    raise KeyError(name)

def main():
    try:
        load('port')
    except KeyError as e:
        raise RuntimeError('no port configured') from e

main()
