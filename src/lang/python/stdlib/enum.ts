// Python's enum (Lib/enum.py, CPython 3.11) as tutorials use it: `class Color(Enum): RED = 1`,
// Color.RED / Color(1) / Color['RED'], .name and .value, iteration and len() in definition order,
// aliases, auto(), @unique, IntEnum, StrEnum, Flag and IntFlag with | & ^ ~ and `in`, __members__.
// socklab has no metaclasses, so EnumType's part is the runtime's: the class statement ends in
// py.classMade (emit.ts), which runs _finish below (the body's values become members), and the
// finished class answers len(), iter(), `in`, [] and repr() by the native slots _register gives
// it; calling it (EnumType.__call__) is _call, by ENUM_CALL (call.ts invoke). The members'
// own behaviour is Python source, run once by the first import, as dataclasses' is.
// The functional API (Enum('Color', 'RED GREEN')) makes the class by _new_class.
// Not here: _missing_, boundary=, pickling.
import { KeyError } from '../runtime/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { IntBase, StrBase } from '../runtime/builtin-bases.ts';
import { BUILTIN_TYPE, CLASS_MADE, ENUM_CALL, METATYPE, PY_CLASS, defineClass, native, qualnameOf } from '../runtime/call.ts';
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { NATIVE_BOOL, NATIVE_CONTAINS, NATIVE_GETITEM, NATIVE_LEN } from '../runtime/native.ts';
import { BUILTIN_TYPES, ENUM_MEMBER_NAMES } from '../runtime/attributes.ts';
import { PyDict, intValue } from '../runtime/values.ts';
import { typeName } from '../runtime/ops.ts';

/** A new member of `cls` named `name` (enum's _new_member_): an int for an IntEnum, else an object. */
const _newMember = native('_new_member', (args) => {
  const [cls, name, value] = args as [new (...a: unknown[]) => object, string, unknown];
  const member = cls.prototype instanceof IntBase ? Reflect.construct(cls, [intValue(value)])
    : cls.prototype instanceof StrBase ? Reflect.construct(cls, [String(value)]) : Reflect.construct(cls, []);
  for (const [key, v] of [['_name_', name], ['_value_', value], ['name', name], ['value', value]] as const) {
    Object.defineProperty(member, key, { value: v, writable: true, configurable: true, enumerable: key.startsWith('_') });
  }
  return member;
});

/** Makes `cls` a finished enum: its members as class attributes, and EnumType's operators. */
const _register = native('_register', (args) => {
  const [cls, memberMap, canonical, kind] = args as [Function & Record<string | symbol, unknown>, PyDict, unknown[], string];
  // A class's attributes live on its prototype (attributes.ts store).
  const proto = cls.prototype as Record<string, unknown>;
  for (const [name, member] of memberMap) proto[name as string] = member;
  proto.__members__ = new PyDict(memberMap);
  Object.defineProperty(cls, ENUM_MEMBER_NAMES, { value: new Set(memberMap.keys()), configurable: true });
  const own = (key: symbol, value: unknown): void => void Object.defineProperty(cls, key, { value, configurable: true, writable: true });
  own(pyRepr, () => `<${kind} '${qualnameOf(cls)}'>`);
  own(NATIVE_LEN, () => canonical.length);
  own(NATIVE_BOOL, () => true);
  own(Symbol.iterator, () => canonical[Symbol.iterator]());
  own(NATIVE_GETITEM, (k: unknown) => {
    if (!memberMap.has(k)) throw new KeyError(k);
    return memberMap.get(k);
  });
  // EnumType.__contains__ (3.11): a member of this enum, or a TypeError for a non-member.
  own(NATIVE_CONTAINS, (x: unknown) => {
    if (!(x instanceof (cls as Function))) {
      throw new TypeError(`unsupported operand type(s) for 'in': '${typeName(x)}' and 'EnumType'`);
    }
    return true;
  });
  return null;
});

const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

/**
 * enum.EnumType (EnumMeta), the type of every enum class: a subclass of type whose instances are
 * the classes deriving from Enum, IntEnum, StrEnum, Flag or IntFlag (each carries it as METATYPE).
 */
