# A metaclass is outside the subset: refused before anything runs.
print('this must not run')
class Meta(type):  # refused here
    pass
class Handler(metaclass=Meta):  # refused here
    pass
print(Handler)
