# exit: 1
# compare: stderr
# Python 3.11 f-string errors: an unclosed brace, "f-string: expecting '}'", the caret after the string.
name = "server"
print(f"hello {name")
