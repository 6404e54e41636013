# An enum lookup by a value that is no member's, uncaught: CPython's traceback ends with
# `ValueError: 7 is not a valid Status`.
# exit: 1
from enum import Enum


class Status(Enum):
    OK = 200
    NOT_FOUND = 404


print(Status(200))
print(Status(7))
