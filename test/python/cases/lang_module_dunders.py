"""A module's docstring is its __doc__.

Second line."""
# __main__'s own names: __file__ (absolute, as given), __doc__, __spec__, __package__, __name__.
import os

print(repr(__doc__))
print(os.path.basename(__file__), os.path.isabs(__file__), __file__.endswith('lang_module_dunders.py'))
print(__spec__, __package__, __name__)


def f():
    "f's doc"


class C:
    """C's doc"""


print(f.__doc__, C.__doc__)
