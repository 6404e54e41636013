# exit: 1
# compare: stderr
# A method written without self: on the class it runs, on an instance it is
# "S.run() takes 0 positional arguments but 1 was given".
class S:
    def run():
        print("run")
    def go(self):
        print("go")
S.run()
S().go()
try:
    S().run()
except TypeError as e:
    print(e)
try:
    S().run(1)
except TypeError as e:
    print(e)
S().run()
