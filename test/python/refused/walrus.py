# The walrus operator (:=) is outside the subset: refused before anything runs.
print('this must not run')
chunks = [b'ab', b'']
while (data := chunks.pop(0)):  # refused here
    print(data)
