// Python's typing module (Lib/typing.py, CPython 3.11) as typed tutorials use it: the names a
// program imports for its annotations, and the aliases it makes of them at run time
// (`Address = Tuple[str, int]`, `Handler = Callable[[socket.socket, Address], None]`), which
// print as CPython's do. TypeVar, Generic and Protocol bases (`class Box(Generic[T])`, `Box[int]`),
// cast, TYPE_CHECKING, NewType, get_origin/get_args, NamedTuple and TypedDict (typed-classes.ts). Nothing is checked: annotations are what
// they are in CPython, documentation the program runs past.
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { isInstance } from '../runtime/builtins.ts';
import { PyObject, argAt, defineClass, invoke, native } from '../runtime/call.ts';
import { CLASS_GETITEM, GenericAlias, INSTANCE_CHECK, SUBCLASS_CHECK, aliasArgs, sameAlias, typeRepr } from '../runtime/generic-alias.ts';
import { NATIVE_COMPARE, NATIVE_HASH } from '../runtime/native.ts';
import { ELLIPSIS, PyDict, isNone } from '../runtime/values.ts';
import { Counter, OrderedDict, defaultdict, deque, namedtupleClass } from './collections.ts';
import { NamedTupleBase, TypedDictBase } from './typed-classes.ts';

const _CALL_TARGET = Symbol.for('socklab.python.callTarget');
const _CLASS_OF = Symbol.for('socklab.python.classOf');
const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

/** What typing's objects need of the session: type(None) and the builtin types by name. */
interface TypingHost {
  noneType: Function;
  builtin(name: string): Function;
}

/** A typing object that prints as `typing.Name` and compares by identity. */
abstract class _Final {
  abstract [pyRepr](): string;
  [NATIVE_HASH](): unknown {
    return `typing:${this[pyRepr]()}`;
  }
}

/** `typing.List[int]`: a parameterized alias (typing._GenericAlias). */
class _GenericAlias extends _Final {
  static readonly pyTypeName = 'typing._GenericAlias';
  readonly __args__: readonly unknown[];

  constructor(readonly __origin__: unknown, args: unknown[], readonly _name: string, private readonly _kind: 'plain' | 'callable' | 'union' | 'literal' = 'plain') {
    super();
    this.__args__ = tuple(...args);
  }

  get __parameters__(): readonly unknown[] {
    return tuple(...this.__args__.filter((a) => a instanceof TypeVar));
  }

  [pyRepr](): string {
    const args = this.__args__;
    if (this._kind === 'union') {
      const none = args.findIndex((a) => a === _host!.noneType);
      if (args.length === 2 && none >= 0) return `typing.Optional[${typeRepr(args[1 - none])}]`;
      return `typing.Union[${args.map(typeRepr).join(', ')}]`;
    }
    if (this._kind === 'literal') return `${this._name}[${args.map((a) => repr(a)).join(', ')}]`;
    if (this._kind === 'callable' && !(args.length === 2 && args[0] === ELLIPSIS)) {
      return `${this._name}[[${args.slice(0, -1).map(typeRepr).join(', ')}], ${typeRepr(args[args.length - 1])}]`;
    }
    return `${this._name}[${args.length === 0 ? '()' : args.map(typeRepr).join(', ')}]`;
  }

  [INSTANCE_CHECK](): boolean {
    throw new TypeError('Subscripted generics cannot be used with class and instance checks');
  }

  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (op !== '==' || !(other instanceof _GenericAlias)) return undefined;
    if (this._kind === 'union' && other._kind === 'union') {
      const same = this.__args__.length === other.__args__.length && this.__args__.every((a) => other.__args__.includes(a));
      return same ? 0 : 1;
    }
    return sameAlias(this.__origin__, this.__args__, other.__origin__, other.__args__) ? 0 : 1;
  }

  /** `Box[int](5)` makes a Box; `List[int]()` is refused, as `List()` is. */
  get [_CALL_TARGET](): unknown {
    if (this._kind === 'union') return native('Union', () => { throw new TypeError('Cannot instantiate typing.Union'); });
    if (this.__origin__ instanceof _SpecialForm || !(this._name.startsWith('typing.'))) return this.__origin__;
    const bare = this._name.slice('typing.'.length);
    return native(bare, () => { throw new TypeError(`Type ${bare} cannot be instantiated; use ${(this.__origin__ as Function).name}() instead`); });
  }

  /** `class Box(Generic[T])`: the class statement's base is Generic itself. */
  get [_CLASS_OF](): unknown {
    return this.__origin__ === Generic || this.__origin__ === Protocol ? this.__origin__ : undefined;
  }
}

