# An instance's __dict__ writes through, as CPython's own dict: self.__dict__.update(kwargs) in
# __init__ and __setstate__, item assignment and deletion, setdefault/pop; type() is dict, json.dumps takes it.
class Config:
    def __init__(self, **kwargs):
        self.host = '127.0.0.1'
        self.__dict__.update(kwargs)

    def __setstate__(self, state):
        self.__dict__.update(state)


c = Config(port=0, backlog=5)
print(c.host, c.port, c.backlog, sorted(vars(c)))
c.__dict__['timeout'] = 2.5
print(c.timeout)
del c.__dict__['backlog']
print(hasattr(c, 'backlog'), sorted(c.__dict__))
s = Config()
s.__setstate__({'x': 1, 'y': 2})
print(s.x, s.y)
c.__dict__.setdefault('retries', 3)
print(c.retries, c.__dict__.pop('retries'), hasattr(c, 'retries'))
print(type(c.__dict__).__name__, c.__dict__ == vars(c))
import json
print(json.dumps(c.__dict__, sort_keys=True), {**c.__dict__} == dict(c.__dict__), repr(Config(a=1).__dict__))
