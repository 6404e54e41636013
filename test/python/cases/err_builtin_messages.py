# CPython's exact TypeError/ValueError/IndexError texts for %-format, str.format, str/list methods
# and builtins given the wrong values (a learner's commonest mistakes), one line each.
tests = [lambda: '%d' % '3', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%s' % (1,), lambda: '%s' % [1, 2], lambda: '%5.1f%%' % 99.44,
         lambda: '{} {}'.format(1), lambda: '{0} {2}'.format(1, 2), lambda: '{:d}'.format('x'), lambda: '{:.2f}'.format('x'), lambda: '%i|%u' % (3, 4),
         lambda: '{:>{}}'.format('a', 4), lambda: '%-5d|' % 42, lambda: '%+d %+d' % (5, -5), lambda: '% d' % 5, lambda: '%#o %#x' % (8, 255),
         lambda: 'abc'.index('z'), lambda: [1].index(9), lambda: 'a'.join([1, 2]), lambda: int('5', base=1), lambda: chr(-1), lambda: 'x' * 'y',
         lambda: [] + (), lambda: {}.keys() + 1, lambda: None + 1, lambda: sorted([1, 'a']), lambda: max([]), lambda: min(1), lambda: 'abc'.split(''),
         lambda: 'abc'[1:2:0], lambda: (1, 2)[0:1] + [3], lambda: dict([(1, 2, 3)]), lambda: abs('x'), lambda: round('x'), lambda: hash([])]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(round(True), round(2.5), round(7, -1), round(1.25, 1))
