// The modules a Python program can import here: socket (socklab's own module, the same objects
// the REPL's socket table and the lessons' checkpoints see, with the few Python-visible fixes:
// IntEnum constants, floats from gettimeout(), keyword names), os, sys and time. The socket
// programs' other modules (struct, select, threading, socketserver, …) come from src/modules.
import { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { lookupService } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { cpus } from 'node:os';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { nodeChildProcess, nodeCrypto } from '../../lazy-builtins.ts';
import { b as makeBytes, bytes } from '../../socket/bytes.ts';
import { sleep } from '../../socket/globals.ts';
import { os as socketOs } from '../../socket/os.ts';
import { pyRepr, repr as pyReprOf } from '../../socket/format.ts';
import { pyTypeName } from '../../socket/pytype.ts';
import { strptime } from './stdlib/strftime.ts';
import { Socket, type SocketModuleState } from '../../socket/socket.ts';
import { socketBaseClass } from './runtime/socket-base.ts';
import { bindSocketFunctions } from './socket-functions.ts';
import type { SocketModule } from '../../socket/module.ts';
import { tuple } from '../../socket/tuple.ts';
import { ATTRIBUTE_HOOKS } from './runtime/attributes.ts';
import { BUILTIN_TYPE, FLOAT_RESULTS, NO_KEYWORDS, PY_PARAMS, PyObject, awaitWait, native } from './runtime/call.ts';
import { NO_KEYWORDS_FUNCTIONS, NO_KEYWORDS_METHODS } from '../../socket/keywords.ts';
import { ModuleNotFoundError, OSError, SystemExit } from './runtime/exceptions.ts';
import { OverflowError, QUALIFIED_NAMES, ValueError } from '../../socket/exceptions.ts';
import { strerror } from '../../kernel/index.ts';
import { PyDict, PyFloat, PyIntEnum, intValue, isInt, isNone, realValue } from './runtime/values.ts';
import { excInfo, handledException } from './runtime/handling.ts';
import { sizeOf } from './runtime/sizeof.ts';
import { getRecursionLimit, setRecursionLimit } from './runtime/recursion.ts';
import { structSequence } from './stdlib/structseq.ts';
import { pythonVersionNumbers, pythonVersionText } from './stdlib/python-version.ts';
import { SimpleNamespace } from './stdlib/types.ts';
import { iter } from './runtime/ops.ts';

export type PyModule = Record<string, unknown>;

// Where Debian's CPython 3.11 (/usr/bin/python3, as the traceback frames of library code are
// printed) finds each module socklab has: a file of its library, frozen, or built into the
// interpreter (every module not listed; Debian compiles math, select and binascii in).
const _LIB = '/usr/lib/python3.11/';
const _FROZEN = new Set(['os', 'posixpath', 'io']);
const _PACKAGES = new Set(['json', 're', 'collections', 'logging', 'multiprocessing', 'html', 'concurrent', 'concurrent.futures', 'urllib', 'http', 'asyncio']);
const _LIBRARY_FILES = new Set([
  'socket', 'struct', 'threading', 'signal', 'queue', 'random', 'datetime', 'hashlib', 'base64', 'traceback', 'functools',
  'operator', 'argparse', 'subprocess', 'selectors', 'tempfile', 'shutil', 'socketserver', 'json.decoder', 'string', 'pickle', 'contextlib', 'types', 'uuid', 'dataclasses', 'typing', 'abc', 'enum', 'copy', 'heapq', 'bisect', 'textwrap', 'platform',
  'csv', 'fractions', 'statistics', 'fnmatch', 'glob', 'shlex', 'weakref', 'inspect', 'gzip', 'mimetypes', 'calendar',
  'concurrent.futures._base', 'concurrent.futures.thread', 'urllib.parse', 'http.client', 'http.server', 'ipaddress', 'hmac', 'secrets', 'warnings', 'codecs', 'pprint', ..._PACKAGES,
]);

/** A module's repr as CPython's: `<module 'socket' from '/usr/lib/python3.11/socket.py'>`, `<module 'sys' (built-in)>`. */
export function moduleRepr(name: string): string {
  if (_FROZEN.has(name)) return `<module '${name}' (frozen)>`;
  if (!_LIBRARY_FILES.has(name)) return `<module '${name}' (built-in)>`;
  const file = _PACKAGES.has(name) ? `${name.replaceAll('.', '/')}/__init__.py` : `${name.replaceAll('.', '/')}.py`;
  return `<module '${name}' from '${_LIB}${file}'>`;
}

/** A module object: attributes, `__name__`, and CPython's repr (moduleRepr). */
export function makeModule(name: string, attrs: Record<string, unknown>): PyModule {
  return asModule(name, { __name__: name, ...attrs });
}

/**
 * Makes `m` itself the module object, so that what the program assigns to it is seen by whoever
 * holds `m` (the builtins module is the namespace every name lookup falls back to).
 */
export function asModule(name: string, m: Record<string, unknown>): PyModule {
  m.__name__ ??= name;
  Object.defineProperty(m, Symbol.toStringTag, { value: 'module' });
  const text = moduleRepr(name);
  Object.defineProperty(m, pyRepr, { value: () => text });
  return m;
}

const _ENUMS: [RegExp, string][] = [[/^AF_/, 'AddressFamily'], [/^SOCK_/, 'SocketKind']];

function _params(fn: unknown, positional: string[], keywordOnly: string[] = []): void {
  if (typeof fn === 'function') Object.defineProperty(fn, PY_PARAMS, { value: { positional, keywordOnly }, configurable: true });
}

/** Python's socket module over socklab's: the same functions and socket objects. */
export function bindSocketModule(module: SocketModule, state: SocketModuleState): PyModule {
  const attrs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(module)) {
    const en = _ENUMS.find(([re]) => re.test(key));
    attrs[key] = en && typeof value === 'number' ? new PyIntEnum(en[1], key, value) : value;
  }
  _params(module.socket, ['family', 'type', 'proto', 'fileno']);
  // socket.socket is a class in CPython, and type(s) is it: both show as <class 'socket.socket'>.
  (QUALIFIED_NAMES as Map<Function, string>).set(Socket, 'socket.socket');
  Object.defineProperty(module.socket, pyRepr, { value: () => "<class 'socket.socket'>", configurable: true });
  // socket.SocketType is _socket.socket, the C type socket.socket derives from (its __mro__).
  const socketType = function socket(...args: Parameters<SocketModule['socket']>) { return module.socket(...args); };
  Object.defineProperty(socketType, 'prototype', { value: Socket.prototype });
  Object.defineProperty(socketType, pyRepr, { value: () => "<class '_socket.socket'>" });
  (QUALIFIED_NAMES as Map<Function, string>).set(socketType, '_socket.socket');
  Object.defineProperty(module.socket, BUILTIN_TYPE, { value: socketType, configurable: true });
  attrs.SocketType = socketType;
  _params(module.create_connection, ['address', 'timeout', 'source_address']);
  _params(module.create_server, ['address'], ['family', 'backlog', 'reuse_port', 'dualstack_ipv6']);
  _params(module.getaddrinfo, ['host', 'port', 'family', 'type', 'proto', 'flags']);
  // s.family / s.type are IntEnum members in CPython: <AddressFamily.AF_INET: 2>. Only Python's
  // view changes (an attribute hook): TypeScript code keeps reading numbers.
  const members = (prefix: string, enumName: string) => new Map(Object.entries(module)
    .filter(([k, v]) => k.startsWith(prefix) && typeof v === 'number' && !['SOCK_NONBLOCK', 'SOCK_CLOEXEC'].includes(k))
    .map(([k, v]) => [v as number, new PyIntEnum(enumName, k, v as number)]));
  const enums: Record<string, Map<number, PyIntEnum>> = { family: members('AF_', 'AddressFamily'), type: members('SOCK_', 'SocketKind') };
  const enumView = (obj: object, name: string): unknown => {
    const table = enums[name];
    if (!table) return undefined;
    const v = (obj as Record<string, unknown>)[name] as number;
    return table.get(v) ?? v;
  };
  ATTRIBUTE_HOOKS.set(Socket.prototype, enumView);
  // `class MySock(socket.socket)` extends this class (socket-base.ts); its instances' family too.
  ATTRIBUTE_HOOKS.set(socketBaseClass(module.socket, state).prototype as object, enumView);
  // getaddrinfo's rows name their family and type as enum members too, as CPython's do.
  const getaddrinfo = module.getaddrinfo as (...a: unknown[]) => Promise<(readonly unknown[])[]>;
  attrs.getaddrinfo = async function getaddrinfo_(...args: unknown[]) {
    const rows = await getaddrinfo(...args);
    return rows.map(([family, type, ...rest]) => tuple(enums.family!.get(family as number) ?? family, enums.type!.get(type as number) ?? type, ...rest));
  };
  Object.defineProperty(attrs.getaddrinfo, 'name', { value: 'getaddrinfo' });
  _params(attrs.getaddrinfo, ['host', 'port', 'family', 'type', 'proto', 'flags']);
  FLOAT_RESULTS.add(module.getdefaulttimeout);
  // s.recv(bufsize=1024), socket.htons(x=1): CPython's C functions take no keywords.
  for (const [name, label] of Object.entries(NO_KEYWORDS_FUNCTIONS)) {
    const f = (module as unknown as Record<string, unknown>)[name];
    if (typeof f === 'function') NO_KEYWORDS.set(f, label);
  }
  for (const [name, label] of Object.entries(NO_KEYWORDS_METHODS)) {
    const f = (Socket.prototype as unknown as Record<string, unknown>)[name];
    if (typeof f === 'function') NO_KEYWORDS.set(f, label);
  }
  _params(bytes.prototype.decode, ['encoding', 'errors']);
  _params(Socket.prototype.recv_into, ['buffer', 'nbytes', 'flags']);
  _params(Socket.prototype.recvfrom_into, ['buffer', 'nbytes', 'flags']);
  FLOAT_RESULTS.add(Socket.prototype.gettimeout);
  // socket.has_dualstack_ipv6(): Linux sockets take IPV6_V6ONLY, so an AF_INET6 socket can serve both
  // (what create_server(dualstack_ipv6=True) checks first); False where IPv6 sockets cannot be made.
  attrs.has_dualstack_ipv6 ??= native('has_dualstack_ipv6', () => {
    try {
      const s = module.socket(module.AF_INET6 as number, module.SOCK_STREAM as number);
      s.close();
      return true;
    } catch {
      return false;
    }
  });
  // socket.getfqdn (Lib/socket.py): the name gethostbyaddr() finds for the host's address (here
  // getnameinfo's, which reads /etc/hosts as CPython's does; the aliases it also searches for a
  // dotted name are not read), else the name as given.
  attrs.getfqdn = native('getfqdn', async (a, kw) => {
    let name = String(a[0] ?? kw?.name ?? '').trim();
    if (name === '' || name === '0.0.0.0') name = module.gethostname();
    try {
      const address = /^[\d.]+$/.test(name) ? name : await module.gethostbyname(name);
      return (await lookupService(address, 0)).hostname;
    } catch {
      return name;
    }
  });
  // create_connection's default timeout, as a value a program can pass on (`timeout=socket._GLOBAL_DEFAULT_TIMEOUT`).
  const defaultTimeout = new PyObject();
  attrs._GLOBAL_DEFAULT_TIMEOUT = defaultTimeout;
  const createConnection = module.create_connection;
  attrs.create_connection = function create_connection(address: Parameters<typeof createConnection>[0], timeout?: unknown, sourceAddress?: Parameters<typeof createConnection>[2]) {
    return createConnection(address, timeout === defaultTimeout ? undefined : timeout as number | null | undefined, sourceAddress);
  };
  _params(attrs.create_connection, ['address', 'timeout', 'source_address']);
  bindSocketFunctions(attrs);
  return makeModule('socket', attrs);
}

