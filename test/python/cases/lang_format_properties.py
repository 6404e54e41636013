# str.format's attribute fields read properties (issue 9): '{0.p}'.format(obj) runs the getter,
# as obj.p does (also with a conversion, a spec, a subscript after it and format_map); its error is the getter's.
class Point:
    def __init__(self, x, y):
        self.x = x
        self._y = y
    @property
    def y(self):
        print('getter runs')
        return self._y * 10
    @property
    def pair(self):
        return [self.x, self._y]
class Boom:
    @property
    def bad(self):
        raise ValueError('no value here')
p = Point(1, 2)
print('{0.x} {0.y}'.format(p))
print('{p.y:>6}|{p.x!r}'.format(p=p))
print('{0.pair[1]}'.format(p))
print('{a.y}'.format_map({'a': p}))
print('{}'.format(p.y))
print(f'{p.y}')
try:
    '{0.bad}'.format(Boom())
except ValueError as e:
    print('ValueError', e)
try:
    '{0.z}'.format(p)
except AttributeError as e:
    print('AttributeError', e)
print('{0.real}'.format(3))
