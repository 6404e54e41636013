# An enum lookup by a name that is no member's, uncaught: `KeyError: 'BLUE'`.
# exit: 1
from enum import Enum


class Color(Enum):
    RED = 1


print(Color['RED'])
print(Color['BLUE'])
