// Python's dataclasses (Lib/dataclasses.py, CPython 3.11), written in Python as CPython's is and
// run once by the first import: @dataclass reads the class's __annotations__ in order (emit.ts
// keeps them), and makes __init__, __repr__, __eq__ (order=True's comparisons, frozen=True's
// __setattr__/__delattr__ and __hash__) as source text for exec(), as CPython's _create_fn does,
// so their errors are CPython's (`Message.__init__() missing 1 required positional argument:
// 'text'`, FrozenInstanceError). Also field(), fields(), asdict(), astuple(), replace() and
// is_dataclass(). Not here: slots=, kw_only=, match_args, InitVar and ClassVar.
export const DATACLASSES_SOURCE = String.raw`class FrozenInstanceError(AttributeError):
    pass

class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'

MISSING = _MISSING_TYPE()

class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
_FIELDS = '__dataclass_fields__'

class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata=mappingproxy({{}}),'
                f'kw_only={self.kw_only!r},'
                f'_field_type=_FIELD)')

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, kw_only)

def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fields.values())

def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)

def _own_annotations(cls):
    ann = getattr(cls, '__annotations__', None)
    if ann is None:
        return {}
    for b in cls.__mro__[1:]:
        if getattr(b, '__annotations__', None) is ann:
            return {}
    return ann

def _method(cls, name, src, env):
    local = {}
    exec(src, env, local)
    fn = local[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, fn)

def _tuple_src(obj, names):
    return '(' + ''.join(f'{obj}.{n},' for n in names) + ')'

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    for name, type_ in _own_annotations(cls).items():
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = False
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    setattr(cls, _FIELDS, fields)
    all_fields = list(fields.values())
    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object,
           'FrozenInstanceError': FrozenInstanceError, '__dataclass_cls__': cls, 'MISSING': MISSING}
    if init:
        params = []
        body = []
        seen_default = False
        for f in all_fields:
            if not f.init:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
                params.append(f.name)
            elif f.default is not MISSING:
                seen_default = True
                env[f'__dataclass_dflt_{f.name}__'] = f.default
                params.append(f'{f.name}=__dataclass_dflt_{f.name}__')
            else:
                seen_default = True
                params.append(f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__')
        for f in all_fields:
            if f.default_factory is not MISSING:
                env[f'__dataclass_dflt_{f.name}__'] = f.default_factory
                if f.init:
                    value = f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
                else:
                    value = f'__dataclass_dflt_{f.name}__()'
            elif f.init:
                value = f.name
            else:
                continue
            if frozen:
                body.append(f'  __dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
            else:
                body.append(f'  self.{f.name} = {value}')
        if hasattr(cls, '__post_init__'):
            body.append('  self.__post_init__()')
        if not body:
            body = ['  pass']
        _method(cls, '__init__', f'def __init__(self, {", ".join(params)}):\n' + '\n'.join(body), env)
    if repr:
        shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in all_fields if f.repr)
        _method(cls, '__repr__', f'def __repr__(self):\n  return self.__class__.__qualname__ + f"({shown})"', env)
    compared = [f.name for f in all_fields if f.compare]
    if eq:
        _method(cls, '__eq__', f'def __eq__(self, other):\n  if other.__class__ is self.__class__:\n    return {_tuple_src("self", compared)} == {_tuple_src("other", compared)}\n  return NotImplemented', env)
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            _method(cls, name, f'def {name}(self, other):\n  if other.__class__ is self.__class__:\n    return {_tuple_src("self", compared)} {op} {_tuple_src("other", compared)}\n  return NotImplemented', env)
    if frozen:
        names = tuple(f.name for f in all_fields)
        env['__dataclass_names__'] = names
        _method(cls, '__setattr__', 'def __setattr__(self, name, value):\n  if type(self) is __dataclass_cls__ or name in __dataclass_names__:\n    raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  __dataclass_builtins_object__.__setattr__(self, name, value)', env)
        _method(cls, '__delattr__', 'def __delattr__(self, name):\n  if type(self) is __dataclass_cls__ or name in __dataclass_names__:\n    raise FrozenInstanceError(f"cannot delete field {name!r}")\n  __dataclass_builtins_object__.__delattr__(self, name)', env)
    hashed = [f.name for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        _method(cls, '__hash__', f'def __hash__(self):\n  return hash({_tuple_src("self", hashed)})', env)
    elif eq:
        cls.__hash__ = None
    return cls

def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)

def _asdict_inner(obj, dict_factory):
    if hasattr(type(obj), _FIELDS):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj

def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)

def _astuple_inner(obj, tuple_factory):
    if hasattr(type(obj), _FIELDS):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj

def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)

def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;
