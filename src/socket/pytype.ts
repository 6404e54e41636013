// The Python type name of a JS value, as CPython's error messages print it
// (`a bytes-like object is required, not 'str'`, `'float' object cannot be interpreted as an integer`).
import { types } from 'node:util';
import { isTuple } from './tuple.ts';

/** Objects (or their classes, as `static pyTypeName`) may name their Python type with this key. */
const _PYTYPE = Symbol.for('socklab.pytype');

/** Python's `type(x).__name__` for a JS value. */
export function pyTypeName(x: unknown): string {
  switch (typeof x) {
    case 'string': return 'str';
    case 'number': return Number.isInteger(x) ? 'int' : 'float';
    case 'bigint': return 'int';
    case 'boolean': return 'bool';
    case 'undefined': return 'NoneType';
    case 'symbol': return 'symbol';
    case 'function':
      if ((x as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'module') return 'module';
      return /^class[\s{]/.test(Function.prototype.toString.call(x)) ? 'type' : 'function';
  }
  if (x === null) return 'NoneType';
  const declared = _declared(x as object);
  if (declared !== undefined) return declared;
  if (isTuple(x)) return 'tuple';
  if (Array.isArray(x)) return 'list';
  // bytes declares itself above; any other byte buffer is mutable, like Python's bytearray.
  if (types.isUint8Array(x) || types.isUint8ClampedArray(x) || types.isAnyArrayBuffer(x)) return 'bytearray';
  if (ArrayBuffer.isView(x)) return 'memoryview';
  if (types.isMap(x)) return 'dict';
  if (types.isSet(x)) return 'set';
  if (types.isPromise(x)) return 'coroutine';
  if (types.isNativeError(x) || x instanceof Error) return (x as Error).name;
  const proto: unknown = Object.getPrototypeOf(x);
  if (proto === null || Object.getPrototypeOf(proto) === null) return 'dict';
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : 'object';
}

/** A name the object declares: `[Symbol.for('socklab.pytype')]`, or its class's `static pyTypeName`. */
function _declared(x: object): string | undefined {
  const bySymbol = (x as Record<symbol, unknown>)[_PYTYPE];
  if (typeof bySymbol === 'string') return bySymbol;
  const byClass = (x as { constructor?: { pyTypeName?: unknown } }).constructor?.pyTypeName;
  return typeof byClass === 'string' ? byClass : undefined;
}
