// Python's inspect module (Lib/inspect.py, CPython 3.11), the part a tutorial reaches for, written
// in Python and run once by the first import, as textwrap is: signature() with Parameter and its
// kinds, Signature's str and repr, bind(); the predicates (isfunction, isclass, ismethod,
// isbuiltin, ismodule, isroutine, iscoroutinefunction, isgeneratorfunction); getmembers,
// getdoc, cleandoc. A def's parameters come from socklab's own record of them (_parameters):
// positional-only markers (`/`) and annotations are not kept, so those parameters read as
// positional-or-keyword without annotations. getsource()/getsourcelines() raise OSError as CPython
// does for code without a file (socklab does not keep a def's lines), and a builtin has no
// signature (ValueError), where CPython knows many.
// Provenance: much of the Python source below is CPython 3.11's own Lib/inspect.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
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

class Parameter:
    """Represents a parameter in a function signature."""
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return Parameter(self._name if name is _void else name, self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, _formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

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
        return 'mappingproxy(%r)' % (self._map,)

class BoundArguments:
    """Result of Signature.bind call."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                elif param.kind == _VAR_POSITIONAL:
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new_arguments.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))

class Signature:
    """A Signature object represents the overall signature of a function."""
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = _Parameters(parameters or [])
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        return Signature(list(self._parameters.values()) if parameters is _void else parameters,
                         return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def bind(self, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed args and kwargs to the function's signature."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {!r}'.format(param.name))
                    arguments[param.name] = args[i]
                    i += 1
            elif param.kind == _VAR_POSITIONAL:
                if i < len(args):
                    arguments[param.name] = tuple(args[i:])
                    i = len(args)
        if i < len(args):
            raise TypeError('too many positional arguments')
        for param in params:
            if param.name in arguments or param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
                continue
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required{} argument: {!r}'.format(' keyword-only' if param.kind == _KEYWORD_ONLY else '', param.name))
        if kwargs:
            raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._return_annotation == other._return_annotation and list(self._parameters.items()) == list(other._parameters.items())

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(_formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj)

def _parameters_of(f):
    found = _parameters(f, _empty)
    if found is None:
        return None
    return [Parameter(name, kind, default=default) for name, kind, default in found]

def signature(obj, *, follow_wrapped=True):
    """Get a signature object for the passed callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
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