function _enumType(): Function {
  const enumType = native('EnumType', () => {
    throw new TypeError("EnumType.__new__() missing 2 required positional arguments: 'bases' and 'classdict'");
  });
  Object.defineProperty(enumType, pyRepr, { value: () => "<class 'enum.EnumType'>" });
  Object.defineProperty(enumType, Symbol.for('socklab.pytype'), { value: 'type' });
  (QUALIFIED_NAMES as Map<Function, string>).set(enumType, 'enum.EnumType');
  // Its base is type (attributes.ts _mro reads BUILTIN_TYPE: EnumType, type, object).
  if (BUILTIN_TYPES.type) Object.defineProperty(enumType, BUILTIN_TYPE, { value: BUILTIN_TYPES.type });
  Object.defineProperty(enumType, _TYPE_CHECK, { value: (x: unknown) => typeof x === 'function' && (x as unknown as Record<symbol, unknown>)[METATYPE] === enumType });
  return enumType;
}

/** The enum module: its Python source run with the natives above, then hooked into class statements. */
export function finishEnumModule(namespace: PyDict): void {
  const get = (name: string) => namespace.get(name) as Function & Record<symbol, unknown>;
  const enumType = _enumType();
  namespace.set('EnumType', enumType);
  namespace.set('EnumMeta', enumType);
  for (const name of ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag']) Object.defineProperty(get(name), METATYPE, { value: enumType });
  for (const name of ['Enum', 'IntEnum', 'StrEnum']) {
    const cls = get(name);
    Object.defineProperty(cls, CLASS_MADE, { value: get('_finish') });
    Object.defineProperty(cls, ENUM_CALL, { value: get('_call') });
    Object.defineProperty(cls, pyRepr, { value: () => `<enum '${name}'>`, configurable: true, writable: true });
  }
  for (const name of ['Flag', 'IntFlag']) {
    Object.defineProperty(get(name), pyRepr, { value: () => `<flag '${name}'>`, configurable: true, writable: true });
  }
}

/** Whether an enum's own class (not Enum's, nor int's) defines __init__: it then gets each member's value as arguments. */
const _ownInit = native('_own_init', (args) => {
  for (let p = (args[0] as Function).prototype as object | null; p && (p.constructor as unknown as Record<symbol, unknown>)[PY_CLASS]; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, '__init__')) return true;
  }
  return false;
});

/** A new subclass of an enum base named `name`, with no body yet (the functional API: Enum('Color', 'RED GREEN')). */
const _newClass = native('_new_class', (args) => {
  const [base, name] = args as [new () => object, string];
  const cls = class extends base {};
  Object.defineProperty(cls, 'name', { value: name });
  return defineClass(cls, {}, name);
});

export const ENUM_NATIVES = { _new_member: _newMember, _register, _own_init: _ownInit, _new_class: _newClass };

