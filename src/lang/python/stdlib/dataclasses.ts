// Python's dataclasses module, written in Python and run once by the first import. It is written
// from the library documentation and python3 3.11's behaviour: @dataclass reads the class's own
// __annotations__ in order (emit.ts keeps them) after the fields of its dataclass bases, and adds
// __init__, __repr__, __eq__, order=True's comparisons, frozen=True's __setattr__/__delattr__ and
// __hash__ by the documented rules. The methods are written as source text and run by exec(), so
// a call's errors are those of a real function (`Message.__init__() missing 1 required
// positional argument: 'text'`). Also field() (default_factory, init, repr, hash, compare,
// metadata, kw_only), KW_ONLY, InitVar, ClassVar, __post_init__, __match_args__, fields(),
// asdict(), astuple(), replace(), is_dataclass() and FrozenInstanceError, with python3's messages.
// Left out: slots=True and weakref_slot=True (accepted, ignored), make_dataclass(), a Field's
// metadata as a read-only mappingproxy (it is a dict copy here), and the parameters' annotations
// in inspect.signature() (socklab's functions have none).
import { store } from '../runtime/attributes.ts';
import { native } from '../runtime/call.ts';
import { CLASS_GETITEM } from '../runtime/generic-alias.ts';

/** The natives DATACLASSES_SOURCE runs with, seeded into its namespace. */
export const DATACLASSES_NATIVES: Record<string, unknown> = {
  // InitVar[int]: socklab's runtime does not call a Python __class_getitem__, so the subscript is
  // answered here with an instance whose .type is the subscript, as InitVar.__class_getitem__
  // answers it in python3.
  _subscript_makes_instance: native('_subscript_makes_instance', (a) => {
    const answer = (cls: Function, key: unknown): unknown => {
      const made: unknown = Reflect.construct(cls, []);
      store(made, 'type', key);
      return made;
    };
    Object.defineProperty(a[0] as Function, CLASS_GETITEM, { value: answer });
    return null;
  }),
};

