// dir() of the builtin types' values, exactly as CPython 3.11 lists them (`python3 -c 'print(dir(5))'`
// and so on; these lists are Python's, copied as data): the dunder names included, which socklab's
// own attribute tables do not carry.
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { Socket } from '../../../socket/socket.ts';
import { BUILTIN_TYPES, attributeNames } from './attributes.ts';
import { jsOwnedName } from './builtin-bases.ts';
import { BOUND_SELF, BUILTIN_TYPE, PY_CLASS, PY_FUNCTION, PY_NATIVE, PY_SHADOWED, isUserInstance } from './call.ts';
import { DESCRIPTOR_TYPE } from './descriptors.ts';
import { BUILTIN_EXCEPTIONS } from './exceptions.ts';
import { SOCKET_DIR } from './socket-class.ts';
import { lazyRegExp } from '../../../lazy-regexp.ts';

const _INT_DIR = [
  '__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__class__', '__delattr__', '__dir__',
  '__divmod__', '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__',
  '__getattribute__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__index__', '__init__',
  '__init_subclass__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__',
  '__ne__', '__neg__', '__new__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__',
  '__reduce__', '__reduce_ex__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__',
  '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__',
  '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__truediv__',
  '__trunc__', '__xor__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator',
  'from_bytes', 'imag', 'numerator', 'real', 'to_bytes',
];

const _DIRS: Readonly<Record<string, readonly string[]>> = {
  int: _INT_DIR,
  float: [
    '__abs__', '__add__', '__bool__', '__ceil__', '__class__', '__delattr__', '__dir__', '__divmod__',
    '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__',
    '__getattribute__', '__getformat__', '__getnewargs__', '__getstate__', '__gt__', '__hash__',
    '__init__', '__init_subclass__', '__int__', '__le__', '__lt__', '__mod__', '__mul__', '__ne__',
    '__neg__', '__new__', '__pos__', '__pow__', '__radd__', '__rdivmod__', '__reduce__', '__reduce_ex__',
    '__repr__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rsub__',
    '__rtruediv__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__truediv__',
    '__trunc__', 'as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'imag', 'is_integer', 'real',
  ],
  bool: _INT_DIR, // bool adds no name of its own to int's
  str: [
    '__add__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__',
    '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__', '__gt__', '__hash__',
    '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__',
    '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmod__', '__rmul__', '__setattr__',
    '__sizeof__', '__str__', '__subclasshook__', 'capitalize', 'casefold', 'center', 'count', 'encode',
    'endswith', 'expandtabs', 'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii',
    'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
    'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix',
    'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split',
    'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill',
  ],
  bytes: [
    '__add__', '__bytes__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__',
    '__format__', '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__', '__gt__',
    '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mod__',
    '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmod__', '__rmul__',
    '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'capitalize', 'center', 'count', 'decode',
    'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii',
    'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip',
    'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust',
    'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title',
    'translate', 'upper', 'zfill',
  ],
  bytearray: [
    '__add__', '__alloc__', '__class__', '__contains__', '__delattr__', '__delitem__', '__dir__',
    '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__',
    '__gt__', '__hash__', '__iadd__', '__imul__', '__init__', '__init_subclass__', '__iter__', '__le__',
    '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__',
    '__repr__', '__rmod__', '__rmul__', '__setattr__', '__setitem__', '__sizeof__', '__str__',
    '__subclasshook__', 'append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith',
    'expandtabs', 'extend', 'find', 'fromhex', 'hex', 'index', 'insert', 'isalnum', 'isalpha', 'isascii',
    'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip',
    'maketrans', 'partition', 'pop', 'remove', 'removeprefix', 'removesuffix', 'replace', 'reverse',
    'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith',
    'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill',
  ],
  list: [
    '__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__delitem__', '__dir__',
    '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__',
    '__gt__', '__hash__', '__iadd__', '__imul__', '__init__', '__init_subclass__', '__iter__', '__le__',
    '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__',
    '__reversed__', '__rmul__', '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__',
    'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
  ],
  tuple: [
    '__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__',
    '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__',
    '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__',
    '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmul__', '__setattr__',
    '__sizeof__', '__str__', '__subclasshook__', 'count', 'index',
  ],
  dict: [
    '__class__', '__class_getitem__', '__contains__', '__delattr__', '__delitem__', '__dir__', '__doc__',
    '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__',
    '__hash__', '__init__', '__init_subclass__', '__ior__', '__iter__', '__le__', '__len__', '__lt__',
    '__ne__', '__new__', '__or__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__', '__ror__',
    '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__', 'clear', 'copy',
    'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values',
  ],
  set: [
    '__and__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__',
    '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
    '__iand__', '__init__', '__init_subclass__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__',
    '__len__', '__lt__', '__ne__', '__new__', '__or__', '__rand__', '__reduce__', '__reduce_ex__',
    '__repr__', '__ror__', '__rsub__', '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__',
    '__subclasshook__', '__xor__', 'add', 'clear', 'copy', 'difference', 'difference_update', 'discard',
    'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove',
    'symmetric_difference', 'symmetric_difference_update', 'union', 'update',
  ],
  frozenset: [
    '__and__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__',
    '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
    '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__rand__',
    '__reduce__', '__reduce_ex__', '__repr__', '__ror__', '__rsub__', '__rxor__', '__setattr__', '__sizeof__',
    '__str__', '__sub__', '__subclasshook__', '__xor__', 'copy', 'difference', 'intersection', 'isdisjoint',
    'issubset', 'issuperset', 'symmetric_difference', 'union',
  ],
  object: [
    '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
    '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
    '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
  ],
  range: [
    '__bool__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
    '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__',
    '__le__', '__len__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__',
    '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'count', 'index', 'start', 'step', 'stop',
  ],
  NoneType: [
    '__bool__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
    '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__',
    '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__',
    '__str__', '__subclasshook__',
  ],
};

