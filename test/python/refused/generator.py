# A generator function (yield) is outside the subset: refused before anything runs.
print('this must not run')
def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]  # refused here
print(list(chunks(b'abcdef', 4)))