/** `typing.List`: an unparameterized alias of a class (typing._SpecialGenericAlias). */
class _SpecialGenericAlias extends _Final {
  static readonly pyTypeName = 'typing._SpecialGenericAlias';

  /** How many arguments it takes (typing's _nparams): -1 for Tuple's any number. */
  private readonly _nparams: number;

  constructor(readonly __origin__: Function, readonly _name: string, private readonly _callable = false) {
    super();
    this._nparams = _NPARAMS[_name] ?? 1;
  }

  [pyRepr](): string {
    return `typing.${this._name}`;
  }

  get [_CALL_TARGET](): unknown {
    return native(this._name, () => { throw new TypeError(`Type ${this._name} cannot be instantiated; use ${this.__origin__.name}() instead`); });
  }

  [INSTANCE_CHECK](x: unknown): boolean {
    return isInstance(x, this.__origin__);
  }

  [SUBCLASS_CHECK](c: unknown): boolean {
    const own = (this.__origin__ as unknown as Record<symbol, ((c: unknown) => boolean) | undefined>)[SUBCLASS_CHECK];
    if (own) return own(c);
    return typeof c === 'function' && (c === this.__origin__ || c.prototype instanceof this.__origin__);
  }

  getitem(key: unknown): _GenericAlias {
    if (this._callable) {
      if (!isTuple(key) || key.length !== 2) throw new TypeError('Callable must be used as Callable[[arg, ...], result].');
      const [params, result] = key;
      if (params === ELLIPSIS) return new _GenericAlias(this.__origin__, [ELLIPSIS, _check(result)], 'typing.Callable', 'callable');
      if (!Array.isArray(params)) throw new TypeError(`Callable[args, result]: args must be a list. Got ${typeRepr(params)}`);
      return new _GenericAlias(this.__origin__, [...params.map(_check), _check(result)], 'typing.Callable', 'callable');
    }
    // Tuple[()] is the empty tuple's type.
    const args = this._name === 'Tuple' && isTuple(key) && key.length === 0 ? [] : aliasArgs(key).map(_check);
    if (this._nparams === 0) throw new TypeError(`typing.${this._name} is not a generic class`);
    if (this._nparams > 0 && args.length !== this._nparams) {
      throw new TypeError(`Too ${args.length > this._nparams ? 'many' : 'few'} arguments for typing.${this._name}; actual ${args.length}, expected ${this._nparams}`);
    }
    return new _GenericAlias(this.__origin__, args, `typing.${this._name}`);
  }
}

/** The aliases that take other than one argument (typing.py's _alias(..., nparams)). */
const _NPARAMS: Record<string, number> = {
  Dict: 2, DefaultDict: 2, OrderedDict: 2, Mapping: 2, MutableMapping: 2, Generator: 3, Coroutine: 3, Tuple: -1, Sized: 0, Hashable: 0,
};

/** Any, NoReturn, ClassVar, Final, Union, Optional, Literal: typing._SpecialForm. */
class _SpecialForm extends _Final {
  static readonly pyTypeName = 'typing._SpecialForm';

  constructor(readonly _name: string, private readonly _item?: (key: unknown) => unknown) {
    super();
  }

  [pyRepr](): string {
    return `typing.${this._name}`;
  }

  get [_CALL_TARGET](): unknown {
    return native(this._name, () => { throw new TypeError(`Cannot instantiate typing.${this._name}`); });
  }

  [INSTANCE_CHECK](): boolean {
    throw new TypeError(`typing.${this._name} cannot be used with isinstance()`);
  }

  getitem(key: unknown): unknown {
    if (!this._item) throw new TypeError(`typing.${this._name} is not subscriptable`);
    return this._item(key);
  }
}

/** TypeVar('T'): prints as ~T (+T covariant, -T contravariant). */
class TypeVar extends _Final {
  static readonly pyTypeName = 'typing.TypeVar';
  readonly __constraints__: readonly unknown[];
  readonly __bound__: unknown;
  readonly __covariant__: boolean;
  readonly __contravariant__: boolean;

