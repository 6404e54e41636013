# A JavaScript method of the value underneath (list.push, set.has, dict.has, Array.map) is not a
# Python method: CPython's AttributeError, never a JavaScript TypeError.
tests = [lambda: [1].map(str), lambda: {1}.has(1), lambda: {'a': 1}.has('a'), lambda: [3].push(1), lambda: (1,).push(2),
         lambda: frozenset([1]).add(2), lambda: {1}.forEach(print), lambda: 'ab'.at(0), lambda: [1].length]
for t in tests:
    try:
        print(t())
    except AttributeError as e:
        print('AttributeError:', e)