export interface HostIO {
  write: (text: string) => void;
  writeErr: (text: string) => void;
  readLine: (prompt: string) => Promise<string | undefined>;
  argv: string[];
  /** BuiltinIO.classes. */
  classes?: Map<Function, Function>;
}

function _float(x: number): PyFloat {
  return new PyFloat(x);
}

const _DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const _MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const _FULL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const _FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** time.strftime for local time, the directives tutorials print timestamps with. */
function _strftime(format: string, d: Date): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const wd = (d.getDay() + 6) % 7;
  return format.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
    switch (c) {
      case 'Y': return String(d.getFullYear());
      case 'y': return p2(d.getFullYear() % 100);
      case 'm': return p2(d.getMonth() + 1);
      case 'd': return p2(d.getDate());
      case 'H': return p2(d.getHours());
      case 'I': return p2(d.getHours() % 12 || 12);
      case 'M': return p2(d.getMinutes());
      case 'S': return p2(d.getSeconds());
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'a': return _DAYS[wd]!;
      case 'A': return _FULL_DAYS[wd]!;
      case 'b': return _MONTHS[d.getMonth()]!;
      case 'B': return _FULL_MONTHS[d.getMonth()]!;
      case 'j': return String(Math.floor((d.getTime() - new Date(d.getFullYear(), 0, 1).getTime()) / 86400000) + 1).padStart(3, '0');
      case '%': return '%';
      default: return whole;
    }
  });
}