export const ENUM_SOURCE = String.raw`

class auto:
    def __init__(self, value=None):
        self.value = value
    def __repr__(self):
        return 'auto(%r)' % (self.value,)

def _is_flag(cls):
    return issubclass(cls, Flag) or issubclass(cls, IntFlag)

def _finish(cls):
    parent = cls.__mro__[1]
    if getattr(parent, '_member_names_', None):
        raise TypeError(f'<enum {cls.__name__!r}> cannot extend {parent!r}')
    flag = _is_flag(cls)
    member_map = {}
    canonical = []
    by_value = {}
    values = []
    for key, value in list(vars(cls).items()):
        if key[:2] == '__' or (key[:1] == '_' and key[-1:] == '_') or callable(value):
            continue
        if isinstance(value, (classmethod, staticmethod, property)):
            continue
        if isinstance(value, auto):
            value = cls._generate_next_value_(key, 1, len(member_map), values[:])
        values.append(value)
        found = None
        for m in canonical:
            if m._value_ == value:
                found = m
                break
        if found is None:
            args = value if isinstance(value, tuple) else (value,)
            member = _new_member(cls, key, value)
            if _own_init(cls):
                cls.__init__(member, *args)
            canonical.append(member)
            found = member
            try:
                by_value[value] = member
            except TypeError:
                pass
        member_map[key] = found
    if flag:
        mask = 0
        for m in canonical:
            mask |= m._value_
        cls._flag_mask_ = mask
    cls._member_map_ = member_map
    cls._member_names_ = [m._name_ for m in canonical]
    cls._value2member_map_ = by_value
    _register(cls, member_map, canonical, 'flag' if flag else 'enum')

def _call(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
    if names is not None:
        return _functional(cls, value, names, start)
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    if _is_flag(cls) and isinstance(value, int):
        return _composite(cls, value)
    raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

def _functional(base, name, names, start):
    cls = _new_class(base, name)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, dict):
        pairs = list(names.items())
    else:
        pairs = []
        values = []
        for item in names:
            if isinstance(item, str):
                value = base._generate_next_value_(item, start, len(pairs), values[:])
                pairs.append((item, value))
            else:
                pairs.append(tuple(item))
            values.append(pairs[-1][1])
    for key, value in pairs:
        setattr(cls, key, value)
    _finish(cls)
    return cls

def _composite(cls, value):
    mask = cls._flag_mask_
    if value < 0:
        value = value & mask
    names = []
    rest = value
    for m in cls._member_map_.values():
        v = m._value_
        if v and v & (v - 1) == 0 and value & v == v and m._name_ not in names:
            names.append(m._name_)
            rest &= ~v
    if not issubclass(cls, int) and rest:
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
    name = '|'.join(names) if names and not rest else None
    member = _new_member(cls, name, value)
    cls._value2member_map_[value] = member
    return member

def _high_bit(n):
    bits = 0
    while n:
        n >>= 1
        bits += 1
    return bits

class Enum:
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return last_values[-1] + 1

    def __repr__(self):
        return f'<{type(self).__qualname__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__qualname__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

def _flag_check(self, other):
    if isinstance(other, type(self)):
        return other._value_
    if isinstance(self, int) and isinstance(other, int):
        return int(other)
    return None

def _flag_or(self, other):
    v = _flag_check(self, other)
    if v is None:
        return NotImplemented
    return type(self)(self._value_ | v)

def _flag_and(self, other):
    v = _flag_check(self, other)
    if v is None:
        return NotImplemented
    return type(self)(self._value_ & v)

def _flag_xor(self, other):
    v = _flag_check(self, other)
    if v is None:
        return NotImplemented
    return type(self)(self._value_ ^ v)

def _flag_invert(self):
    return type(self)(type(self)._flag_mask_ & ~self._value_)

def _flag_contains(self, other):
    if not isinstance(other, type(self)):
        raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' and '{type(self).__qualname__}'")
    return other._value_ & self._value_ == other._value_

def _flag_members(self):
    return [m for m in type(self) if m._value_ & self._value_ == m._value_ and m._value_ and m._value_ & (m._value_ - 1) == 0]

def _flag_repr(self):
    name = self._name_
    if name is None:
        return f'<{type(self).__qualname__}: {self._value_!r}>'
    return f'<{type(self).__qualname__}.{name}: {self._value_!r}>'

def _flag_next_value(name, start, count, last_values):
    if not count:
        return start
    return 2 ** _high_bit(max(last_values))

class Flag(Enum):
    _generate_next_value_ = staticmethod(_flag_next_value)
    # Flag's and IntFlag's operators, one set of functions (no mixin class: one base each here).
    __or__ = __ror__ = _flag_or
    __and__ = __rand__ = _flag_and
    __xor__ = __rxor__ = _flag_xor
    __invert__ = _flag_invert
    __contains__ = _flag_contains
    __repr__ = _flag_repr

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__qualname__}({self._value_!r})'
        return f'{type(self).__qualname__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter(_flag_members(self))

    def __len__(self):
        return len(_flag_members(self))

class IntEnum(int):
    _generate_next_value_ = Enum._generate_next_value_

    def __repr__(self):
        return f'<{type(self).__qualname__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __hash__(self):
        return hash(int(self))

class StrEnum(str):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __repr__(self):
        return f'<{type(self).__qualname__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

class IntFlag(IntEnum):
    _generate_next_value_ = staticmethod(_flag_next_value)
    # Flag's and IntFlag's operators, one set of functions (no mixin class: one base each here).
    __or__ = __ror__ = _flag_or
    __and__ = __rand__ = _flag_and
    __xor__ = __rxor__ = _flag_xor
    __invert__ = _flag_invert
    __contains__ = _flag_contains
    __repr__ = _flag_repr

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter(_flag_members(self))

    def __len__(self):
        return len(_flag_members(self))

def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items() if name != member._name_]
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
`;
