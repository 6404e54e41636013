# exit: 1
# compare: stderr
# A traceback through an inherited __init__ names the frame __init__ (no frame for the class itself).
class Base:
    def __init__(self, x):
        self.x = int(x)
class Child(Base):
    pass
c = Child('q')
