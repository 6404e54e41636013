# inspect.signature of builtins and socket methods that python3 3.11 knows (its text signatures,
# with the '/' of positional-only parameters), their parameters' kinds, bind() through them, and
# the ValueError of socket methods CPython has no signature for.
import inspect
import socket

for f in [len, print, divmod, abs, isinstance, repr, sorted, input, sum, round, hasattr, open, pow, format, chr, ord]:
    sig = inspect.signature(f)
    print(f.__name__, sig, [str(p.kind) for p in sig.parameters.values()])
print(inspect.signature(len).bind([1, 2]).arguments)
try:
    inspect.signature(len).bind(obj=[1])
except TypeError as e:
    print('TypeError:', e)
s = socket.socket()
for name in ['accept', 'close', 'detach', 'makefile', 'dup', 'bind', 'recv', 'settimeout']:
    try:
        print(name, inspect.signature(getattr(s, name)), inspect.signature(getattr(socket.socket, name)))
    except ValueError as e:
        print(name, 'ValueError:', str(e).split(' of ')[0])
s.close()
print(inspect.signature(socket.socket), inspect.signature(socket.getaddrinfo), inspect.signature(socket.getfqdn))
print(inspect.signature(print).parameters['end'].default == '\n', inspect.signature(sorted).parameters['key'].kind)
