# exit: 1
# compare: stderr
# A name followed by a string is not a missing comma (f"..." and b"..." look like that): plain invalid syntax under the string.
reply = 'hello'
print(reply 'world')
