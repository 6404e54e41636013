# exit: 1
# compare: stderr
# An error raised by a method's default value: the class body's frame (`in Shape`) at the def,
# under the class statement's `in <module>`.
def unit():
    raise LookupError('no unit')


class Shape:
    sides = 4
    def area(self, scale=unit()):
        return scale
