# exit: 1
# compare: stderr
# A class pattern with more positional sub-patterns than the class's __match_args__ names.
class Message:
    __match_args__ = ('kind',)

    def __init__(self, kind, body):
        self.kind = kind
        self.body = body


def route(m):
    match m:
        case Message('chat', text):
            return text
        case _:
            return None


print(route(Message('chat', 'hi')))
