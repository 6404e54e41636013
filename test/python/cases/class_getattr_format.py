# str.format's `{0.name}` reads an attribute as `obj.name` does: a class's __getattr__ answers.
class Config:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def address(self):
        return (self.host, self.port)


c = Config(host='127.0.0.1', port=8080)
print('{0.host}:{0.port}'.format(c))
print('{c.address}'.format(c=c))
print(f'{c.host}:{c.port}')
try:
    '{0.missing}'.format(c)
except AttributeError as e:
    print('AttributeError:', e)
