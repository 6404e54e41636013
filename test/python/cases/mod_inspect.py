# inspect (issue 9): signature() of a tutorial's handler functions and methods (parameter names,
# kinds, defaults, str and repr, bind), the predicates, getmembers of a class and getdoc. No
# annotations and no positional-only markers: socklab does not keep those.
import inspect
import socket

def handle(conn, addr, bufsize=1024, *extra, timeout=None, verbose=False, **options):
    """Serve one client.

        Reads until the peer closes.
    """
    return None

class Server:
    """A tiny TCP server."""
    backlog = 5

    def __init__(self, host='127.0.0.1', port=0):
        self.host = host
        self.port = port

    def serve(self, limit, *, log=print):
        pass

    @staticmethod
    def helper(x, y=2):
        pass

sig = inspect.signature(handle)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, int(p.kind), p.kind.description, p.default is inspect.Parameter.empty, repr(p), p.annotation is p.empty)
print(list(sig.parameters), len(sig.parameters), 'timeout' in sig.parameters, sig.return_annotation is inspect.Signature.empty)
print(sig.parameters['bufsize'].default, sig.parameters['timeout'].default, str(sig.parameters['extra']), str(sig.parameters['options']))
print(inspect.signature(Server), inspect.signature(Server.serve), inspect.signature(Server().serve), inspect.signature(Server.helper))
print(inspect.signature(lambda a, b=3: a), inspect.signature(lambda *args, **kw: 0))
b = sig.bind('c', ('127.0.0.1', 1), 10, 'x', verbose=True, level=2)
print(b, b.args, b.kwargs)
b = inspect.signature(Server.helper).bind(1)
b.apply_defaults()
print(b.arguments, b)
try:
    sig.bind()
except TypeError as e:
    print('TypeError:', e)
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter('a', 1), inspect.Parameter('k', 3)]))
print(inspect.Parameter.POSITIONAL_OR_KEYWORD, repr(inspect.Parameter.VAR_KEYWORD), inspect.Parameter.empty)
print(inspect.isfunction(handle), inspect.isfunction(Server().serve), inspect.ismethod(Server().serve), inspect.ismethod(handle))
print(inspect.isclass(Server), inspect.isclass(Server()), inspect.isbuiltin(len), inspect.isbuiltin(handle), inspect.ismodule(socket))
print(inspect.isroutine(print), inspect.isroutine(Server.serve), inspect.iscoroutinefunction(handle), inspect.isgenerator(x for x in []))
print([name for name, _ in inspect.getmembers(Server, inspect.isfunction)], [n for n, v in inspect.getmembers(Server) if n == 'backlog'])
print(inspect.getmembers(Server(port=8), lambda v: isinstance(v, (int, str))))
print(repr(inspect.getdoc(handle)), inspect.getdoc(Server), inspect.getdoc(Server.serve), repr(inspect.cleandoc('  a\n    b\n  c\n')))
for bad in [lambda: inspect.signature(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
