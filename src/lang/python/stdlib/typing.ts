// Python's typing module, as much as type hints in tutorial code need (CPython 3.11's reprs):
// List, Dict, Tuple, Set, Optional, Union, Any, Callable, … subscripted into aliases that print
// as `typing.List[int]` (a dataclass's annotations are evaluated, so they must exist), TypeVar,
// cast, overload. Written in Python and run once by the first import, as stdlib/dataclasses.ts.
// Nothing here checks types, as nothing in CPython does at run time.
export const TYPING_SOURCE = String.raw`TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)

class _GenericAlias:
    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.{self._name}[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Type {self._name} cannot be instantiated')
        raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, self._name, params)

class _SpecialGeneric:
    """A bare generic of typing (List, Dict, …): subscripted, it is an alias of its origin."""
    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for typing.{self._name}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Type {self._name} cannot be instantiated')
        raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')

class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __getitem__(self, params):
        if self._name == 'Any' or self._name == 'NoReturn':
            raise TypeError(f'{self!r} is not subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
            if params[0] is type(None):
                return type(None)
            return _GenericAlias(None, 'Optional', (params[0], type(None)))
        if self._name == 'Union':
            unique = []
            for p in params:
                if p not in unique:
                    unique.append(p)
            if len(unique) == 1:
                return unique[0]
            if len(unique) == 2 and type(None) in unique:
                other = unique[0] if unique[1] is type(None) else unique[1]
                alias = _GenericAlias(None, 'Optional', (other, type(None)))
                return alias
            return _GenericAlias(None, 'Union', tuple(unique))
        return _GenericAlias(None, self._name, params)

Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')

List = _SpecialGeneric('List', list, 1)
Dict = _SpecialGeneric('Dict', dict, 2)
Set = _SpecialGeneric('Set', set, 1)
FrozenSet = _SpecialGeneric('FrozenSet', frozenset, 1)
Tuple = _SpecialGeneric('Tuple', tuple, -1)
Type = _SpecialGeneric('Type', type, 1)
Callable = _SpecialGeneric('Callable', None, -1)
Iterable = _SpecialGeneric('Iterable', None, 1)
Iterator = _SpecialGeneric('Iterator', None, 1)
Generator = _SpecialGeneric('Generator', None, 3)
Sequence = _SpecialGeneric('Sequence', None, 1)
Mapping = _SpecialGeneric('Mapping', None, 2)
MutableMapping = _SpecialGeneric('MutableMapping', None, 2)
Deque = _SpecialGeneric('Deque', None, 1)
DefaultDict = _SpecialGeneric('DefaultDict', None, 2)

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__

AnyStr = TypeVar('AnyStr', bytes, str)
Text = str

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def no_type_check(arg):
    return arg

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type
`;