export const DATACLASSES_SOURCE = String.raw`__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']

class FrozenInstanceError(AttributeError):
    pass

# Named in an instance's default repr; socklab's exec() does not take __module__ from __name__.
class _MISSING_TYPE:
    __module__ = 'dataclasses'

# No default (or no default_factory) was given.
MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    __module__ = 'dataclasses'

# An annotation "_: KW_ONLY" makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()

class _FactoryMarker:
    def __repr__(self):
        return '<factory>'

# The default __init__ shows for a field with a default_factory: the factory runs in the call.
_FACTORY = _FactoryMarker()

class _Role:
    """What an annotated name is to the class: a field, a ClassVar or an InitVar."""
    __slots__ = ('label',)

    def __repr__(self):
        return self.label

def _role(label):
    made = _Role()
    made.label = label
    return made

_FIELD = _role('_FIELD')
_FIELD_CLASSVAR = _role('_FIELD_CLASSVAR')
_FIELD_INITVAR = _role('_FIELD_INITVAR')

class InitVar:
    """An __init__ parameter that is passed on to __post_init__ and not kept as a field."""
    __slots__ = ('type',)

    def __repr__(self):
        inner = self.type
        return 'dataclasses.InitVar[' + (inner.__name__ if isinstance(inner, type) else repr(inner)) + ']'

    def __init__(self, type):
        self.type = type

_subscript_makes_instance(InitVar)

class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and _field_type are filled in when @dataclass reads the annotation.
        given = (default, default_factory, init, repr, hash, compare, kw_only)
        for key, value in zip(('default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'kw_only'), given):
            setattr(self, key, value)
        self.metadata = dict(metadata or ())
        self.name = self.type = self._field_type = None

    def __repr__(self):
        shown = ['name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare']
        parts = [key + '=' + builtins_repr(getattr(self, key)) for key in shown]
        parts.append('metadata=mappingproxy(' + builtins_repr(self.metadata) + ')')
        parts.append('kw_only=' + builtins_repr(self.kw_only))
        parts.append('_field_type=' + builtins_repr(self._field_type))
        return 'Field(' + ','.join(parts) + ')'

builtins_repr = repr

_PARAM_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

class _DataclassParams:
    """The options @dataclass was given, kept as the class's __dataclass_params__."""

    def __repr__(self):
        return '_DataclassParams(' + ','.join(n + '=' + builtins_repr(getattr(self, n)) for n in _PARAM_NAMES) + ')'

def _params(*values):
    made = _DataclassParams()
    for name, value in zip(_PARAM_NAMES, values):
        setattr(made, name, value)
    return made

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default or default_factory, and whether it is
    an __init__ parameter, shown by repr(), hashed, compared, keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

def fields(class_or_instance):
    """The Field objects of a dataclass or of one of its instances, in order (no ClassVar or
    InitVar pseudo-fields)."""
    table = getattr(class_or_instance, '__dataclass_fields__', None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in table.values() if f._field_type is _FIELD)

def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, '__dataclass_fields__')

def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')

# --- what an annotation says -------------------------------------------------------------

def _named_in_text(annotation, names):
    # A string annotation ('ClassVar[int]', "typing.ClassVar", 'dataclasses.InitVar[str]'):
    # what stands before '[' names the marker, with or without its module.
    head = annotation.split('[', 1)[0].strip()
    return head in names

def _role_of(annotation):
    if isinstance(annotation, str):
        if _named_in_text(annotation, ('ClassVar', 'typing.ClassVar')):
            return _FIELD_CLASSVAR
        if _named_in_text(annotation, ('InitVar', 'dataclasses.InitVar')):
            return _FIELD_INITVAR
        return _FIELD
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if isinstance(annotation, type):
        return _FIELD
    import typing
    if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
        return _FIELD_CLASSVAR
    return _FIELD

def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY

# --- reading the class -------------------------------------------------------------------

def _annotations_of(cls):
    # socklab keeps __annotations__ out of the class __dict__, so the attribute is read; one that
    # is a base's object was inherited, and the class body annotated nothing.
    found = getattr(cls, '__annotations__', None) or {}
    for base in cls.__mro__[1:]:
        if getattr(base, '__annotations__', None) is found:
            return {}
    return found

def _own_fields(cls, kw_only_default):
    """The Fields the class body declares, in annotation order; sets the class attributes the
    fields' defaults leave behind."""
    body = cls.__dict__
    annotations = _annotations_of(cls)
    declared = []
    keywords_now = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if keywords_now:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            keywords_now = True
            continue
        assigned = body.get(name, MISSING)
        spec = assigned if isinstance(assigned, Field) else field(default=assigned)
        spec.name = name
        spec.type = annotation
        spec._field_type = _role_of(annotation)
        if spec._field_type is not _FIELD and spec.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if spec._field_type is not _FIELD_CLASSVAR and spec.kw_only is MISSING:
            spec.kw_only = keywords_now or kw_only_default
        if spec._field_type is _FIELD and getattr(type(spec.default), '__hash__', True) is None:
            # An unhashable default (a list, dict or set) would be one object shared by every
            # instance.
            raise ValueError(f'mutable default {type(spec.default)} for field {name} is not allowed: use default_factory')
        if isinstance(assigned, Field):
            # The class attribute becomes the plain default, or goes when there is none.
            if spec.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        declared.append(spec)
    for name, value in list(body.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return declared

def _check_frozen_bases(cls, frozen):
    bases = [b for b in cls.__mro__[1:] if getattr(b, '__dataclass_params__', None) is not None]
    if not bases:
        return
    frozen_bases = [b.__dataclass_params__.frozen for b in bases]
    if any(frozen_bases) and not frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if frozen and not all(frozen_bases):
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

# --- writing the methods -----------------------------------------------------------------

class _MethodWriter:
    """Compiles the methods of one class from source text, with the values they refer to."""

    def __init__(self, cls):
        self.cls = cls
        self.names = {'__dataclass_object__': object, '__dataclass_factory__': _FACTORY,
                      '__dataclass_cls__': cls, 'FrozenInstanceError': FrozenInstanceError}

    def value(self, label, obj):
        key = '__dataclass_' + label + '__'
        self.names[key] = obj
        return key

    def compile(self, name, params, lines):
        text = 'def ' + name + '(' + ', '.join(params) + '):\n' + ''.join('    ' + l + '\n' for l in (lines or ['pass']))
        scope = {}
        exec(text, self.names, scope)
        method = scope[name]
        method.__qualname__ = self.cls.__qualname__ + '.' + name
        return method

    def put(self, name, params, lines):
        # A method the class body wrote itself is kept.
        if name in self.cls.__dict__:
            return
        setattr(self.cls, name, self.compile(name, params, lines))

def _attrs_tuple(target, names):
    return '(' + ''.join(target + '.' + n + ',' for n in names) + ')'

def _write_init(writer, every, frozen, has_post_init):
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in every) else 'self'
    taking = [f for f in every if f.init]
    positional = [f for f in taking if not f.kw_only]
    keyword = [f for f in taking if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
        seen_default = seen_default or has_default

    def parameter(f):
        if f.default_factory is not MISSING:
            return f.name + '=__dataclass_factory__'
        if f.default is not MISSING:
            return f.name + '=' + writer.value('default_' + f.name, f.default)
        return f.name

    params = [self_name] + [parameter(f) for f in positional]
    if keyword:
        params += ['*'] + [parameter(f) for f in keyword]
    lines = []
    for f in every:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            factory = writer.value('factory_' + f.name, f.default_factory)
            if f.init:
                source = f'{factory}() if {f.name} is __dataclass_factory__ else {f.name}'
            else:
                source = factory + '()'
        elif f.init:
            source = f.name
        else:
            # Not a parameter: reading it finds the default on the class.
            continue
        if frozen:
            lines.append(f'__dataclass_object__.__setattr__({self_name}, {f.name!r}, {source})')
        else:
            lines.append(f'{self_name}.{f.name} = {source}')
    if has_post_init:
        passed = [f.name for f in every if f._field_type is _FIELD_INITVAR]
        lines.append(f'{self_name}.__post_init__(' + ', '.join(passed) + ')')
    writer.put('__init__', params, lines)

_REPR_RUNNING = set()

def _repr_guarded(shown):
    # A dataclass that contains itself shows '...' where python3's reprlib.recursive_repr does.
    def __repr__(self):
        key = id(self)
        if key in _REPR_RUNNING:
            return '...'
        _REPR_RUNNING.add(key)
        try:
            return self.__class__.__qualname__ + '(' + ', '.join(n + '=' + builtins_repr(getattr(self, n)) for n in shown) + ')'
        finally:
            _REPR_RUNNING.discard(key)
    return __repr__

def _comparison(writer, name, operator, compared):
    mine = _attrs_tuple('self', compared)
    theirs = _attrs_tuple('other', compared)
    return writer.compile(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f'    return {mine} {operator} {theirs}',
        'return NotImplemented'])

def _hash_rule(cls, unsafe_hash, eq, frozen):
    # The documented rules: 'add' a __hash__ over the fields, 'none' (unhashable), or 'keep'.
    body = cls.__dict__
    explicit = '__hash__' in body and not (body['__hash__'] is None and '__eq__' in body)
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'none'

def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    table = {}
    for base in reversed(cls.__mro__[1:]):
        for f in (getattr(base, '__dataclass_fields__', None) or {}).values():
            table[f.name] = f
    _check_frozen_bases(cls, frozen)
    for f in _own_fields(cls, kw_only):
        table[f.name] = f
    cls.__dataclass_fields__ = table
    cls.__dataclass_params__ = _params(init, repr, eq, order, unsafe_hash, frozen)

    every = [f for f in table.values() if f._field_type is not _FIELD_CLASSVAR]
    real = [f for f in every if f._field_type is _FIELD]
    writer = _MethodWriter(cls)
    if init:
        _write_init(writer, every, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in cls.__dict__:
        method = _repr_guarded([f.name for f in real if f.repr])
        method.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = method
    compared = [f.name for f in real if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _comparison(writer, '__eq__', '==', compared)
    if order:
        for name, operator in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _comparison(writer, name, operator, compared))
    if frozen:
        writer.value('field_names', tuple(f.name for f in real))
        refusal = [
            'if type(self) is __dataclass_cls__ or name in __dataclass_field_names__:',
            '    raise FrozenInstanceError(f"cannot {} field {{name!r}}")',
            'super(__dataclass_cls__, self).{}(name{})']
        for name, verb, extra in (('__setattr__', 'assign to', ', value'), ('__delattr__', 'delete', '')):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
            lines = [refusal[0], refusal[1].format(verb), refusal[2].format(name, extra)]
            setattr(cls, name, writer.compile(name, ['self', 'name'] + (['value'] if extra else []), lines))
    rule = _hash_rule(cls, unsafe_hash, eq, frozen)
    if rule == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = writer.compile('__hash__', ['self'], ['return hash(' + _attrs_tuple('self', hashed) + ')'])
    elif rule == 'none':
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in every if f.init and not f.kw_only)
    return cls

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, __hash__, frozen attributes) to a
    class from its annotated fields."""
    def decorate(target):
        return _process(target, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    return decorate if cls is None else decorate(cls)

# --- taking instances apart --------------------------------------------------------------

def _unpack(value, build, kind_name):
    # Dataclass instances become build(...) of their fields; lists, tuples (namedtuples by
    # position) and dicts are rebuilt around converted items; anything else is deep-copied.
    if _is_instance(value):
        if kind_name == 'dict':
            return build([(f.name, _unpack(getattr(value, f.name), build, kind_name)) for f in fields(value)])
        return build([_unpack(getattr(value, f.name), build, kind_name) for f in fields(value)])
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return type(value)(*[_unpack(item, build, kind_name) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_unpack(item, build, kind_name) for item in value)
    if isinstance(value, dict):
        return type(value)((_unpack(k, build, kind_name), _unpack(v, build, kind_name)) for k, v in value.items())
    import copy
    return copy.deepcopy(value)

def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (nested dataclasses, lists, tuples and dicts
    converted too; other values deep-copied)."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _unpack(obj, dict_factory, 'dict')

def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converted as asdict() converts."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _unpack(obj, tuple_factory, 'tuple')

def replace(obj, /, **changes):
    """A new instance of obj's class, with the same field values except the ones given."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        given = f.name in changes
        if f._field_type is _FIELD_CLASSVAR or (given and f.init):
            continue
        if not f.init:
            # Not an __init__ parameter: __init__ or __post_init__ sets it again.
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        elif f._field_type is _FIELD_INITVAR and f.default is MISSING:
            # An InitVar is not kept on the instance, so only the caller can give it.
            raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
        else:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;
