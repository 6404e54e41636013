# enum's auto() (1, 2, 3… after the last value; a class's own _generate_next_value_), @unique
# (CPython's ValueError naming every alias), and members with an __init__ of their own (the
# Planet example of the enum HOWTO: a tuple value spread over __init__'s parameters) and a property;
# StrEnum (3.11: auto() is the lower-cased name, str() and format() the value, a str itself).
from enum import Enum, StrEnum, auto, unique


class Method(Enum):
    GET = auto()
    POST = auto()
    PUT = 10
    DELETE = auto()


print(list(Method), Method.DELETE.value)


class Direction(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Direction), Direction('south'))


@unique
class State(Enum):
    IDLE = 0
    BUSY = 1


print(State, list(State))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        DOS = 2
except ValueError as e:
    print('ValueError', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, repr(Planet.MERCURY))
print(round(Planet.EARTH.surface_gravity, 2), Planet((5.976e+24, 6.37814e6)))


class Verb(StrEnum):
    GET = auto()
    POST = 'POST'


print(Verb.GET, repr(Verb.GET), Verb.POST == 'POST', f'{Verb.GET:>5}|', Verb('get'), list(Verb))
print(Verb.GET.upper(), isinstance(Verb.GET, str), {'get': 1}[Verb.GET], '%s' % Verb.POST, Verb.GET + '!')
