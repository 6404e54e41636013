// How Python sees the socket module's functions: most are C functions of _socket
// (`<built-in function htons>`, type builtin_function_or_method), a few are written in Python in
// Lib/socket.py (`<function getaddrinfo at 0x…>`). The byte-order functions parse their argument
// as Modules/socketmodule.c (3.11) does: htons/ntohs with PyArg "i" (an int that fits a C int,
// then 16 bits), htonl/ntohl with PyLong_Check and PyLong_AsUnsignedLong.
import { OverflowError } from '../../socket/exceptions.ts';
import { pyRepr } from '../../socket/format.ts';
import { NO_KEYWORDS, PYTHON_VALUES } from './runtime/call.ts';
import { DESCRIPTOR_TYPE } from './runtime/descriptors.ts';
import { addressOf } from './runtime/ids.ts';
import { typeName } from './runtime/ops.ts';
import { PyIntEnum } from './runtime/values.ts';

/** The socket module's functions that Lib/socket.py defines in Python (CPython 3.11). */
const _PYTHON_LEVEL = new Set(['create_connection', 'create_server', 'fromfd', 'getaddrinfo', 'getfqdn', 'has_dualstack_ipv6', 'recv_fds', 'send_fds', 'socketpair']);

/** A Python int as a JS number or bigint (bool and IntEnum members are ints), else undefined. */
function _int(x: unknown): number | bigint | undefined {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyIntEnum) return x.value;
  return undefined;
}

/** PyArg "i", then the 16-bit range check of socket_htons/socket_ntohs. */
function _u16(name: string, x: unknown): number {
  const n = _int(x);
  if (n === undefined) throw new TypeError(`'${typeName(x === undefined ? null : x)}' object cannot be interpreted as an integer`);
  const big = BigInt(n);
  if (big >= 2n ** 63n || big < -(2n ** 63n)) throw new OverflowError('Python int too large to convert to C long');
  if (big > 2147483647n) throw new OverflowError('signed integer is greater than maximum');
  if (big < -2147483648n) throw new OverflowError('signed integer is less than minimum');
  const v = Number(big);
  if (v < 0) throw new OverflowError(`${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (v > 0xffff) throw new OverflowError(`${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return v;
}

/** socket_htonl/socket_ntohl: an int object, PyLong_AsUnsignedLong, then 32 bits. */
function _u32(x: unknown): number {
  const n = _int(x);
  if (n === undefined) throw new TypeError(`expected int, ${typeName(x === undefined ? null : x)} found`);
  const big = BigInt(n);
  if (big < 0n) throw new OverflowError("can't convert negative value to unsigned int");
  if (big >= 2n ** 64n) throw new OverflowError('Python int too large to convert to C unsigned long');
  if (big > 0xffffffffn) throw new OverflowError('int larger than 32 bits');
  return Number(big);
}

/** Python's view of socket's functions in `attrs` (the module's attributes), changed in place. */
export function bindSocketFunctions(attrs: Record<string, unknown>): void {
  for (const name of ['htons', 'ntohs', 'htonl', 'ntohl'] as const) {
    const swap = attrs[name] as ((x: number) => number) | undefined;
    if (typeof swap !== 'function') continue;
    const check = name.endsWith('s') ? (x: unknown) => _u16(name, x) : _u32;
    const f = { [name]: (x: unknown) => swap(check(x)) }[name]!;
    PYTHON_VALUES.add(f);
    NO_KEYWORDS.set(f, name.endsWith('l') ? `_socket.${name}()` : `${name}()`);
    attrs[name] = f;
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value !== 'function' || !/^[a-z]/.test(name) || name === 'socket' || name === 'SocketType') continue;
    // A class (error, timeout, …) keeps its own repr.
    if ((value.prototype as unknown) instanceof Error || /^class[\s{]/.test(Function.prototype.toString.call(value))) continue;
    const pythonLevel = _PYTHON_LEVEL.has(name);
    Object.defineProperty(value, pyRepr, {
      value: pythonLevel ? () => `<function ${name} at ${addressOf(value)}>` : () => `<built-in function ${name}>`,
      configurable: true,
    });
    Object.defineProperty(value, DESCRIPTOR_TYPE, { value: pythonLevel ? 'function' : 'builtin_function_or_method', configurable: true });
  }
}
