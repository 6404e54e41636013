# exit: 1
# compare: stderr
# A NameError in a class body: the class statement's frame, then the body's `in Config`, with the
# missing name underlined.
class Config:
    host = '127.0.0.1'
    port = default_port
