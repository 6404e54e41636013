// A builtin type's attributes read off the type itself, as CPython's descriptors show them:
// `str.upper` is `<method 'upper' of 'str' objects>` (a method_descriptor, callable with the
// instance first: `map(str.strip, lines)`), `int.__add__` is `<slot wrapper '__add__' of 'int'
// objects>`, `int.from_bytes` is `<built-in method from_bytes of type object at 0x…>`; a descriptor
// called with the wrong kind of first argument raises descriptor_check()'s TypeError
// (Objects/descrobject.c). Which special methods are methods rather than slot wrappers, and which a
// type inherits from object, is CPython 3.11's data (`type(T.__dict__[n])`, `n in T.__dict__`).
import { pyRepr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { PY_QUALNAME, native, type NativeFunction } from './call.ts';
import { addressOf } from './ids.ts';

/** What type() says a descriptor is: 'method_descriptor', 'wrapper_descriptor', 'property', … */
export const DESCRIPTOR_TYPE = Symbol.for('socklab.python.descriptorType');

/** The special methods that each type's own __dict__ holds as methods (method_descriptor), not slot wrappers. */
const _METHOD_DUNDERS: Readonly<Record<string, readonly string[]>> = {
  int: ['__ceil__', '__floor__', '__format__', '__getnewargs__', '__round__', '__sizeof__', '__trunc__'],
  float: ['__ceil__', '__floor__', '__format__', '__getnewargs__', '__round__', '__trunc__'],
  str: ['__format__', '__getnewargs__', '__sizeof__'],
  bytes: ['__bytes__', '__getnewargs__'],
  bytearray: ['__alloc__', '__reduce__', '__reduce_ex__', '__sizeof__'],
  list: ['__getitem__', '__reversed__', '__sizeof__'],
  tuple: ['__getnewargs__'],
  dict: ['__contains__', '__getitem__', '__reversed__', '__sizeof__'],
  set: ['__contains__', '__reduce__', '__sizeof__'],
  frozenset: ['__contains__', '__reduce__', '__sizeof__'],
  object: ['__dir__', '__format__', '__getstate__', '__reduce__', '__reduce_ex__', '__sizeof__'],
};

/** object's special methods that each type does not define again (`str.__dir__` is object's). */
const _OBJECT_NAMES = ['__class__', '__delattr__', '__dir__', '__format__', '__getstate__', '__init__', '__init_subclass__', '__reduce__', '__reduce_ex__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__'];
const _OWN_OF_OBJECT_NAMES: Readonly<Record<string, readonly string[]>> = {
  int: ['__format__', '__sizeof__'],
  float: ['__format__'],
  str: ['__format__', '__sizeof__', '__str__'],
  bytes: ['__str__'],
  bytearray: ['__init__', '__reduce__', '__reduce_ex__', '__sizeof__', '__str__'],
  list: ['__init__', '__sizeof__'],
  tuple: [],
  dict: ['__init__', '__sizeof__'],
  set: ['__init__', '__reduce__', '__sizeof__'],
  frozenset: ['__reduce__', '__sizeof__'],
};

/** What bool's own __dict__ holds; every other name of bool's is int's. */
const _BOOL_OWN = new Set(['__and__', '__or__', '__xor__', '__rand__', '__ror__', '__rxor__', '__repr__', '__new__', '__doc__']);

/** The type whose __dict__ holds `name` for `type` (`bool.bit_length` is int's, `list.__dir__` object's). */
export function definingType(type: string, name: string): string {
  if (type === 'bool' && !_BOOL_OWN.has(name)) return definingType('int', name);
  const own = _OWN_OF_OBJECT_NAMES[type];
  if (own !== undefined && _OBJECT_NAMES.includes(name) && !own.includes(name)) return 'object';
  return type;
}

/** Whether `type.name` is a slot wrapper (an operator's special method) rather than a method. */
export const isSlotWrapper = (type: string, name: string): boolean =>
  /^__\w+__$/.test(name) && !(_METHOD_DUNDERS[type] ?? []).includes(name);

/**
 * `owner.name` as a method descriptor: `call(args, kw)` gets the instance as args[0], once
 * `applies(args[0])` said it is one. `owner` is the type's name as its repr says it
 * ('_socket.socket'), `qualOwner` as __qualname__ and the unbound-call error say it ('socket').
 */
export function methodDescriptor(owner: string, qualOwner: string, name: string, slot: boolean, applies: (x: unknown) => boolean, call: NativeFunction): Function {
  const qualname = `${qualOwner}.${name}`;
  const descriptor = native(name, (args, kw) => {
    if (args.length === 0) {
      throw new TypeError(slot ? `descriptor '${name}' of '${owner}' object needs an argument` : `unbound method ${qualname}() needs an argument`);
    }
    if (!applies(args[0])) {
      throw new TypeError(slot
        ? `descriptor '${name}' requires a '${owner}' object but received a '${_typeName(args[0])}'`
        : `descriptor '${name}' for '${owner}' objects doesn't apply to a '${_typeName(args[0])}' object`);
    }
    return call(args, kw);
  });
  const text = slot ? `<slot wrapper '${name}' of '${owner}' objects>` : `<method '${name}' of '${owner}' objects>`;
  Object.defineProperty(descriptor, pyRepr, { value: () => text, configurable: true });
  Object.defineProperty(descriptor, PY_QUALNAME, { value: qualname });
  Object.defineProperty(descriptor, DESCRIPTOR_TYPE, { value: slot ? 'wrapper_descriptor' : 'method_descriptor' });
  return descriptor;
}

/** Marks a class or static method of a builtin type (help() says it is called on the type). */
export const TYPE_METHOD = Symbol.for('socklab.python.typeMethod');

/** A class or static method of a builtin type (`int.from_bytes`): a builtin method bound to the type. */
export function typeMethod(type: Function, typeName: string, name: string, call: NativeFunction): Function {
  const method = native(name, call);
  Object.defineProperty(method, TYPE_METHOD, { value: true });
  Object.defineProperty(method, pyRepr, { value: () => `<built-in method ${name} of type object at ${addressOf(type)}>`, configurable: true });
  Object.defineProperty(method, PY_QUALNAME, { value: `${typeName}.${name}` });
  return method;
}

/**
 * A function of socket.py's class socket (`socket.socket.close`): a Python function there,
 * `<function socket.close at 0x…>`, whose self is its first argument.
 */
export function classFunction(qualOwner: string, name: string, call: NativeFunction): Function {
  const f = native(name, call);
  Object.defineProperty(f, pyRepr, { value: () => `<function ${qualOwner}.${name} at ${addressOf(f)}>`, configurable: true });
  Object.defineProperty(f, PY_QUALNAME, { value: `${qualOwner}.${name}` });
  Object.defineProperty(f, DESCRIPTOR_TYPE, { value: 'function' });
  return f;
}

/** A data attribute of a type read off the type: a property, a member or a getset descriptor (repr and type only). */
export function dataDescriptor(kind: 'property' | 'member_descriptor' | 'getset_descriptor', owner: string, name: string): object {
  const d = {};
  const text = kind === 'property' ? () => `<property object at ${addressOf(d)}>`
    : kind === 'member_descriptor' ? () => `<member '${name}' of '${owner}' objects>` : () => `<attribute '${name}' of '${owner}' objects>`;
  Object.defineProperty(d, pyRepr, { value: text });
  Object.defineProperty(d, DESCRIPTOR_TYPE, { value: kind });
  Object.defineProperty(d, Symbol.for('socklab.pytype'), { value: kind });
  // help(socket.socket.family) finds the attribute's docs by its name.
  Object.defineProperty(d, PY_QUALNAME, { value: `${owner}.${name}` });
  return d;
}

/** The type name descriptor_check() prints: socklab's Socket is Python's `socket`. */
function _typeName(x: unknown): string {
  const n = pyTypeName(x);
  return n === 'Socket' ? 'socket' : n;
}

/** The data attributes of BaseException and its subclasses, read off an exception class (`OSError.errno`). */
const _EXCEPTION_DATA: Readonly<Record<string, readonly ['member_descriptor' | 'getset_descriptor', string]>> = {
  __cause__: ['getset_descriptor', 'BaseException'],
  __context__: ['getset_descriptor', 'BaseException'],
  __traceback__: ['getset_descriptor', 'BaseException'],
  __suppress_context__: ['member_descriptor', 'BaseException'],
  args: ['getset_descriptor', 'BaseException'],
  characters_written: ['getset_descriptor', 'OSError'],
  errno: ['member_descriptor', 'OSError'],
  filename: ['member_descriptor', 'OSError'],
  filename2: ['member_descriptor', 'OSError'],
  strerror: ['member_descriptor', 'OSError'],
  code: ['member_descriptor', 'SystemExit'],
  value: ['member_descriptor', 'StopIteration'],
};
const _exceptionData = new Map<string, object>();

/** `ValueError.args`: BaseException's descriptor, when `name` is one of the data attributes the exception class has. */
export function exceptionClassAttribute(name: string, has: (name: string) => boolean): object | undefined {
  const spec = Object.hasOwn(_EXCEPTION_DATA, name) ? _EXCEPTION_DATA[name] : undefined;
  if (spec === undefined || !has(name)) return undefined;
  let d = _exceptionData.get(name);
  if (!d) _exceptionData.set(name, (d = dataDescriptor(spec[0], spec[1], name)));
  return d;
}