function _ctime(d: Date, weekday?: number): string {
  const wd = weekday ?? (d.getDay() + 6) % 7;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${_DAYS[wd]} ${_MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')} ${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())} ${d.getFullYear()}`;
}

function _when(secs: unknown): Date {
  return secs === undefined || secs === null ? new Date() : new Date(realValue(secs) * 1000);
}

/** time.struct_time: nine fields in the tuple, tm_zone and tm_gmtoff as attributes only. */
const _VERSION_INFO = structSequence('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const _STRUCT_TIME = structSequence('time.struct_time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'], ['tm_zone', 'tm_gmtoff']);

/** The zone's abbreviation as libc's tzname gives it (CET, EDT, UTC): Intl's short name, en-GB's where en-US has only GMT+1 (one neither knows, AEST, stays GMT+10). */
function _zoneName(d: Date): string {
  const short = (locale: string): string => new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  const us = short('en-US');
  if (us === 'GMT' || us === 'UTC') return 'UTC';
  return /^GMT[+-]/.test(us) ? short('en-GB') : us;
}

/** tm_isdst: 1 when `d`'s offset is past the zone's standard one (the smaller of January's and July's). */
function _isDst(d: Date): number {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return d.getTimezoneOffset() < Math.max(jan, jul) ? 1 : 0;
}

/**
 * A struct_time of `d`'s fields as the Date reads them (local time, or UTC for gmtime), kept with
 * its Date for strftime; strptime's has tm_isdst -1 (not known) and no zone.
 */
function _structTime(d: Date, utc = false, isdst?: number): unknown {
  const yday = Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / 86400000) + 1;
  const fields = [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday, isdst ?? (utc ? 0 : _isDst(d))];
  const extras = isdst !== undefined ? [null, null] : utc ? ['GMT', 0] : [_zoneName(d), 0 - d.getTimezoneOffset() * 60 || 0];
  return _STRUCT_TIME.make(fields, extras, { [_DATE]: d });
}
const _DATE = Symbol('socklab.python.date');

/** The local time a struct_time (or a 9-tuple) stands for; now when it is not given. */
function _dateOf(t: unknown): Date {
  if (t === undefined || isNone(t)) return new Date();
  const known = (t as Record<symbol, Date>)[_DATE];
  if (known) return known;
  if (!Array.isArray(t)) throw new TypeError('Tuple or struct_time argument required');
  if (t.length !== 9) throw new TypeError(`time.struct_time() takes a 9-sequence (${t.length}-sequence given)`);
  const [y, mo, d, h, mi, sec] = t.map((x) => Number(intValue(x)));
  const date = new Date(y!, mo! - 1, d, h, mi, sec);
  date.setFullYear(y!);
  return date;
}

function _cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

export function createTimeModule(): PyModule {
  return makeModule('time', {
    localtime: native('localtime', (a) => _structTime(_when(a[0]))),
    gmtime: native('gmtime', (a) => { const d = _when(a[0]); return _structTime(new Date(d.getTime() + d.getTimezoneOffset() * 60000), true); }),
    struct_time: _STRUCT_TIME.type,
    time: native('time', () => _float(Date.now() / 1000)),
    time_ns: native('time_ns', () => BigInt(Date.now()) * 1000000n),
    monotonic: native('monotonic', () => _float(performance.now() / 1000)),
    perf_counter: native('perf_counter', () => _float(performance.now() / 1000)),
    monotonic_ns: native('monotonic_ns', () => BigInt(Math.round(performance.now() * 1e6))),
    perf_counter_ns: native('perf_counter_ns', () => BigInt(Math.round(performance.now() * 1e6))),
    // CPU time of the process, user and system; socklab's threads are tasks of this one thread,
    // so thread_time() counts the same clock.
    process_time: native('process_time', () => _float(_cpuMicros() / 1e6)),
    process_time_ns: native('process_time_ns', () => BigInt(_cpuMicros()) * 1000n),
    thread_time: native('thread_time', () => _float(_cpuMicros() / 1e6)),
    thread_time_ns: native('thread_time_ns', () => BigInt(_cpuMicros()) * 1000n),
    sleep: native('sleep', async (a) => {
      const s = a[0];
      if (!isInt(s) && !(s instanceof PyFloat)) throw new TypeError(`'${typeof s === 'string' ? 'str' : 'NoneType'}' object cannot be interpreted as an integer`);
      await awaitWait(sleep(realValue(s)));
      return null;
    }),
    ctime: native('ctime', (a) => _ctime(_when(a[0]))),
    // A 9-tuple's own tm_wday names the day, as the C library's asctime() reads it.
    asctime: native('asctime', (a) => _ctime(_dateOf(a[0]), Array.isArray(a[0]) && a[0].length === 9 ? Number(intValue(a[0][6])) % 7 : undefined)),
    // Lib/_strptime.py's _strptime_time: a struct_time whose tm_isdst is -1 (not known).
    strptime: native('strptime', (a) => {
      if (typeof a[0] !== 'string') throw new TypeError(`strptime() argument 0 must be str, not <class '${pyTypeName(a[0])}'>`);
      const format = a[1] === undefined ? '%a %b %d %H:%M:%S %Y' : a[1];
      if (typeof format !== 'string') throw new TypeError(`strptime() argument 1 must be str, not <class '${pyTypeName(format)}'>`);
      const p = strptime(a[0], format);
      const d = new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
      d.setFullYear(p.year);
      return _structTime(d, false, -1);
    }),
    // mktime(t): the local time t says, in seconds since the epoch.
    mktime: native('mktime', (a) => {
      if (Array.isArray(a[0]) && a[0].length !== 9) throw new TypeError('mktime(): illegal time tuple argument');
      return _float(Math.floor(_dateOf(a[0]).getTime() / 1000));
    }),
    strftime: native('strftime', (a) => _strftime(String(a[0]), _dateOf(a[1]))),
  });
}

/** posixpath.normpath: `.` and `..` resolved by the text alone; `//` at the start is kept (POSIX leaves it to the system). */
function _normpath(path: string): string {
  if (path === '') return '.';
  const initial = path.startsWith('//') && !path.startsWith('///') ? 2 : path.startsWith('/') ? 1 : 0;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (initial === 0 && comps.length === 0) || comps[comps.length - 1] === '..') comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  return '/'.repeat(initial) + comps.join('/') || '.';
}

