# Subset: try/except/else/finally, except X as e, tuples of classes, e.args, e.errno, raise,
# re-raise, raise ... from ..., custom exception classes, the order finally runs in.
import socket
def risky(kind):
    try:
        if kind == 'value':
            raise ValueError('bad value', 42)
        if kind == 'key':
            return {}['missing']
        if kind == 'os':
            raise OSError(98, 'Address already in use')
        result = 'fine'
    except ValueError as e:
        print('ValueError', e.args, str(e))
        return 'handled value'
    except (KeyError, IndexError) as e:
        print(type(e).__name__, repr(e), e.args)
        return 'handled key'
    except OSError as e:
        print('OSError', e.errno, e.strerror, e)
        return 'handled os'
    else:
        print('no exception')
        return result
    finally:
        print('finally for', kind)
for kind in ['value', 'key', 'os', 'none']:
    print('->', risky(kind))
class ChatError(Exception):
    pass
class ChatClosed(ChatError):
    def __init__(self, peer):
        super().__init__('chat with %s closed' % peer)
        self.peer = peer
try:
    raise ChatClosed('B')
except ChatError as e:
    print(type(e).__name__, e, e.peer, isinstance(e, Exception))
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('cannot convert %r' % text) from e
try:
    convert('abc')
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('re-raising')
        raise
except ArithmeticError as e:
    print('outer caught', type(e).__name__, e)
try:
    raise ConnectionRefusedError(111, 'Connection refused')
except OSError as e:
    print(type(e).__name__, e.errno, isinstance(e, ConnectionError), e)
print(OSError(111, 'Connection refused').__class__.__name__)
try:
    socket.socket().connect(('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print('refused', e.errno, e.args)
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args, str(e) == '')
def cleanup():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(cleanup())
try:
    pass
finally:
    print('bare try/finally')
try:
    [1, 2][5]
except Exception as e:
    print(e)
try:
    raise TypeError('a', 'b')
except TypeError as e:
    print(e)
