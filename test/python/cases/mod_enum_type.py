# type() of an enum class is enum.EnumType (EnumMeta), a subclass of type; type() of a member is its enum.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
class N(IntEnum):
    A = 1
class F(Flag):
    X = auto()
print(type(Color), type(N), type(F), type(IntFlag))
print(type(Color.RED), type(N.A), type(F.X))
print(type(Color) is enum.EnumMeta, enum.EnumType is enum.EnumMeta, enum.EnumMeta)
print(isinstance(Color, enum.EnumMeta), isinstance(Color, type), issubclass(enum.EnumType, type))
print(type(Enum), type(Color).__name__, type(Color).__mro__)
print(Color.__class__, Color.RED.__class__)
print(len(Color), list(Color), Color['RED'], Color(2))
print(enum.EnumType.__name__, enum.EnumType.__qualname__, enum.EnumType.__module__, enum.EnumType.__bases__, type(enum.EnumType))
Animal = Enum('Animal', 'CAT DOG')
print(type(Animal), type(Animal.CAT), isinstance(Animal, enum.EnumType), type(Color) is type)
class Plain: pass
print(type(Plain), isinstance(Plain, enum.EnumType), isinstance(Color.RED, enum.EnumType), issubclass(type(Color), type))
try:
    enum.EnumType('x')
except TypeError as e:
    print(e)
print(type(Color) == type(N) == type(F))