/** posixpath.abspath: joined to the working directory, then normpath. */
function _abspath(path: string): string {
  return _normpath(path.startsWith('/') ? path : `${process.cwd()}/${path}`);
}

/** posixpath.relpath */
function _relpath(path: unknown, start: string): string {
  if (path === '' || isNone(path)) throw new ValueError('no path specified');
  const from = _abspath(start).split('/').filter((x) => x !== '');
  const to = _abspath(String(path)).split('/').filter((x) => x !== '');
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const rel = [...Array<string>(from.length - i).fill('..'), ...to.slice(i)];
  return rel.length === 0 ? '.' : rel.join('/');
}

/** posixpath.expanduser for `~` and `~/…` (another user's `~name` is left as it is). */
function _expanduser(path: string): string {
  if (path !== '~' && !path.startsWith('~/')) return path;
  const home = process.env.HOME;
  if (home === undefined) return path;
  return home.replace(/\/+$/, '') + path.slice(1) || '/';
}

/** os.system(): the command through /bin/sh, its output through the program's own stdout. */
function _system(io: HostIO, command: string): Promise<number> {
  return new Promise((resolveStatus) => {
    const child = nodeChildProcess().spawn('/bin/sh', ['-c', command], { stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => io.write(d.toString()));
    child.stderr.on('data', (d: Buffer) => io.writeErr(d.toString()));
    child.on('close', (code, signal) => resolveStatus(signal ? 128 : (code ?? 0) * 256));
    child.on('error', () => resolveStatus(127 * 256));
  });
}

/**
 * os.stat_result: ten fields in the tuple (its times as ints, which C leaves unnamed and the repr
 * names after the float attributes), the float and nanosecond times, st_blksize, st_blocks and
 * st_rdev as attributes only.
 */
const _STAT_RESULT = structSequence('os.stat_result', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'],
  ['st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'], { unnamed: 3 });

/** os.stat(path) / os.lstat(path) / os.fstat(fd): the kernel's stat, or CPython's OSError with the path. */
function _stat(a: unknown[], follow: boolean, fd = false): unknown {
  const target = a[0];
  let st: import('node:fs').BigIntStats;
  try {
    if (fd) st = fstatSync(Number(intValue(target)), { bigint: true });
    else st = (follow ? statSync : lstatSync)(_pathArg(target), { bigint: true });
  } catch (e) {
    const errno = Math.abs((e as { errno?: number }).errno ?? 2);
    throw fd ? new OSError(errno, strerror(errno)) : new OSError(errno, strerror(errno), target);
  }
  const n = (x: bigint): number | bigint => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
  const seconds = (ns: bigint): number => Number(ns / 1000000000n);
  const float = (ns: bigint): PyFloat => new PyFloat(Number(ns) / 1e9);
  return _STAT_RESULT.make(
    [n(st.mode), n(st.ino), n(st.dev), n(st.nlink), n(st.uid), n(st.gid), n(st.size), seconds(st.atimeNs), seconds(st.mtimeNs), seconds(st.ctimeNs)],
    [float(st.atimeNs), float(st.mtimeNs), float(st.ctimeNs), n(st.atimeNs), n(st.mtimeNs), n(st.ctimeNs), n(st.blksize), n(st.blocks), n(st.rdev)],
  );
}

/** A path argument: str or bytes (os.fspath's), else CPython's TypeError. */
function _pathArg(p: unknown): string {
  if (typeof p === 'string') return p;
  if (p instanceof bytes) return Buffer.from(p).toString();
  throw new TypeError(`stat: path should be string, bytes, os.PathLike or integer, not ${p === null || p === undefined ? 'NoneType' : typeof p === 'number' ? 'int' : typeof p}`);
}

/** A file-system call raising what CPython's os raises: `FileNotFoundError: [Errno 2] No such file or directory: 'x'`. */
function _fs<T>(path: unknown, call: () => T, path2?: unknown): T {
  try {
    return call();
  } catch (e) {
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno !== 'number') throw e;
    const err = new OSError(Math.abs(errno), strerror(Math.abs(errno)), path);
    // os.rename's error names both paths: `[Errno 2] No such file or directory: 'a' -> 'b'`.
    if (path2 !== undefined) err.message += ` -> ${pyReprOf(path2)}`;
    throw err;
  }
}