  constructor(readonly __name__: string, constraints: unknown[], kw: Record<string, unknown> | undefined) {
    super();
    if (typeof __name__ !== 'string') throw new TypeError('TypeVar name must be a string');
    if (constraints.length === 1) throw new TypeError('A single constraint is not allowed');
    this.__constraints__ = tuple(...constraints.map(_check));
    this.__bound__ = kw?.bound === undefined || isNone(kw.bound) ? null : _check(kw.bound);
    this.__covariant__ = kw?.covariant === true;
    this.__contravariant__ = kw?.contravariant === true;
    if (this.__covariant__ && this.__contravariant__) throw new ValueError('Bivariant types are not supported.');
  }

  [pyRepr](): string {
    return `${this.__covariant__ ? '+' : this.__contravariant__ ? '-' : '~'}${this.__name__}`;
  }
}

/** typing.Generic: the base of a generic class; `Box[int]` of its subclass is an alias of Box. */
class Generic extends PyObject {}
/** typing.Protocol: a structural base, a plain base here (nothing is checked). */
class Protocol extends Generic {}
for (const [cls, name] of [[Generic, 'typing.Generic'], [Protocol, 'typing.Protocol']] as const) {
  (QUALIFIED_NAMES as Map<Function, string>).set(cls, name);
  Object.defineProperty(cls, pyRepr, { value: () => `<class '${name}'>`, configurable: true });
}
const _genericItem = (cls: Function, key: unknown): _GenericAlias => {
  const args = aliasArgs(key).map(_check);
  if (cls === Generic || cls === Protocol) {
    if (!args.every((a) => a instanceof TypeVar)) throw new TypeError(`Parameters to ${cls.name}[...] must all be type variables or parameter specification variables.`);
    return new _GenericAlias(cls, args, `typing.${cls.name}`);
  }
  return new _GenericAlias(cls, args, typeRepr(cls));
};
Object.defineProperty(Generic, CLASS_GETITEM, { value: _genericItem });

let _host: TypingHost | undefined;

/** typing._type_check: None stands for type(None). */
const _check = (x: unknown): unknown => (isNone(x) ? _host!.noneType : x);

/** Union[...]: flattened, duplicates removed, one argument is itself. */
function _union(key: unknown): unknown {
  const args: unknown[] = [];
  for (const a of aliasArgs(key).map(_check)) {
    const inner = a instanceof _GenericAlias && a.__origin__ === Union ? a.__args__ : [a];
    for (const x of inner) if (!args.includes(x)) args.push(x);
  }
  if (args.length === 0) throw new TypeError('Cannot take a Union of no types.');
  return args.length === 1 ? args[0] : new _GenericAlias(Union, args, 'typing.Union', 'union');
}

const Union: _SpecialForm = new _SpecialForm('Union', _union);

/** get_origin(tp): the class or form an alias stands for; None for anything else. */
function _origin(tp: unknown): unknown {
  if (tp instanceof _GenericAlias || tp instanceof GenericAlias) return tp.__origin__;
  if (tp instanceof _SpecialGenericAlias) return tp.__origin__;
  if (tp === Generic) return Generic;
  return null;
}

/** get_args(tp): an alias's arguments, Callable's as ([args], result). */
function _args(tp: unknown): unknown {
  if (tp instanceof _GenericAlias) {
    const args = tp.__args__;
    if ((tp as unknown as { _kind: string })._kind === 'callable' && !(args.length === 2 && args[0] === ELLIPSIS)) return tuple([...args.slice(0, -1)], args[args.length - 1]);
    return args;
  }
  if (tp instanceof GenericAlias) return tp.__args__;
  return tuple();
}

/**
 * A stand-in for collections.abc's ABCs: isinstance() by what the value can do, issubclass() of
 * the builtin types registered with it (`subclasses`, by name).
 */
