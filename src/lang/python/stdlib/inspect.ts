// Python's inspect module, the part a tutorial reaches for, written in Python and run once by the
// first import: signature() with Parameter, Signature and BoundArguments (bind, bind_partial,
// apply_defaults, the ValueErrors and TypeErrors python3 3.11 raises); the predicates
// (isfunction, isclass, ismethod, isbuiltin, ismodule, isroutine, iscoroutinefunction,
// isgeneratorfunction); getmembers, getdoc, cleandoc. A def's parameters come from socklab's own
// record of them (_parameters): positional-only markers (/) and annotations are not kept, so those
// parameters read as positional-or-keyword without annotations. Builtins and socket methods get
// the signatures python3 prints for them (its text signatures, '/' included) from a table;
// others raise ValueError as CPython does for a builtin without one. Not here: getsource() and
// getsourcelines() of the running program's code (OSError, as CPython for code without a file).
// Written by socklab from the Python documentation and python3's behaviour.
import { tuple } from '../../../socket/tuple.ts';
import { BOUND_FUNCTION, native } from '../runtime/call.ts';
import { parametersOf } from '../runtime/function-attributes.ts';

/** `_parameters(f, empty)`: f's parameters as (name, kind, default or `empty`) tuples, None for a builtin. */
export function inspectNatives(): Record<string, unknown> {
  return {
    _parameters: native('_parameters', (a) => {
      const f = a[0];
      const empty = a[1];
      if (typeof f !== 'function') return null;
      const p = parametersOf(f);
      if (p === undefined) return null;
      const bound = (f as unknown as Record<symbol, unknown>)[BOUND_FUNCTION] !== undefined;
      const values = p.defaultValues?.() ?? {};
      const out: unknown[] = [];
      if (p.implicitSelf && !p.noSelf && !bound) out.push(tuple('self', 1, empty));
      const firstDefault = p.positional.length - (p.defaults ?? 0);
      p.positional.forEach((n, i) => out.push(tuple(n, 1, i >= firstDefault ? values[n] : empty)));
      if (p.varargs !== undefined) out.push(tuple(p.varargs, 2, empty));
      for (const n of p.keywordOnly ?? []) out.push(tuple(n, 3, p.keywordDefaults?.includes(n) ? values[n] : empty));
      if (p.varkw !== undefined) out.push(tuple(p.varkw, 4, empty));
      return out;
    }),
  };
}

