# exit: 1
# compare: stderr
# A try: with neither except nor finally at the end of the file: the body's last line, no caret.
try:
    x = 2
