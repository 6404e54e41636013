# enum.Enum as tutorials use it: class-syntax members with their name and value, repr/str/format,
# lookup by value (Color(1)) and by name (Color['RED']), iteration and len() in definition order
# (an alias is not iterated but is in __members__), `in`, identity, hashing as dict keys, a match
# on members, methods and a classmethod, and the errors: an unknown value or name, assigning a
# member's name/value or rebinding a member, ordering two members, extending an enum that has members.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f'{self.name.lower()} is #{self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color, type(Color.RED))
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(Color.__members__)
print(list(Color.__members__.items())[-1])
print(Color(2), Color['BLUE'], Color(Color.BLUE), Color(1) is Color.RED)
print(f'{Color.RED}|{Color.GREEN:>12}|', format(Color.BLUE), '%s' % Color.RED, str(Color.GREEN))
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), Color.__name__)
print(Color.RED.describe(), Color.default(), [c.name for c in Color])
for i, c in enumerate(Color, 1):
    print(i, c, c.value)

colors = {Color.RED: 'stop', Color.GREEN: 'go'}
colors[Color.BLUE] = 'calm'
print(colors, colors[Color.CRIMSON], Color.GREEN in colors)
print(sorted(Color, key=lambda c: c.value, reverse=True))


def react(c):
    match c:
        case Color.RED:
            return 'brake'
        case Color.GREEN | Color.BLUE:
            return 'drive'
    return 'unknown'


print([react(c) for c in Color])

for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: Color('RED')):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

for attr in ('name', 'value'):
    try:
        setattr(Color.RED, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
try:
    Color.RED = 9
except AttributeError as e:
    print('AttributeError', e)
Color.RED.note = 'an instance attribute is fine'
print(Color.RED.note)
try:
    print(Color.RED < Color.GREEN)
except TypeError as e:
    print('TypeError', e)


# A base enum without members lends its methods; one with members cannot be extended.
class Greeter(Enum):
    def hello(self):
        return 'hi ' + self.name


class Mood(Greeter):
    HAPPY = 1


print(Mood.HAPPY.hello(), list(Greeter), len(Greeter))
try:
    class MoreColor(Color):
        PINK = 5
except TypeError as e:
    print('TypeError', e)
