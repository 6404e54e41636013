// Python's `socket` module: the socket type, the module functions and the constants, bound to
// one SocketSpace. Functions that can block in Python (name lookups, create_connection) return
// Promises; the rest are synchronous.
import {
  CONSTANTS, formatNumericHost, getaddrinfoAsync, isAddrInfoFailure, parseNumericHost, sysClose, sysDup,
  sysGetprotobyname, sysGethostname, sysGetservbyname, sysGetservbyport, sysSocketpair, type AddrInfo,
} from '../kernel/index.ts';
import { fromSockAddr, resolveHost, type PyAddress } from './address.ts';
import { asCInt, asCLong, asIndex, asTimeout, checkArity } from './args.ts';
import { bytes, copyBytes as _copy, toBytesLike } from './bytes.ts';
import { gaiError, osError } from './errno.ts';
import * as exceptions from './exceptions.ts';
import { OSError, OverflowError, ValueError } from './exceptions.ts';
import { pyTypeName } from './pytype.ts';
import * as reverseLookup from './reverse-lookup.ts';
import { repr } from './format.ts';
import { Socket, SOCKET_CALL, type SocketCall, type SocketModuleState } from './socket.ts';
import { SocketSpace } from './space.ts';
import { tuple } from './tuple.ts';

const { AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT } = CONSTANTS;

/** `socket.socket`: callable with or without `new`, and `instanceof` works. */
export interface SocketType {
  (family?: number, type?: number, proto?: number, fileno?: number | null): Socket;
  new (family?: number, type?: number, proto?: number, fileno?: number | null): Socket;
  readonly prototype: Socket;
}

export type AddrInfoTuple = readonly [number, number, number, string, PyAddress];

function _marked<T>(method: string, promise: Promise<T>): Promise<T> {
  Object.defineProperty(promise, SOCKET_CALL, { value: { sock: undefined, method } satisfies SocketCall });
  return promise;
}

function _hostArg(fname: string, host: unknown): string {
  if (typeof host === 'string') return host;
  if (ArrayBuffer.isView(host)) return Buffer.from(host.buffer, host.byteOffset, host.byteLength).toString('latin1');
  // PyArg's "must be …, not None" names None itself.
  throw new TypeError(`${fname}() argument 1 must be str, bytes or bytearray, not ${host === undefined || host === null ? 'None' : pyTypeName(host)}`);
}

/** A host for gethostbyname(): PyArg "et" refuses a NUL in it. */
function _hostNameArg(fname: string, host: unknown): string {
  const name = _hostArg(fname, host);
  if (name.includes('\0')) throw new TypeError(`${fname}() argument 1 must be encoded string without null bytes, not ${pyTypeName(host)}`);
  return name;
}

/** An address text for inet_aton()/inet_pton(): PyArg "s" refuses a NUL in it. */
function _addressTextArg(fname: string, text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`${fname}() argument ${fname === 'inet_pton' ? 2 : 1} must be str, not ${pyTypeName(text)}`);
  const value = text;
  if (value.includes('\0')) throw new ValueError('embedded null character');
  return value;
}

/** A service or protocol name (PyArg "s"): str only, no NUL in it. */
function _netdbNameArg(fname: string, position: number, name: unknown): string {
  // PyArg's "must be str, not None" names None itself, any other type by its name.
  if (typeof name !== 'string') throw new TypeError(`${fname}() argument ${position} must be str, not ${name === null || name === undefined ? 'None' : pyTypeName(name)}`);
  if (name.includes('\0')) throw new ValueError('embedded null character');
  return name;
}

