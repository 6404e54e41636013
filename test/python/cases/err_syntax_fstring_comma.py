# exit: 1
# compare: stderr
# Two names in an f-string's braces: 3.11 compiles `(host port)` on its own and reports its error
# as the f-string's, "f-string: " before the message, the caret under that text.
host = '127.0.0.1'
port = 8080
print(f'connecting to {host port}')
