# __init_subclass__ (issue 9): run for each new subclass with the class statement's keywords
# (class Echo(Plugin, name='echo')), through a mixin and a grandchild, as a plain def or a
# @classmethod; CPython's TypeError for keywords nobody takes.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.__name__)
class Mixin:
    pass
class Echo(Plugin, name='echo'):
    pass
class Chat(Mixin, Plugin):
    pass
class Sub(Chat):
    pass
print(Plugin.registry, Echo.plugin_name, Chat.plugin_name, Sub.plugin_name)
class A0: pass
try:
    class B(A0, x=1): pass
except TypeError as e: print(e)
class P:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Q(P, y=2): pass
except TypeError as e: print(e)
class R:
    @classmethod
    def __init_subclass__(cls, tag='t'):
        cls.tag = tag
class S(R, tag='s'): pass
class T(S): pass
print(S.tag, T.tag)