export function createOsModule(io: HostIO): PyModule {
  const environ = new PyDict(Object.entries(process.env));
  const path = makeModule('posixpath', {
    ...socketOs.path,
    exists: native('exists', (a) => typeof a[0] === 'string' && existsSync(a[0])),
    isfile: native('isfile', (a) => typeof a[0] === 'string' && existsSync(a[0]) && statSync(a[0]).isFile()),
    isdir: native('isdir', (a) => typeof a[0] === 'string' && existsSync(a[0]) && statSync(a[0]).isDirectory()),
    islink: native('islink', (a) => typeof a[0] === 'string' && existsSync(a[0]) && lstatSync(a[0]).isSymbolicLink()),
    basename: native('basename', (a) => String(a[0]).slice(String(a[0]).lastIndexOf('/') + 1)),
    dirname: native('dirname', (a) => { const s = String(a[0]); const i = s.lastIndexOf('/'); return i < 0 ? '' : i === 0 ? '/' : s.slice(0, i); }),
    abspath: native('abspath', (a) => resolvePath(String(a[0]))),
    getsize: native('getsize', (a) => _fs(a[0], () => statSync(String(a[0])).size)),
    split: native('split', (a) => { const s = String(a[0]); const i = s.lastIndexOf('/'); return tuple(i < 0 ? '' : s.slice(0, Math.max(i, 1)), s.slice(i + 1)); }),
    splitext: native('splitext', (a) => { const s = String(a[0]); const base = basename(s); const i = base.lastIndexOf('.'); return i <= 0 ? tuple(s, '') : tuple(s.slice(0, s.length - base.length + i), base.slice(i)); }),
    isabs: native('isabs', (a) => String(a[0]).startsWith('/')),
    normpath: native('normpath', (a) => _normpath(String(a[0]))),
    realpath: native('realpath', (a) => { const p = _abspath(String(a[0])); return existsSync(p) ? realpathSync(p) : p; }),
    relpath: native('relpath', (a) => _relpath(a[0], a[1] === undefined || isNone(a[1]) ? '.' : String(a[1]))),
    expanduser: native('expanduser', (a) => _expanduser(String(a[0]))),
    getmtime: native('getmtime', (a) => _float(_fs(a[0], () => statSync(String(a[0]))).mtimeMs / 1000)),
    sep: '/',
  });
  void dirname;
  return makeModule('os', {
    ...socketOs,
    path,
    name: 'posix',
    sep: '/',
    linesep: '\n',
    environ,
    getenv: native('getenv', (a) => (environ.has(a[0]) ? environ.get(a[0]) : (a[1] ?? null))),
    getcwd: native('getcwd', () => process.cwd()),
    stat_result: _STAT_RESULT.type,
    stat: native('stat', (a) => (isInt(a[0]) ? _stat(a, true, true) : _stat(a, true))),
    lstat: native('lstat', (a) => _stat(a, false)),
    fstat: native('fstat', (a) => _stat(a, true, true)),
    chdir: native('chdir', (a) => { _fs(a[0], () => process.chdir(String(a[0]))); return null; }),
    listdir: native('listdir', (a) => _fs(a[0] ?? '.', () => readdirSync(a[0] === undefined ? '.' : String(a[0])))),
    mkdir: native('mkdir', (a) => { _fs(a[0], () => mkdirSync(String(a[0]))); return null; }),
    makedirs: native('makedirs', (a, kw) => { _fs(a[0], () => mkdirSync(String(a[0]), { recursive: Boolean(kw?.exist_ok ?? true) })); return null; }),
    rmdir: native('rmdir', (a) => { _fs(a[0], () => rmdirSync(String(a[0]))); return null; }),
    rename: native('rename', (a) => { _fs(a[0], () => renameSync(String(a[0]), String(a[1])), a[1]); return null; }),
    getppid: native('getppid', () => process.ppid),
    cpu_count: native('cpu_count', () => cpus().length),
    urandom: native('urandom', (a) => makeBytes(nodeCrypto().randomBytes(Number(intValue(a[0]))))),
    system: native('system', async (a) => {
      if (typeof a[0] !== 'string') throw new TypeError(`system() argument 'command' must be str, not ${a[0] === null ? 'None' : typeof a[0]}`);
      return _system(io, a[0]);
    }),
    _exit: native('_exit', (a) => process.exit(Number(a[0] ?? 0))),
    close: native('close', (a) => {
      try {
        closeSync(Number(intValue(a[0])));
      } catch (e) {
        const errno = Math.abs((e as { errno?: number }).errno ?? 9);
        throw new OSError(errno, strerror(errno));
      }
      return null;
    }),
  });
}

