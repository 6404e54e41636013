# help exists in a program run by `socklab run` (python3's is site._Helper): callable, its repr is
# CPython's sentence, and it is found in builtins. (What help(x) prints is pydoc's text in python3,
# socklab's own docs here: not compared.)
import builtins
print(callable(help))
print(help)
print(repr(help))
print(builtins.help is help)