/** dir() of a function, by what type() says it is (a def's own attributes are added). */
const _DESCRIPTOR_DIR = [
  '__call__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__get__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__name__', '__ne__', '__new__',
  '__objclass__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__',
  '__subclasshook__', '__text_signature__',
];
const _FUNCTION_DIRS: Readonly<Record<string, readonly string[]>> = {
  function: [
    '__annotations__', '__builtins__', '__call__', '__class__', '__closure__', '__code__', '__defaults__', '__delattr__',
    '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__get__', '__getattribute__', '__getstate__',
    '__globals__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__kwdefaults__', '__le__', '__lt__', '__module__',
    '__name__', '__ne__', '__new__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__',
    '__str__', '__subclasshook__',
  ],
  method: [
    '__call__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__func__', '__ge__',
    '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__',
    '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__self__', '__setattr__', '__sizeof__', '__str__',
    '__subclasshook__',
  ],
  builtin_function_or_method: [
    '__call__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
    '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__name__',
    '__ne__', '__new__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__self__', '__setattr__', '__sizeof__',
    '__str__', '__subclasshook__', '__text_signature__',
  ],
  method_descriptor: _DESCRIPTOR_DIR,
  wrapper_descriptor: _DESCRIPTOR_DIR,
};

/** What type() says the function `f` is, when dir() knows that type's list. */
function _functionKind(f: Function): string | undefined {
  const marks = f as unknown as Record<symbol, unknown>;
  const descriptor = marks[DESCRIPTOR_TYPE];
  if (typeof descriptor === 'string') return descriptor;
  // A type (int, NoneType) or a class is not a function.
  if (marks[_TYPE_CHECK] || marks[PY_CLASS] || /^class[\s{]/.test(Function.prototype.toString.call(f))) return undefined;
  if (BOUND_SELF in f) return marks[PY_NATIVE] ? 'builtin_function_or_method' : 'method';
  if (marks[PY_NATIVE]) return 'builtin_function_or_method';
  if (marks[PY_FUNCTION]) return 'function';
  return undefined;
}
const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

/** BaseException's names, which every builtin exception has (`dir(ValueError)` is this list). */
const _EXCEPTION_DIR = [
  '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
  '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__',
  '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
  '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'with_traceback',
];

/** What a builtin exception adds to BaseException's names, by the class it derives from. */
const _EXCEPTION_EXTRAS: readonly (readonly [string, readonly string[]])[] = [
  ['OSError', ['characters_written', 'errno', 'filename', 'filename2', 'strerror']],
  ['AttributeError', ['name', 'obj']],
  ['ImportError', ['msg', 'name', 'path']],
  ['SyntaxError', ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text']],
  ['NameError', ['name']],
  ['StopIteration', ['value']],
  ['SystemExit', ['code']],
  ['UnicodeDecodeError', ['encoding', 'end', 'object', 'reason', 'start']],
  ['UnicodeEncodeError', ['encoding', 'end', 'object', 'reason', 'start']],
];

/** What a class written in Python (or made by a module, as socket.gaierror is) has beside its base's names. */
const _HEAP_TYPE_NAMES = ['__module__', '__weakref__'];

const _identifier = lazyRegExp(() => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u);
const _isPython = (c: unknown): boolean => typeof c === 'function' && Boolean((c as unknown as Record<symbol, unknown>)[PY_CLASS]);

/** The names a Python class's body and its Python bases' define (their prototypes' own names). */
function _pythonNames(cls: Function): { names: string[]; base: Function } {
  const names: string[] = [];
  let c: Function = cls;
  for (; _isPython(c); c = Object.getPrototypeOf(c) as Function) {
    const proto = c.prototype as object;
    for (const k of Object.getOwnPropertyNames(proto)) if (k !== 'constructor' && _identifier().test(k)) names.push(k);
    // A subclass of dict or list keeps its methods named as the JS value's own apart (call.ts).
    const shadowed = Object.getOwnPropertyDescriptor(proto, PY_SHADOWED)?.value as object | undefined;
    for (const k in shadowed ?? {}) names.push(k);
  }
  return { names, base: c };
}

/** dir() of an exception class: BaseException's names, its builtin base's, and a Python class's own. */
function _exceptionDir(cls: Function): string[] | undefined {
  const { names, base } = _pythonNames(cls);
  const builtinName = Object.entries(BUILTIN_EXCEPTIONS).find(([, c]) => c === base)?.[0];
  const moduleMade = builtinName === undefined && QUALIFIED_NAMES.get(base)?.startsWith('socket.');
  if (builtinName === undefined && !moduleMade) return undefined;
  const out = new Set([..._EXCEPTION_DIR, ...names]);
  for (const [root, extras] of _EXCEPTION_EXTRAS) {
    const r = BUILTIN_EXCEPTIONS[root];
    if (r && (base === r || base.prototype instanceof r)) for (const n of extras) out.add(n);
  }
  if (moduleMade || base !== cls) for (const n of _HEAP_TYPE_NAMES) out.add(n);
  return [...out].sort();
}

/** dir() of a Python class deriving from dict, list, int, str or socket.socket: the type's names, `__dict__`, and the class's own. */
function _derivedDir(cls: Function): string[] | undefined {
  const { names, base } = _pythonNames(cls);
  const type = (base as unknown as Record<symbol, Function | undefined>)[BUILTIN_TYPE];
  // socket.socket stands for socket.py's class (socket-base.ts), whose names are SOCKET_DIR.
  const listed = type === undefined ? undefined : type.prototype === Socket.prototype ? SOCKET_DIR : _DIRS[type.name];
  if (listed === undefined) return undefined;
  return [...new Set([...listed, '__dict__', ..._HEAP_TYPE_NAMES, ...names])].sort();
}

/** The class dir() starts from for `obj` (itself, or an instance's), when CPython's list for it is known here. */
function _classDir(cls: Function): string[] | undefined {
  const type = Object.entries(BUILTIN_TYPES).find(([, t]) => t === cls)?.[0];
  if (type !== undefined && Object.hasOwn(_DIRS, type)) return [..._DIRS[type]!];
  if (cls.prototype === Socket.prototype) return [...SOCKET_DIR];
  if (cls === Error || cls.prototype instanceof Error) return _exceptionDir(cls);
  if (_isPython(cls)) return _derivedDir(cls);
  return undefined;
}

/** An instance's own attributes, beside its class's names (not what the JS value behind it is made of). */
function _instanceNames(obj: object): string[] {
  const names = Object.getOwnPropertyNames(obj).filter((k) => _identifier().test(k) && !jsOwnedName(obj, k) && !(obj instanceof Error && _ERROR_INTERNALS.has(k)));
  const shadowed = Object.getOwnPropertyDescriptor(obj, PY_SHADOWED)?.value as object | undefined;
  return [...names, ...Object.keys(shadowed ?? {})];
}
const _ERROR_INTERNALS = new Set(['message', 'stack', 'args', 'errno', 'strerror', 'filename', 'filename2', 'name', 'obj', 'attrName', 'nameNotFound', 'candidates', 'caretLength', 'singleCaret']);

/** The list CPython's dir() of a builtin type's value prints (`dir(5)` is `dir(int)`), if it is one. */
export function builtinTypeDir(type: string): readonly string[] | undefined {
  return Object.hasOwn(_DIRS, type) ? _DIRS[type] : undefined;
}

/**
 * Python's dir(obj): CPython's own list for a builtin type, a value of one (a program's class
 * named `list` is not one), a socket, an exception, or a Python class deriving from one of
 * those (and its instances, with their own attributes); otherwise the names socklab's attribute
 * lookup knows.
 */
export function dirOf(obj: unknown): string[] {
  // A module's dir() is its namespace's names, sorted (CPython's module.__dir__ lists __dict__).
  if ((obj as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === 'module') {
    return Object.keys(obj as object).filter((k) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(k)).sort();
  }
  const type = pyTypeName(obj);
  if (!isUserInstance(obj) && Object.hasOwn(_DIRS, type) && typeof obj !== 'function') return [..._DIRS[type]!];
  if (typeof obj === 'function') {
    const listed = _classDir(obj);
    if (listed !== undefined) return listed;
    const kind = _functionKind(obj);
    // A def's attributes set on it (`handler.calls = 0`) are its own.
    if (kind !== undefined && Object.hasOwn(_FUNCTION_DIRS, kind)) return [...new Set([..._FUNCTION_DIRS[kind]!, ...(kind === 'function' ? Object.keys(obj) : [])])].sort();
    return attributeNames(obj);
  }
  if (obj instanceof Socket || obj instanceof Error || isUserInstance(obj)) {
    const cls = obj instanceof Socket && !isUserInstance(obj) ? Socket : (obj as object).constructor;
    const listed = _classDir(cls);
    if (listed !== undefined) return [...new Set([...listed, ..._instanceNames(obj as object)])].sort();
  }
  return attributeNames(obj);
}
