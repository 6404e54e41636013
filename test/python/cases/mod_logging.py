# logging: the module-level calls (basicConfig() on first use: WARNING:root:... on stderr),
# getLogger() and its dotted hierarchy, levels of loggers and handlers, propagate, a StreamHandler
# on stdout with a Formatter, the last-resort handler, getLevelName(), the reprs.
# compare: stderr
import logging
import sys
logging.warning('first %s', 'warning')
logging.info('not shown')
logging.error('an error: %d', 42)
print(logging.getLogger().level, logging.WARNING, logging.getLevelName(20), logging.getLevelName('ERROR'), logging.getLevelName(5))
root = logging.getLogger()
print(root, root.name, len(root.handlers), logging.getLogger('root') is root, logging.getLogger('') is root)
log = logging.getLogger('server')
print(log, log.name, log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), log.parent is root)
log.warning('from %s', log.name)
log.setLevel(logging.DEBUG)
print(log, log.isEnabledFor(logging.DEBUG))
log.debug('debug passes the logger but not the root handler? %s', 'no: handlers have NOTSET')
child = logging.getLogger('server.conn')
print(child.parent is log, child.getEffectiveLevel())
child.info('child info')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s: %(message)s'))
h.setLevel(logging.INFO)
log.addHandler(h)
log.info('to stdout and stderr')
log.debug('debug only to stderr')
log.propagate = False
log.error('only stdout')
child.critical('child critical, via server handler')
print(h, h.level, h.formatter is not None)
log.removeHandler(h)
log.error('no handlers at all: last resort')
logging.log(logging.ERROR, 'via log()')
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.WARN, logging.FATAL)
