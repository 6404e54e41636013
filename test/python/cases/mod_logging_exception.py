# logging: a record's caller (%(lineno)d, %(funcName)s, %(filename)s, %(module)s are the line that
# logged: module level, a function, a method, a lambda), logger.exception() and exc_info= (True,
# an exception, outside a handler: 'NoneType: None') with the traceback under the message,
# stack_info=, extra=, CPython's errors for a bad keyword, a missing message, an overwriting
# extra, and a message that cannot be formatted (reported, the program goes on).
# compare: stderr
import logging
import sys

logging.basicConfig(format='%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s', level=logging.DEBUG)
log = logging.getLogger('server')
log.info('at module level')


def handle(data):
    log.debug('handling %r', data)
    try:
        return int(data)
    except ValueError:
        log.exception('bad request %r', data)
        log.warning('again, as a warning', exc_info=True)
        return None


class Conn:
    def close(self):
        log.info('closing')


print(handle('12'), handle('x'))
Conn().close()
(lambda: log.error('from a lambda'))()
try:
    {}['key']
except KeyError as e:
    saved = e
log.error('saved: %s', saved, exc_info=saved)
logging.exception('outside a handler')
log.info('with a stack', stack_info=True)
log.info('client %(client)s', extra={'client': '127.0.0.1'})
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('{levelname}:{lineno}:{message}', style='{'))
out = logging.getLogger('out')
out.addHandler(h)
out.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    out.error('to stdout', exc_info=True)
for call in (lambda: log.info('x', colour='red'), lambda: log.info(), lambda: logging.info(), lambda: log.log(),
             lambda: log.info('x', extra={'lineno': 1}), lambda: log.info('x', extra={'message': 1})):
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
log.info('%d clients', 'many')
log.debug('%d clients, reported again', 'many')
print('still running')
