# Valid Python that Lezer's grammar lacks: an unparenthesized tuple as match's subject, open
# sequence patterns (`case 1, *rest:`, with a guard), implicit string concatenation in a pattern,
# PEP 614 decorators; a traceback after them keeps its line numbers and carets.
# compare: stderr
# exit: 1
def classify(*point):
    match point[0], point[1]:
        case 0, 0:
            return "origin"
        case 0, y if y > 0:
            return f"up {y}"
        case x, 0:
            return f"x {x}"
        case [x, y]:
            return f"at {x},{y}"

for p in [(0, 0), (0, 3), (2, 0), (4, 5)]:
    print(classify(*p))

def head(items):
    match items:
        case 1, *rest:
            return ("one then", rest)
        case *init, last:
            return ("last", last, init)
        case ():
            return "empty"

print(head([1, 2, 3]), head((4, 5)), head([]))

def greet(word):
    match word:
        case "hel" "lo":
            return "greeting"
        case 'bye' | "good" 'bye':
            return "farewell"
        case b:
            return "other " + b

print(greet("hello"), greet("goodbye"), greet("bye"), greet("x"))

class Button:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(f):
            self.handlers[name] = f
            return f
        return register

buttons = [Button(), Button()]
handlers = {"x": lambda f: f}

@buttons[1].on("click")
@handlers["x"]
def clicked(n):
    return n * 2

print(buttons[1].handlers["click"](21), clicked(1))

match 1, 2:  # a comment
    case a, b: print("inline", a + b)

x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject")
        undefined_name + 1
