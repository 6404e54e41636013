# exit: 1
# compare: stderr
# Typographic quotes pasted from a web page: "invalid character" with one caret.
print(“hello”)