/** sys.stdin: readline() takes input()'s lines; fileno() is 0, which select() sees through the line reader (standard-input.ts). */
function _stdin(io: HostIO): object {
  const s = {
    name: '<stdin>', mode: 'r', encoding: 'utf-8',
    readline: native('readline', async () => {
      const line = await awaitWait(io.readLine(''));
      return line === undefined ? '' : `${line}\n`;
    }),
    fileno: native('fileno', () => 0),
  };
  Object.defineProperty(s, Symbol.for('socklab.pytype'), { value: '_io.TextIOWrapper' });
  Object.defineProperty(s, pyRepr, { value: () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>" });
  return s;
}

export function createSysModule(io: HostIO, modules: () => Record<string, PyModule>): PyModule {
  // sys.stdout and sys.stderr: CPython's text streams, `_io.TextIOWrapper` in reprs and errors
  // (`print >>sys.stderr, "x"` names it).
  const stream = (name: string, write: (s: string) => void) => {
    const s = {
      name, mode: 'w', encoding: 'utf-8',
      write: native('write', (a) => {
        if (typeof a[0] !== 'string') throw new TypeError(`write() argument must be str, not ${a[0] instanceof Uint8Array ? 'bytes' : typeof a[0]}`);
        write(a[0]);
        return [...a[0]].length;
      }),
      flush: native('flush', () => null),
      fileno: native('fileno', () => (name === '<stdout>' ? 1 : 2)),
    };
    Object.defineProperty(s, Symbol.for('socklab.pytype'), { value: '_io.TextIOWrapper' });
    Object.defineProperty(s, pyRepr, { value: () => `<_io.TextIOWrapper name='${name}' mode='w' encoding='utf-8'>` });
    return s;
  };
  let versionInfo: readonly unknown[] | undefined;
  let implementation: SimpleNamespace | undefined;
  return makeModule('sys', {
    argv: [...io.argv],
    platform: 'linux',
    byteorder: 'little',
    maxsize: 9223372036854775807n,
    // Struct sequences of a 64-bit Linux CPython 3.11: IEEE doubles, 30-bit int digits.
    float_info: structSequence('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'])
      .make([new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]),
    int_info: structSequence('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']).make([30, 4, 4300, 640]),
    // One release for all four (python-version.ts), found when a program first reads one.
    get version() {
      return pythonVersionText();
    },
    get version_info() {
      return (versionInfo ??= _VERSION_INFO.make([...pythonVersionNumbers(), 'final', 0]));
    },
    get hexversion() {
      const [major, minor, micro] = pythonVersionNumbers();
      return (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    },
    // CPython's: socklab's Python is CPython 3.11's language and library (python-version.ts), so a
    // program that asks which implementation runs it (`sys.implementation.name == 'cpython'`)
    // takes CPython's path, as platform.python_implementation() says 'CPython'.
    get implementation() {
      const [major, minor, micro] = pythonVersionNumbers();
      return (implementation ??= new SimpleNamespace({
        name: 'cpython',
        cache_tag: `cpython-${major}${minor}`,
        version: _VERSION_INFO.make([major, minor, micro, 'final', 0]),
        hexversion: (major << 24) | (minor << 16) | (micro << 8) | 0xf0,
        _multiarch: 'x86_64-linux-gnu',
      }));
    },
    path: [],
    executable: 'socklab',
    get modules() {
      return new PyDict(Object.entries(modules()));
    },
    stdout: stream('<stdout>', io.write),
    stderr: stream('<stderr>', io.writeErr),
    stdin: _stdin(io),
    exit: native('exit', (a) => { throw new SystemExit(...a); }),
    exc_info: native('exc_info', () => tuple(...excInfo())),
    exception: native('exception', () => handledException() ?? null),
    getrecursionlimit: native('getrecursionlimit', () => getRecursionLimit()),
    setrecursionlimit: native('setrecursionlimit', (a) => {
      if (!isInt(a[0])) throw new TypeError(`'${a[0] === null || a[0] === undefined ? 'NoneType' : typeof a[0] === 'string' ? 'str' : 'float'}' object cannot be interpreted as an integer`);
      setRecursionLimit(Number(intValue(a[0])));
      return null;
    }),
    getdefaultencoding: native('getdefaultencoding', () => 'utf-8'),
    getsizeof: native('getsizeof', (a) => {
      if (a.length === 0) throw new TypeError("getsizeof() missing required argument 'object' (pos 1)");
      return sizeOf(a[0]);
    }),
  });
}

export function createTempfileModule(): PyModule {
  return makeModule('tempfile', {
    gettempdir: native('gettempdir', () => tmpdir()),
    mkdtemp: native('mkdtemp', (a, kw) => mkdtempSync(`${(kw?.dir ?? tmpdir()) as string}/${(kw?.prefix ?? 'tmp') as string}`)),
  });
}

export function createShutilModule(): PyModule {
  return makeModule('shutil', {
    rmtree: native('rmtree', (a) => { rmSync(String(a[0]), { recursive: true }); return null; }),
  });
}

/** The modules importable by name, and CPython's error (plus advice) for any other. */
export class ModuleTable {
  private readonly loaded = new Map<string, PyModule>();
  private readonly loading = new Set<string>();
  constructor(private readonly factories: Record<string, () => PyModule | Promise<PyModule>>, private readonly onMissing: (name: string) => void) {}

  /** The modules a program can import, submodules (concurrent.futures) left to their package's name. */
  names(): string[] {
    return Object.keys(this.factories).filter((name) => !name.includes('.'));
  }

  loadedModules(): Record<string, PyModule> {
    return Object.fromEntries(this.loaded);
  }

  async import(name: string): Promise<PyModule> {
    const known = this.loaded.get(name);
    if (known) return known;
    // A submodule (concurrent.futures) is its package's attribute once imported, as in CPython;
    // one a package's module already holds (os.path, json.decoder) needs no factory of its own.
    // A package whose own factory imports its submodules (concurrent.futures) is loading when
    // they ask for it: it holds them itself once made.
    const dot = name.lastIndexOf('.');
    const parentName = name.slice(0, Math.max(dot, 0));
    const parent = dot < 0 || this.loading.has(parentName) ? undefined : await this.import(parentName);
    const child = name.slice(dot + 1);
    const imported = this.loaded.get(name);
    if (imported) return imported;
    const factory = this.factories[name];
    if (!factory && parent && Object.hasOwn(parent, child) && (parent[child] as object | null)?.[Symbol.toStringTag as keyof object] === 'module') {
      return parent[child] as PyModule;
    }
    if (!factory) {
      // `import socket.foo`: a module that is not a package has no submodules (CPython's
      // _find_and_load_unlocked), and the program would fail under python3 just the same.
      const notPackage = parent !== undefined && !_PACKAGES.has(parentName);
      if (!notPackage) this.onMissing(name);
      const e = new ModuleNotFoundError(notPackage ? `No module named '${name}'; '${parentName}' is not a package` : `No module named '${name}'`);
      Object.defineProperty(e, 'moduleName', { value: name });
      throw e;
    }
    this.loading.add(name);
    let m: PyModule;
    try {
      m = await factory();
    } finally {
      this.loading.delete(name);
    }
    this.loaded.set(name, m);
    if (parent && !Object.hasOwn(parent, child)) parent[child] = m;
    return m;
  }
}
