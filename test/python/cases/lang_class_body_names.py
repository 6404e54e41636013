# Class-body names: a name the body has assigned is the class's (LOAD_NAME), else the global one;
# methods and lambdas see only globals; a lambda or def assigned in a class body is a method (self first).
x = 'global x'
class Config:
    HOST = '127.0.0.1'
    PORT = 9999
    ADDR = (HOST, PORT)
    x = x + ' seen in class'
    doubled = [PORT * 2]
    f = lambda self: x
    def method(self):
        return x
    alias = method
print(Config.ADDR, Config.x, Config.doubled, Config().f(), Config().method(), Config().alias())
print(Config.alias is Config.method)
try:
    class Broken:
        a = 1
        b = undefined_name
except NameError as e:
    print('NameError:', e)
class Server:
    BUFSIZE = 1024
    def __init__(self):
        self.buf = self.BUFSIZE // 2
print(Server().buf, Server.BUFSIZE)
