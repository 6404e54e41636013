# Log lines as tutorials stamp them: logging.basicConfig's format, time.strptime/strftime/mktime/
# asctime over a struct_time, datetime's strftime/isoformat/timedelta, and strptime's errors.
import logging
import time
import datetime
import socket

logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('server')
log.info('server starting on %s:%d', '127.0.0.1', 8080)
log.debug('debug %r', b'x')
log.warning('disk %d%% full', 93)
logger2 = logging.getLogger(__name__)
logger2.error('failed: %s', ConnectionRefusedError(111, 'Connection refused'))
t = time.strptime('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S')
print(time.strftime('%Y-%m-%d %H:%M:%S', t), t.tm_year, t.tm_yday, t.tm_wday)
print(time.strftime('[%a %b %d %H:%M]', t))
d = datetime.datetime(2024, 3, 5, 14, 7, 9, 123456)
print(d, repr(d))
print(d.strftime('%Y/%m/%d %H:%M:%S.%f'), d.isoformat(), d.date(), d.time())
print(d + datetime.timedelta(days=1, hours=12), (d - datetime.datetime(2024, 1, 1)).days)
print(datetime.datetime.strptime('2024-03-05', '%Y-%m-%d').weekday())
now = datetime.datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(time.time(), float))
print('%s [%s] %s' % (d.strftime('%H:%M:%S'), 'INFO', 'client connected'))
print(datetime.date(2024, 2, 29).isoformat(), datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
print(datetime.timedelta(seconds=3725), datetime.timedelta(seconds=3725).total_seconds())
print(time.localtime(0).tm_year, time.gmtime(0))
print(time.asctime(t), time.mktime(t) > 0)

for f in [lambda: time.strptime(1), lambda: time.strptime('x', 2), lambda: time.strptime('2024', '%Y-%m'), lambda: time.strptime('Tue Mar  5 14:07:09 2024'), lambda: time.mktime((2024, 1, 2, 3, 4, 5, 0, 0, 0)), lambda: time.strftime('%d/%m', (2024, 1, 2, 3, 4, 5, 0, 0, 0)), lambda: time.strptime('10:30 PM', '%I:%M %p')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.asctime((2024, 1, 2, 3, 4, 5, 0, 0, 0)), time.asctime((2024, 1, 2, 3, 4, 5, 6, 0, 0)))
