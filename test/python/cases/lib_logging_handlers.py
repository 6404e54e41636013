# logging.Handler subclassed with its own emit(record) (a LogRecord: levelname, getMessage(), …),
# its __init__(level) through super(); a StreamHandler subclass whose emit() changes the record and
# calls super().emit(); a handler without a formatter writes the bare message; LogRecord made by
# hand and formatted.
import logging, sys

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

h = ListHandler()
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log = logging.getLogger('app')
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.info('hello %s', 'world')
log.warning('careful')
log.debug('details')
print(h.records)

class Upper(logging.Handler):
    def emit(self, record):
        print('UPPER', record.getMessage().upper(), record.levelname, record.levelno, record.name)
u = Upper(level=logging.WARNING)
log.addHandler(u)
log.info('skipped by level')
log.error('boom %d', 3)
print(u.level, isinstance(u, logging.Handler))


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.lines = []
    def emit(self, record):
        self.lines.append((record.levelname, record.name, record.getMessage(), record.lineno, record.funcName, record.args))

c = Collect(logging.INFO)
log = logging.getLogger('svc')
log.setLevel(logging.DEBUG)
log.addHandler(c)
def work():
    log.debug('not collected')
    log.info('client %s:%d', 'localhost', 80)
work()
log.error('plain')
print(c.lines)
print(repr(c), c.level, c.formatter)

class Tagged(logging.StreamHandler):
    def emit(self, record):
        record.msg = '[tagged] ' + record.msg
        super().emit(record)

t = Tagged(sys.stdout)
t.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
other = logging.getLogger('other')
other.addHandler(t)
other.warning('disk %d%% full', 91)

plain = logging.StreamHandler(sys.stdout)
p = logging.getLogger('plain')
p.addHandler(plain)
p.warning('bare message %s', 'only')

class Broken(logging.Handler):
    pass
b = Broken()
try:
    b.emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
r = logging.LogRecord('name', logging.INFO, '/x/prog.py', 12, 'got %s', ('it',), None)
print(r, r.getMessage(), r.levelname, r.filename, r.module)
print(logging.Formatter('%(levelname)s|%(message)s').format(r))
print(isinstance(c, logging.Handler), isinstance(t, logging.StreamHandler), logging.Handler, logging.LogRecord)
