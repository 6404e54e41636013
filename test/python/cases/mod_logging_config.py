# logging.basicConfig: level=, format= (% and { styles), stream=, force=, datefmt=, asctime and
# msecs (checked by shape), filename= / filemode=, FileHandler, disable(), setLevel by name.
import logging, sys, os, tempfile
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s %(message)s', stream=sys.stdout)
logging.info('client %s connected', ('127.0.0.1', 80))
logging.debug('hidden')
logging.basicConfig(level=logging.DEBUG, format='ignored: a second basicConfig does nothing')
logging.warning('still %d handler', len(logging.getLogger().handlers))
logging.basicConfig(format='{levelname:<7}|{message}', style='{', stream=sys.stdout, force=True)
logging.warning('brace style')
logging.info('root level stays INFO: %s', logging.getLogger().level)
logging.basicConfig(format='%(asctime)s %(message)s', stream=sys.stdout, force=True)
class Capture:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)
    def flush(self):
        pass
cap = Capture()
logging.basicConfig(format='%(asctime)s|%(msecs)d|%(levelno)s|%(message)s', stream=cap, force=True)
logging.error('timed')
line = ''.join(cap.lines)
stamp, msecs, rest = line.split('|', 2)
day, clock = stamp.split(' ')
print(len(day), day.count('-'), len(clock), clock[8], clock.replace(':', '').replace(',', '').isdigit(), msecs.isdigit(), int(msecs) == int(clock[9:]), repr(rest))
cap.lines.clear()
logging.basicConfig(format='%(asctime)s %(message)s', datefmt='%H:%M', stream=cap, force=True)
logging.error('short')
short = ''.join(cap.lines)
print(len(short), short[2], short[5:])
path = os.path.join(tempfile.mkdtemp(), 'server.log')
logging.basicConfig(filename=path, filemode='w', format='%(levelname)s:%(message)s', force=True)
logging.warning('to the file')
logging.error('again')
with open(path) as f:
    print(repr(f.read()))
log = logging.getLogger('app')
fh = logging.FileHandler(path)
fh.setFormatter(logging.Formatter('%(name)s - %(levelname)s - %(message)s'))
log.addHandler(fh)
log.propagate = False
log.warning('appended')
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
logging.disable(logging.WARNING)
log.warning('disabled')
log.error('error passes')
print(log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.ERROR))
print(log.hasHandlers(), logging.getLogger('app.sub').getEffectiveLevel(), logging.getLogger('x').getChild('y').name)
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
logging.getLogger().setLevel('DEBUG')
print(logging.getLogger().level, logging.Formatter, isinstance(fh, logging.FileHandler), isinstance(fh, logging.StreamHandler))
