# exit: 1
# compare: stderr
# An unterminated triple-quoted string: detected at the last line of the file.
banner = """welcome

print(banner)

