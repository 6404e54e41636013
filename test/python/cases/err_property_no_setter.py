# compare: stderr
# exit: 1
# Assigning to a read-only property (issue 9): 3.11's "property 'port' of 'Server' object has no setter".
class Server:
    @property
    def port(self):
        return 9999

s = Server()
print(s.port)
s.port = 8080
