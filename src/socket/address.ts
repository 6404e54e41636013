// Python's socket addresses ⇄ kernel sockaddrs, with CPython's getsockaddrarg() checks and
// messages, and its setipaddr() host rules: '' is INADDR_ANY, '<broadcast>' is
// INADDR_BROADCAST, numeric hosts skip name resolution, other names go through getaddrinfo.
import {
  CONSTANTS, getaddrinfoSync, isAddrInfoFailure, parseNumericHost, type SockAddr,
} from '../kernel/index.ts';
import { asIndex } from './args.ts';
import { OSError, OverflowError } from './exceptions.ts';
import { gaiError, osError } from './errno.ts';
import { pyTypeName } from './pytype.ts';
import { tuple } from './tuple.ts';
import { copyBytes as _copy } from './bytes.ts';

const { AF_INET, AF_INET6, AF_UNIX } = CONSTANTS;

/** A Python address as JS sees it: ('host', port) / ('host', port, flowinfo, scope_id) / path. */
export type PyAddress = readonly [string, number] | readonly [string, number, number, number] | string | Uint8Array;

/** Python's idna_converter: str, bytes or bytearray. */
function _hostText(host: unknown): string {
  let text: string;
  if (typeof host === 'string') text = host;
  else if (ArrayBuffer.isView(host)) text = Buffer.from(host.buffer, host.byteOffset, host.byteLength).toString('latin1');
  else throw new TypeError(`str, bytes or bytearray expected, not ${pyTypeName(host)}`);
  // The C string would end at the NUL: CPython refuses it rather than resolve what comes before.
  if (text.includes('\0')) throw new TypeError('host name must not contain null character');
  return text;
}

/** Port conversion inside a ('host', port) pair, as PyArg_ParseTuple "i" (an int that fits). */
function _port(x: unknown, caller: string): number {
  if (typeof x === 'number' && !Number.isInteger(x)) {
    throw new TypeError(`'float' object cannot be interpreted as an integer`);
  }
  const port = asIndex(x);
  if (port < -2147483648 || port > 2147483647) throw new OverflowError(`${caller}(): port must be 0-65535.`);
  return port;
}

/** The range check, which CPython makes after the host is resolved. */
function _checkPortRange(port: number, caller: string): number {
  if (port < 0 || port > 0xffff) throw new OverflowError(`${caller}(): port must be 0-65535.`);
  return port;
}

/** CPython's setipaddr(): host text → numeric host for `family`, resolving names synchronously. */
export function resolveHost(name: string, family: number): string {
  if (name === '') return family === AF_INET6 ? '::' : '0.0.0.0';
  if (name === '<broadcast>' || name === '255.255.255.255') {
    if (family !== AF_INET) throw osError(97);
    return '255.255.255.255';
  }
  if (parseNumericHost(family, name)) return name;
  const found = getaddrinfoSync(name, null, { family });
  if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
  const first = found.find((ai) => ai.addr.family === family);
  if (!first || first.addr.family === AF_UNIX) throw gaiError(-9);
  return first.addr.host;
}

/** Checks a Python address argument for `family` and returns the kernel address it names. */
export function toSockAddr(family: number, address: unknown, caller: string): SockAddr {
  if (family === AF_UNIX) {
    let path: string | Uint8Array;
    if (typeof address === 'string') path = address;
    else if (ArrayBuffer.isView(address)) path = new Uint8Array(address.buffer, address.byteOffset, address.byteLength);
    // An address written as a JS array is a Python tuple.
    else throw new TypeError(`a bytes-like object is required, not '${Array.isArray(address) ? 'tuple' : pyTypeName(address)}'`);
    const length = typeof path === 'string' ? Buffer.byteLength(path) : path.length;
    // CPython (Linux): '' autobinds and a leading NUL is the abstract namespace, both up to the
    // whole sun_path; any other path needs room for its terminating NUL.
    const abstract = length === 0 || (typeof path === 'string' ? path.startsWith('\0') : path[0] === 0);
    if (abstract ? length > 108 : length >= 108) throw new OSError('AF_UNIX path too long');
    return { family: AF_UNIX, path };
  }
  if (family === AF_INET || family === AF_INET6) {
    const fname = family === AF_INET ? 'AF_INET' : 'AF_INET6';
    if (!Array.isArray(address)) {
      throw new TypeError(`${caller}(): ${fname} address must be tuple, not ${pyTypeName(address)}`);
    }
    if (family === AF_INET && address.length !== 2) {
      throw new TypeError('AF_INET address must be a pair (host, port)');
    }
    if (family === AF_INET6 && (address.length < 2 || address.length > 4)) {
      throw new TypeError('AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])');
    }
    const hostText = _hostText(address[0]);
    const portArg = _port(address[1], caller);
    if (family === AF_INET) {
      const host = resolveHost(hostText, AF_INET);
      return { family, host, port: _checkPortRange(portArg, caller) };
    }
    const flowinfo = address.length > 2 ? asIndex(address[2]) : 0;
    const scopeId = address.length > 3 ? asIndex(address[3]) : 0;
    const host = resolveHost(hostText, AF_INET6);
    const port = _checkPortRange(portArg, caller);
    if (flowinfo < 0 || flowinfo > 0xfffff) throw new OverflowError(`${caller}(): flowinfo must be 0-1048575.`);
    return { family, host, port, flowinfo, scopeId };
  }
  // getsockaddrarg()'s default case: a family CPython has no address format for (AF_UNSPEC, the
  // family of a Python subclass's socket whose __init__ never called socket.__init__).
  if (family === 0) throw new OSError(`${caller}(): bad family`);
  throw osError(97);
}

/** The Python value of a kernel address: a tuple for IP, str (or bytes if abstract) for AF_UNIX. */
export function fromSockAddr(addr: SockAddr | undefined): PyAddress | undefined {
  if (!addr) return undefined;
  switch (addr.family) {
    case AF_INET:
      return tuple(addr.host, addr.port);
    case AF_INET6:
      return tuple(addr.host, addr.port, addr.flowinfo, addr.scopeId);
    case AF_UNIX:
      return typeof addr.path === 'string' ? addr.path : _copy(addr.path);
  }
}