function _abc(name: string, check: (x: unknown) => boolean, subclasses: readonly Function[] = []): Function {
  const cls = native(name, () => { throw new TypeError(`Can't instantiate abstract class ${name}`); });
  (QUALIFIED_NAMES as Map<Function, string>).set(cls, `collections.abc.${name}`);
  Object.defineProperty(cls, pyRepr, { value: () => `<class 'collections.abc.${name}'>`, configurable: true });
  Object.defineProperty(cls, _TYPE_CHECK, { value: check });
  Object.defineProperty(cls, SUBCLASS_CHECK, {
    value: (c: unknown) => c === cls || subclasses.some((s) => c === s || (typeof c === 'function' && c.prototype instanceof s)),
  });
  return cls;
}

const _iterable = (x: unknown): boolean =>
  typeof x === 'string' || (typeof x === 'object' && x !== null && (Symbol.iterator in x || Symbol.asyncIterator in x || typeof (x as { __iter__?: unknown }).__iter__ === 'function'));

export async function createTypingModule(builtins: Record<string, unknown>): Promise<PyModule> {
  const type = builtins.type as Function;
  _host = { noneType: (await invoke(type, undefined, [null], undefined)) as Function, builtin: (n) => builtins[n] as Function };
  const b = _host.builtin;
  const special = (name: string, origin: Function, callable = false): _SpecialGenericAlias => new _SpecialGenericAlias(origin, name, callable);
  const isList = (x: unknown): boolean => Array.isArray(x) || typeof x === 'string' || x instanceof Uint8Array;
  const [list, tuple_, str, bytes, bytearray, dict, set, frozenset, range] = ['list', 'tuple', 'str', 'bytes', 'bytearray', 'dict', 'set', 'frozenset', 'range'].map(b) as Function[];
  const sequences = [list!, tuple_!, str!, bytes!, bytearray!, range!];
  const collections = [...sequences, dict!, set!, frozenset!, deque, OrderedDict, defaultdict, Counter];
  const abc = {
    Iterable: _abc('Iterable', _iterable, collections),
    Iterator: _abc('Iterator', (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { next?: unknown }).next === 'function'),
    Sequence: _abc('Sequence', (x) => isList(x) || isInstance(x, range!), sequences),
    MutableSequence: _abc('MutableSequence', (x) => Array.isArray(x) && !isTuple(x), [list!, bytearray!]),
    Mapping: _abc('Mapping', (x) => x instanceof Map, [dict!, OrderedDict, defaultdict, Counter]),
    MutableMapping: _abc('MutableMapping', (x) => x instanceof Map, [dict!, OrderedDict, defaultdict, Counter]),
    Set: _abc('Set', (x) => x instanceof Set, [set!, frozenset!]),
    MutableSet: _abc('MutableSet', (x) => isInstance(x, set!), [set!]),
    Collection: _abc('Collection', (x) => isList(x) || x instanceof Map || x instanceof Set, collections),
    Container: _abc('Container', (x) => isList(x) || x instanceof Map || x instanceof Set, collections),
    Sized: _abc('Sized', (x) => isList(x) || x instanceof Map || x instanceof Set, collections),
    Hashable: _abc('Hashable', (x) => !(Array.isArray(x) && !isTuple(x)) && !(x instanceof Map) && !isInstance(x, set!), [tuple_!, str!, bytes!, frozenset!, range!]),
    Callable: _abc('Callable', (x) => typeof x === 'function'),
    Generator: _abc('Generator', (x) => typeof x === 'object' && x !== null && typeof (x as { send?: unknown }).send === 'function' && Symbol.asyncIterator in x),
    Awaitable: _abc('Awaitable', () => false),
    Coroutine: _abc('Coroutine', () => false),
    AsyncIterable: _abc('AsyncIterable', () => false),
    AsyncIterator: _abc('AsyncIterator', () => false),
    Reversible: _abc('Reversible', (x) => isList(x) || x instanceof Map, [list!, tuple_!, str!, bytes!, bytearray!, range!, dict!]),
  };
  const names: Record<string, unknown> = {
    List: special('List', b('list')), Dict: special('Dict', b('dict')), Set: special('Set', b('set')),
    FrozenSet: special('FrozenSet', b('frozenset')), Tuple: special('Tuple', b('tuple')), Type: special('Type', type),
    Deque: special('Deque', deque), DefaultDict: special('DefaultDict', defaultdict),
    OrderedDict: special('OrderedDict', OrderedDict), Counter: special('Counter', Counter),
    Callable: special('Callable', abc.Callable, true), AbstractSet: special('AbstractSet', abc.Set),
    ...Object.fromEntries((['Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'MutableSet', 'Collection',
      'Container', 'Sized', 'Hashable', 'Generator', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'Reversible'] as const)
      .map((n) => [n, special(n, abc[n])])),
    Any: new _SpecialForm('Any'), NoReturn: new _SpecialForm('NoReturn'), Never: new _SpecialForm('Never'),
    ClassVar: new _SpecialForm('ClassVar', (k) => new _GenericAlias(ClassVarForm, [_check(k)], 'typing.ClassVar')),
    Final: new _SpecialForm('Final', (k) => new _GenericAlias(FinalForm, [_check(k)], 'typing.Final')),
    Union,
    Optional: new _SpecialForm('Optional', (k) => _union(tuple(k, null))),
    Literal: new _SpecialForm('Literal', (k) => new _GenericAlias(LiteralForm, aliasArgs(k), 'typing.Literal', 'literal')),
    TypeVar: native('TypeVar', (a, kw) => new TypeVar(a[0] as string, a.slice(1), kw)),
    Generic, Protocol,
    Text: b('str'),
    TYPE_CHECKING: false,
    cast: native('cast', (a, kw) => argAt(a, kw, 1, 'val')),
    NewType: native('NewType', (a, kw) => _newType(String(argAt(a, kw, 0, 'name')), argAt(a, kw, 1, 'tp'))),
    // NamedTuple('Point', [('x', int), ('y', int)]): collections.namedtuple's class (the class statement form is not here yet).
    NamedTuple: _classForm(native('NamedTuple', async (a, kw) => {
      const fields = [...((argAt(a, kw, 1, 'fields') ?? []) as Iterable<unknown>)].map((f) => (isTuple(f) ? f[0] : f));
      return namedtupleClass([argAt(a, kw, 0, 'typename'), fields], undefined);
    }), NamedTupleBase),
    // TypedDict('Movie', {'title': str}): a class whose instances are dicts, as `class Movie(TypedDict)` makes.
    TypedDict: _classForm(native('TypedDict', (a, kw) => {
      const name = String(argAt(a, kw, 0, 'typename'));
      const made = defineClass({ [name]: class extends TypedDictBase {} }[name]!, {});
      const fields = argAt(a, kw, 1, 'fields');
      Object.defineProperty(made, '__annotations__', { value: new PyDict(fields instanceof Map ? [...fields] : []), writable: true, configurable: true });
      return made;
    }), TypedDictBase),
    get_origin: native('get_origin', (a) => _origin(a[0])),
    get_args: native('get_args', (a) => _args(a[0])),
    overload: native('overload', (a) => a[0]),
    final: native('final', (a) => a[0]),
    no_type_check: native('no_type_check', (a) => a[0]),
    runtime_checkable: native('runtime_checkable', (a) => a[0]),
    get_type_hints: native('get_type_hints', (a) => (a[0] as { __annotations__?: unknown })?.__annotations__ ?? new PyDict()),
  };
  const ClassVarForm = names.ClassVar;
  const FinalForm = names.Final;
  const LiteralForm = names.Literal;
  names.AnyStr = new TypeVar('AnyStr', [b('bytes'), b('str')], undefined);
  return makeModule('typing', names);
}

/** A typing function that a class statement's base list names (`class Addr(NamedTuple)`): it stands for `cls` there (call.ts base). */
function _classForm(f: Function, cls: Function): Function {
  Object.defineProperty(f, _CLASS_OF, { value: cls });
  return f;
}

/** NewType('UserId', int): a function returning its argument, printed as __main__.UserId. */
function _newType(name: string, tp: unknown): Function {
  const f = native(name, (a) => a[0]);
  Object.defineProperty(f, pyRepr, { value: () => `__main__.${name}` });
  Object.defineProperty(f, '__supertype__', { value: tp });
  return f;
}

/** `List[int]`, `Optional[str]`: the subscript of typing's objects (ops.ts asks NATIVE_GETITEM). */
for (const cls of [_SpecialGenericAlias, _SpecialForm]) {
  Object.defineProperty(cls.prototype, Symbol.for('socklab.python.getitem'), {
    value(this: _SpecialGenericAlias | _SpecialForm, key: unknown) {
      return this.getitem(key);
    },
  });
}