export const INSPECT_SOURCE = String.raw`import enum
from collections import OrderedDict

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""
    __module__ = 'inspect'

class _void:
    """A private marker - used in Parameter & Signature."""

class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword')[self.value]

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

# Python's keywords cannot name a parameter.
_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
                       'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
                       'raise', 'return', 'try', 'while', 'with', 'yield'])


def _as_kind(value):
    try:
        return _ParameterKind(value)
    except ValueError:
        raise ValueError('value %r is not a valid Parameter.kind' % (value,)) from None


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation, all read-only."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _as_kind(kind)
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if not name.isidentifier() or name in _KEYWORDS:
            raise ValueError('%r is not a valid parameter name' % name)
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        def pick(new, old):
            return old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default), annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '') + self._name
        noted = self._annotation is not _empty
        if noted:
            text += ': ' + _formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8: spaces around = only when there is an annotation.
            text += (' = ' if noted else '=') + repr(self._default)
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

def _formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)

class _Parameters:
    """The read-only ordered mapping Signature.parameters is (a mappingproxy in CPython)."""

    def __init__(self, params):
        self._map = OrderedDict([(p.name, p) for p in params])

    def __getitem__(self, key):
        return self._map[key]

    def __iter__(self):
        return iter(self._map)

    def __len__(self):
        return len(self._map)

    def __contains__(self, key):
        return key in self._map

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def items(self):
        return self._map.items()

    def get(self, key, default=None):
        return self._map.get(key, default)

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        # CPython shows the OrderedDict inside; spelled out here, whatever OrderedDict's own repr.
        pairs = ', '.join('(%r, %r)' % pair for pair in self._map.items())
        return 'mappingproxy(OrderedDict([%s]))' % pairs

class BoundArguments:
    """What Signature.bind() made of a call: arguments maps each bound parameter's name to its value."""

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        """The positional arguments a call would pass, as a tuple."""
        given = self.arguments
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in given:
                break
            if p.kind == _VAR_POSITIONAL:
                out.extend(given[p.name])
            else:
                out.append(given[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        """The keyword arguments a call would pass: those after the positional run ends."""
        given = self.arguments
        out = {}
        by_keyword = False
        for p in self._signature.parameters.values():
            if not by_keyword:
                if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    by_keyword = True
                elif p.name not in given:
                    by_keyword = True
                    continue
                else:
                    continue
            if p.name not in given or p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(given[p.name])
            else:
                out[p.name] = given[p.name]
        return out

    def apply_defaults(self):
        """Set default values for missing arguments."""
        given = self.arguments
        filled = {}
        for p in self._signature.parameters.values():
            if p.name in given:
                filled[p.name] = given[p.name]
            elif p.default is not _empty:
                filled[p.name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                filled[p.name] = ()
            elif p.kind == _VAR_KEYWORD:
                filled[p.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature and self.arguments == other.arguments)

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


class Signature:
    """A callable's parameters (an ordered mapping of Parameter) and its return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = list(parameters or ())
        _check_order(params)
        self._parameters = _Parameters(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """Constructs Signature for the given callable object."""
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        params = list(self._parameters.values()) if parameters is _void else parameters
        note = self._return_annotation if return_annotation is _void else return_annotation
        return type(self)(params, return_annotation=note)

    def bind(self, *args, **kwargs):
        """Bind a call's arguments to the parameters (a BoundArguments), or raise TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        """As bind(), but required parameters may be left out."""
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial=False):
        params = list(self._parameters.values())
        bound = {}
        spare = dict(kwargs)
        taken = 0
        # Positional arguments fill the parameters from the left.
        for p in params:
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or taken == len(args):
                break
            if p.kind == _VAR_POSITIONAL:
                bound[p.name] = tuple(args[taken:])
                taken = len(args)
                break
            if p.kind != _POSITIONAL_ONLY and p.name in spare:
                raise TypeError('multiple values for argument %r' % p.name)
            bound[p.name] = args[taken]
            taken += 1
        if taken < len(args):
            raise TypeError('too many positional arguments')
        # Then keywords, in the order of the parameters.
        catch_all = None
        for p in params:
            if p.kind == _VAR_KEYWORD:
                catch_all = p
                continue
            if p.name in bound or p.kind == _VAR_POSITIONAL:
                continue
            if p.name in spare:
                if p.kind == _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was passed as a keyword' % p.name)
                bound[p.name] = spare.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: %r' % p.name)
        if spare:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument %r' % next(iter(spare)))
            bound[catch_all.name] = spare
        return BoundArguments(self, bound)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        if self is other:
            return True
        mine, theirs = list(self._parameters.values()), list(other._parameters.values())
        return self._return_annotation == other._return_annotation and mine == theirs

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __str__(self):
        words = []
        slash_pending = False   # positional-only parameters wait for their '/'
        star_done = False       # a '*' or '*args' already separates the keyword-only ones
        for p in self._parameters.values():
            if p.kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                words.append('/')
                slash_pending = False
            if p.kind == _VAR_POSITIONAL:
                star_done = True
            elif p.kind == _KEYWORD_ONLY and not star_done:
                words.append('*')
                star_done = True
            words.append(str(p))
        if slash_pending:
            words.append('/')
        text = '(' + ', '.join(words) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + _formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)


def _check_order(params):
    """The ValueErrors of Signature(): kinds out of order, a duplicate name, a required
    positional parameter after one with a default."""
    names = set()
    kind = _POSITIONAL_ONLY
    defaulted = False
    for p in params:
        if p.kind < kind:
            raise ValueError('wrong parameter order: %s parameter before %s parameter'
                             % (kind.description, p.kind.description))
        kind = p.kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if p.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if p.name in names:
            raise ValueError('duplicate parameter name: %r' % p.name)
        names.add(p.name)

def _parameters_of(f):
    found = _parameters(f, _empty)
    if found is None:
        return None
    return [Parameter(name, kind, default=default) for name, kind, default in found]

# Signatures of builtins as python3 3.11 prints them (its __text_signature__s), for the callables
# socklab implements natively: builtins by name, socket methods as 'socket.NAME' (without self),
# the socket module's functions as 'socket:NAME'. A builtin not here has no signature (ValueError),
# as most of CPython's socket methods have none.
_TEXT_SIGNATURES = {
    'abs': '(x, /)', 'all': '(iterable, /)', 'any': '(iterable, /)', 'ascii': '(obj, /)', 'bin': '(number, /)',
    'callable': '(obj, /)', 'chr': '(i, /)', 'delattr': '(obj, name, /)', 'divmod': '(x, y, /)',
    'eval': '(source, globals=None, locals=None, /)', 'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'format': "(value, format_spec='', /)", 'globals': '()', 'hasattr': '(obj, name, /)', 'hash': '(obj, /)',
    'hex': '(number, /)', 'id': '(obj, /)', 'input': "(prompt='', /)", 'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)', 'locals': '()', 'oct': '(number, /)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)', 'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'repr': '(obj, /)', 'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
    'socket.accept': '()', 'socket.close': '()', 'socket.detach': '()', 'socket.dup': '()',
    'socket.makefile': "(mode='r', buffering=None, *, encoding=None, errors=None, newline=None)",
    'socket:getaddrinfo': '(host, port, family=0, type=0, proto=0, flags=0)',
    'socket:fromfd': '(fd, family, type, proto=0)', "socket:getfqdn": "(name='')", 'socket:has_dualstack_ipv6': '()',
    'socket:socket': '(family=-1, type=-1, proto=-1, fileno=None)',
}


def _from_text(text, with_self=False):
    """Parameters of a text signature such as "(obj, /, *, key=None)"."""
    inner = text[1:-1]
    words = inner.split(', ') if inner else []
    if with_self:
        words.insert(0, 'self')
    marks = [w for w in words if w in ('/', '*')]
    kind = _POSITIONAL_ONLY if '/' in marks else _POSITIONAL_OR_KEYWORD
    params = []
    for word in words:
        if word == '/':
            kind = _POSITIONAL_OR_KEYWORD
        elif word == '*':
            kind = _KEYWORD_ONLY
        elif word.startswith('**'):
            params.append(Parameter(word[2:], _VAR_KEYWORD))
        elif word.startswith('*'):
            params.append(Parameter(word[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        elif '=' in word:
            name, _, default = word.partition('=')
            params.append(Parameter(name, kind, default=eval(default)))
        else:
            params.append(Parameter(word, kind))
    return params


def _known_builtin(obj):
    """The text signature socklab knows for a native callable, with whether it takes self."""
    import sys
    name = getattr(obj, '__name__', None)
    if not isinstance(name, str):
        return None, False
    sock = sys.modules.get('socket')
    if sock is not None:
        owner = getattr(obj, '__self__', None)
        if isinstance(owner, sock.socket) and 'socket.' + name in _TEXT_SIGNATURES:
            return _TEXT_SIGNATURES['socket.' + name], False
        if owner is None and getattr(sock.socket, name, None) is obj and 'socket.' + name in _TEXT_SIGNATURES:
            return _TEXT_SIGNATURES['socket.' + name], True
        if getattr(sock, name, None) is obj and 'socket:' + name in _TEXT_SIGNATURES:
            return _TEXT_SIGNATURES['socket:' + name], False
    import builtins
    if getattr(builtins, name, None) is obj and name in _TEXT_SIGNATURES:
        return _TEXT_SIGNATURES[name], False
    return None, False


def signature(obj, *, follow_wrapped=True):
    """Get a signature object for the passed callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    text, with_self = _known_builtin(obj)
    if text is not None:
        return Signature(_from_text(text, with_self))
    if isclass(obj):
        init = getattr(obj, '__init__', None)
        params = _parameters_of(init) if isfunction(init) else None
        return Signature(params[1:] if params else [])
    if follow_wrapped:
        while hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
    params = _parameters_of(obj)
    if params is None:
        call = getattr(type(obj), '__call__', None)
        if isfunction(call):
            return Signature(_parameters_of(call)[1:])
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    return Signature(params)

def _function():
    pass

class _Class:
    def _method(self):
        pass

_FunctionType = type(_function)
_MethodType = type(_Class()._method)
_BuiltinType = type(len)

def isfunction(object):
    """Return true if the object is a user-defined function."""
    return type(object) is _FunctionType and hasattr(object, '__code__')

def ismethod(object):
    """Return true if the object is an instance method."""
    return type(object) is _MethodType

def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)

def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return type(object) is _BuiltinType

def ismodule(object):
    """Return true if the object is a module."""
    return type(object).__name__ == 'module'

def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)

def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (socklab refuses async def: never)."""
    return False

def iscoroutine(object):
    return False

def isgenerator(object):
    """Return true if the object is a generator."""
    return type(object).__name__ == 'generator'

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results

def cleandoc(doc):
    """Clean up indentation from docstrings."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)

def getdoc(object):
    """Get the documentation string for an object, cleaned up."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def getsource(object):
    """Return the text of the source code for an object (socklab does not keep it: OSError)."""
    raise OSError('could not get source code')

def getsourcelines(object):
    raise OSError('could not get source code')
`;