function _u16(name: string, x: unknown): number {
  const n = asIndex(x);
  if (n < 0) throw new OverflowError(`${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (n > 0xffff) throw new OverflowError(`${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return n;
}

function _u32(name: string, x: unknown): number {
  const n = asIndex(x);
  if (n < 0) throw new OverflowError(`${name}: can't convert negative Python int to C 32-bit unsigned integer`);
  if (n > 0xffffffff) throw new OverflowError(`${name}: Python int too large to convert to C 32-bit unsigned integer`);
  return n;
}

const _swap16 = (n: number) => ((n & 0xff) << 8) | ((n >> 8) & 0xff);
const _swap32 = (n: number) => (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;

/** Builds one socket module. Each module has its own space (its sockets and their events). */
export function createSocketModule(space: SocketSpace = new SocketSpace()) {
  const state: SocketModuleState = { space, defaultTimeout: null };

  const socket = function socket(family?: number, type?: number, proto?: number, fileno?: number | null): Socket {
    if (arguments.length > 4) {
      throw new TypeError(`socket.__init__() takes from 1 to 5 positional arguments but ${arguments.length + 1} were given`);
    }
    return new Socket(state, family, type, proto, fileno);
  } as unknown as SocketType;
  Object.defineProperty(socket, 'prototype', { value: Socket.prototype });

  async function _getaddrinfo(host: unknown, port: unknown, family: unknown = 0, type: unknown = 0, proto: unknown = 0, flags: unknown = 0): Promise<AddrInfoTuple[]> {
    let node: string | null;
    if (host === null || host === undefined) node = null;
    else node = _hostArg('getaddrinfo', host);
    let service: string | null;
    if (port === null || port === undefined) service = null;
    else if (typeof port === 'number' && Number.isInteger(port)) service = String(port);
    else if (typeof port === 'string') service = port;
    else if (ArrayBuffer.isView(port)) service = Buffer.from(port.buffer, port.byteOffset, port.byteLength).toString('latin1');
    else throw new OSError('Int or String expected');
    const found = await getaddrinfoAsync(node, service, {
      family: asCInt(family), socktype: asCInt(type), protocol: asCInt(proto), flags: asCInt(flags),
    });
    if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
    return found.map((ai: AddrInfo) => tuple(ai.family, ai.socktype, ai.protocol, ai.canonname, fromSockAddr(ai.addr) ?? '') as AddrInfoTuple);
  }

  async function _connect(address: unknown, timeout: unknown, sourceAddress: unknown): Promise<Socket> {
    if (!Array.isArray(address) || address.length !== 2) {
      throw new TypeError('create_connection() address must be a (host, port) pair');
    }
    const [host, port] = address as [unknown, unknown];
    const infos = await _getaddrinfo(host, port, 0, SOCK_STREAM);
    const errors: unknown[] = [];
    for (const [family, type, proto, , sockaddr] of infos) {
      let sock: Socket | undefined;
      try {
        sock = socket(family, type, proto);
        if (timeout !== _DEFAULT) sock.settimeout(timeout as number | null);
        if (sourceAddress !== undefined && sourceAddress !== null) sock.bind(sourceAddress as PyAddress);
        await sock.connect(sockaddr);
        return sock;
      } catch (e) {
        errors.push(e);
        sock?.close();
      }
    }
    if (errors.length > 0) throw errors[0];
    throw new OSError('getaddrinfo returns an empty list');
  }

  const functions = {
    socket,
    SocketType: socket,

    /** Python's socket.create_connection((host, port), timeout=..., source_address=None). */
    create_connection(address: readonly [string, number], timeout: number | null | typeof _DEFAULT = _DEFAULT, source_address?: PyAddress): Promise<Socket> {
      return _marked('create_connection', _connect(address, timeout, source_address));
    },

    /** Python's socket.create_server(address, *, family=AF_INET, backlog=None, reuse_port=False). */
    create_server(address: PyAddress, options: { family?: number; backlog?: number | null; reuse_port?: boolean; dualstack_ipv6?: boolean } = {}): Socket {
      const family = options.family ?? AF_INET;
      if (options.dualstack_ipv6) {
        if (family !== AF_INET6) throw new ValueError('dualstack_ipv6 requires AF_INET6 family');
      }
      const sock = socket(family, SOCK_STREAM);
      try {
        // CPython sets SO_REUSEADDR on POSIX so a restarted server can bind through TIME_WAIT.
        if (family !== AF_UNIX) sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
        if (options.reuse_port) sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
        if (family === AF_INET6) sock.setsockopt(CONSTANTS.IPPROTO_IPV6, CONSTANTS.IPV6_V6ONLY, options.dualstack_ipv6 ? 0 : 1);
        try {
          sock.bind(address);
        } catch (err) {
          // CPython: raise error(err.errno, '%s (while attempting to bind on address %r)' % ...)
          if (!(err instanceof OSError) || err.errno === undefined) throw err;
          throw new OSError(err.errno, `${err.strerror} (while attempting to bind on address ${repr(address)})`);
        }
        if (options.backlog === undefined || options.backlog === null) sock.listen();
        else sock.listen(options.backlog);
        return sock;
      } catch (e) {
        sock.close();
        throw e;
      }
    },

    socketpair(family: number = AF_UNIX, type: number = SOCK_STREAM, proto = 0): readonly [Socket, Socket] {
      if (arguments.length > 3) throw new TypeError(`socketpair() takes from 0 to 3 positional arguments but ${arguments.length} were given`);
      const pair = sysSocketpair(asCInt(family), asCInt(type), asCInt(proto));
      if (typeof pair === 'number') throw osError(-pair);
      return tuple(socket(family, type, proto, pair[0]), socket(family, type, proto, pair[1])) as readonly [Socket, Socket];
    },

    /** Python's socket.fromfd(): a new socket object on a dup() of `fd` (closing one leaves the other). */
    fromfd(fd: number, family: number, type: number, proto = 0): Socket {
      if (arguments.length < 3) {
        const missing = ['fd', 'family', 'type'].slice(arguments.length).map((n) => `'${n}'`);
        const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing[missing.length - 1]}`;
        throw new TypeError(`fromfd() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${names}`);
      }
      if (arguments.length > 4) throw new TypeError(`fromfd() takes from 3 to 4 positional arguments but ${arguments.length} were given`);
      // socket.dup() takes a C long and dup(2) an int: 2**31 becomes a negative fd (EBADF), as in CPython.
      const copy = sysDup(Number(BigInt.asIntN(32, BigInt(asCLong(fd)))));
      if (copy < 0) throw osError(-copy);
      try {
        return socket(family, type, proto, copy);
      } catch (e) {
        sysClose(copy);
        throw e;
      }
    },

    gethostname(): string {
      return sysGethostname();
    },

    /** socketmodule.c's getservbyname: /etc/services' port for a service name (any protocol, or 'tcp'/'udp'). */
    getservbyname(servicename: string, protocolname?: string): number {
      checkArity('getservbyname', arguments.length, 1, 2, 'at-least');
      const name = _netdbNameArg('getservbyname', 1, servicename);
      const proto = arguments.length > 1 ? _netdbNameArg('getservbyname', 2, protocolname) : null;
      const port = sysGetservbyname(name, proto);
      if (port === null) throw new OSError('service/proto not found');
      return port;
    },

    /** socketmodule.c's getservbyport: the service name /etc/services gives a port. */
    getservbyport(port: number, protocolname?: string): string {
      checkArity('getservbyport', arguments.length, 1, 2, 'at-least');
      const n = asCInt(port);
      const proto = arguments.length > 1 ? _netdbNameArg('getservbyport', 2, protocolname) : null;
      if (n < 0 || n > 0xffff) throw new OverflowError('getservbyport: port must be 0-65535.');
      const name = sysGetservbyport(n, proto);
      if (name === null) throw new OSError('port/proto not found');
      return name;
    },

    /** socketmodule.c's getprotobyname: /etc/protocols' number for a protocol name ('tcp' is 6). */
    getprotobyname(name: string): number {
      checkArity('getprotobyname', arguments.length, 1, 1, 'exactly');
      const number = sysGetprotobyname(_netdbNameArg('getprotobyname', 1, name));
      if (number === null) throw new OSError('protocol not found');
      return number;
    },

    gethostbyname(hostname: string): Promise<string> {
      return _marked('gethostbyname', (async () => {
        const name = _hostNameArg('gethostbyname', hostname);
        if (name === '') return '0.0.0.0';
        if (parseNumericHost(AF_INET, name)) return name;
        const found = await getaddrinfoAsync(name, null, { family: AF_INET });
        if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
        const first = found[0];
        if (!first || first.addr.family !== AF_INET) throw gaiError(-9);
        return first.addr.host;
      })());
    },

    gethostbyname_ex(hostname: string): Promise<readonly [string, string[], string[]]> {
      return _marked('gethostbyname_ex', (async () => {
        const name = _hostNameArg('gethostbyname_ex', hostname);
        const found = await getaddrinfoAsync(name, null, { family: AF_INET, socktype: SOCK_STREAM, flags: CONSTANTS.AI_CANONNAME });
        if (isAddrInfoFailure(found)) throw gaiError(found.code, found.errno);
        const addrs = [...new Set(found.map((ai) => (ai.addr.family === AF_INET ? ai.addr.host : '')))].filter(Boolean);
        return tuple(found[0]?.canonname || name, [], addrs) as readonly [string, string[], string[]];
      })());
    },

    getnameinfo(sockaddr: PyAddress, flags: number): Promise<readonly [string, string]> {
      return _marked('getnameinfo', reverseLookup.getnameinfo(arguments.length, sockaddr, flags));
    },

    gethostbyaddr(ip_address: string): Promise<readonly [string, string[], string[]]> {
      return _marked('gethostbyaddr', reverseLookup.gethostbyaddr(arguments.length, ip_address));
    },

    getaddrinfo(host: string | null, port: number | string | null, family = 0, type = 0, proto = 0, flags = 0): Promise<AddrInfoTuple[]> {
      return _marked('getaddrinfo', _getaddrinfo(host, port, family, type, proto, flags));
    },

    getdefaulttimeout(): number | undefined {
      if (arguments.length > 0) throw new TypeError(`_socket.getdefaulttimeout() takes no arguments (${arguments.length} given)`);
      return state.defaultTimeout ?? undefined;
    },

    setdefaulttimeout(timeout: number | null): undefined {
      if (arguments.length !== 1) throw new TypeError(`_socket.setdefaulttimeout() takes exactly one argument (${arguments.length} given)`);
      state.defaultTimeout = asTimeout(timeout);
      return undefined;
    },

    inet_aton(ip: string): bytes {
      checkArity('inet_aton', arguments.length, 1, 1, 'exactly');
      const text = _addressTextArg('inet_aton', ip);
      // inet_aton accepts the classic shorthand forms (127.1, 0x7f.1); inet_pton does not.
      const parts = text.split('.');
      const nums = parts.map((p) => (/^0x[0-9a-f]+$/i.test(p) ? parseInt(p, 16) : /^0[0-7]*$/.test(p) ? parseInt(p || '0', 8) : /^[1-9]\d*$/.test(p) ? parseInt(p, 10) : NaN));
      const limits = [[0xffffffff], [0xff, 0xffffff], [0xff, 0xff, 0xffff], [0xff, 0xff, 0xff, 0xff]][parts.length - 1];
      if (!limits || nums.some((n, i) => Number.isNaN(n) || n > (limits[i] ?? -1))) {
        throw new OSError('illegal IP address string passed to inet_aton');
      }
      let value = nums[nums.length - 1] ?? 0;
      for (let i = 0; i < nums.length - 1; i++) value += (nums[i] ?? 0) * 2 ** (8 * (3 - i));
      const out = Buffer.alloc(4);
      out.writeUInt32BE(value >>> 0, 0);
      return _copy(out);
    },

    inet_ntoa(packed: Uint8Array): string {
      const buf = toBytesLike(packed);
      if (buf.length !== 4) throw new OSError('packed IP wrong length for inet_ntoa');
      return formatNumericHost(AF_INET, buf);
    },

    inet_pton(family: number, ip: string): bytes {
      const fam = asCInt(family);
      if (fam !== AF_INET && fam !== AF_INET6) throw osError(97);
      const out = parseNumericHost(fam, _addressTextArg('inet_pton', ip));
      if (!out) throw new OSError('illegal IP address string passed to inet_pton');
      return _copy(out);
    },

    inet_ntop(family: number, packed: Uint8Array): string {
      const fam = asCInt(family);
      const buf = toBytesLike(packed);
      if (fam === AF_INET && buf.length !== 4) throw new ValueError('invalid length of packed IP address string');
      if (fam === AF_INET6 && buf.length !== 16) throw new ValueError('invalid length of packed IP address string');
      if (fam !== AF_INET && fam !== AF_INET6) throw new ValueError(`unknown address family ${fam}`);
      return formatNumericHost(fam, buf);
    },

    htons: (x: number) => _swap16(_u16('htons', x)),
    ntohs: (x: number) => _swap16(_u16('ntohs', x)),
    htonl: (x: number) => _swap32(_u32('htonl', x)),
    ntohl: (x: number) => _swap32(_u32('ntohl', x)),

    /** Resolves a host the way bind() and connect() do (for lessons and the REPL's messages). */
    _resolveHost: resolveHost,
  };

  // The module can also be called: tutorials that start with `from socket import *` write
  // socket(AF_INET, SOCK_STREAM) for the class, and socklab has both names in one place. No
  // Function.prototype under it, so `socket.bind` or `socket.call` are not there by accident.
  const callable = function socket(...args: Parameters<typeof functions.socket>): Socket {
    return functions.socket(...args);
  };
  Object.setPrototypeOf(callable, null);
  const module = Object.assign(callable, {
    ...CONSTANTS,
    ...functions,
    error: exceptions.OSError,
    timeout: exceptions.TimeoutError,
    gaierror: exceptions.gaierror,
    herror: exceptions.herror,
  });
  Object.defineProperty(module, '_resolveHost', { enumerable: false });
  Object.defineProperty(module, Symbol.toStringTag, { value: 'module' });
  Object.defineProperty(module, Symbol.for('socklab.repr'), { value: () => "<module 'socket' (built-in)>" });
  return { module, state, space };
}

/** Python's `socket._GLOBAL_DEFAULT_TIMEOUT` sentinel. */
const _DEFAULT = Symbol('socket._GLOBAL_DEFAULT_TIMEOUT');

export type SocketModule = ReturnType<typeof createSocketModule>['module'];
