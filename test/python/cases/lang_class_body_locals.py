# locals(), vars() and dir() in a class body are the class's namespace so far (__module__,
# __qualname__, __doc__, then the names the body has bound, in order), not the module's; dir() with
# no argument in a function is its variables' names, at module level the module's names.
class A:
    """Doc."""
    print(locals())
    x = 1

    def m(self):
        return 1
    print(sorted(locals()), dir())
    y = [k for k in locals()]
    print(sorted(vars()))


print(A.y)


class B:
    HOST = 'h'
    print(locals())
    print(dir())


def f():
    class C:
        z = 2
        print(locals()['__qualname__'], locals()['z'], dir())
    return C


f()


def g(a, b=2):
    c = 3
    print(dir(), sorted(locals()))


g(1)
print(sorted(k for k in dir() if not k.startswith('__')))
