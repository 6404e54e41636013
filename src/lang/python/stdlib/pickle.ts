// Python's pickle module (Lib/pickle.py, Modules/_pickle.c, CPython 3.11), as socket programs
// use it: pickle.dumps(obj) sent with a length prefix and pickle.loads() of what arrived, or
// pickle.dump/load over s.makefile('wb'/'rb'). dumps() writes _pickle.c's bytes for protocols 0
// to 5 (4 by default): the same opcodes, memo, batches of 1000 and 64 KiB frames, so a pickle
// socklab makes is the one python3 makes (a str is memoized by value: CPython's by identity
// agrees for the literals and interned names most programs pickle). loads() reads every protocol
// (0 to 5). Classes and functions go by reference (module and qualified name), instances by
// copyreg.__newobj__ (protocols 0 and 1: copyreg._reconstructor) and their __dict__ (or
// __reduce__, __getstate__ and __setstate__). Protocols 0 to 2 write Python 2's names and read
// them (fix_imports: Lib/_compat_pickle.py, for the modules socklab has).
import { b as makeBytes, bytes } from '../../../socket/bytes.ts';
import { EOFError, Exception, OSError, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { getattrAwaited, invokeAttribute, store } from '../runtime/attributes.ts';
import { PY_CLASS, argAt, invoke, native } from '../runtime/call.ts';
import { collect, userMethod } from '../runtime/dunders.ts';
import { AttributeError } from '../runtime/exceptions.ts';
import { toRepr } from '../runtime/show.ts';
import { PyDict, PyFloat, PyFrozenSet, PySet, floatRepr, intValue, isInt, isNone, makeByteArray, normInt } from '../runtime/values.ts';

type Kw = Record<string, unknown> | undefined;

/** pickle.PickleError and its two subclasses (CPython's come from _pickle). */
export class PickleError extends Exception {}
export class PicklingError extends PickleError {}
export class UnpicklingError extends PickleError {}
for (const [cls, name] of [[PickleError, 'PickleError'], [PicklingError, 'PicklingError'], [UnpicklingError, 'UnpicklingError']] as const) {
  (QUALIFIED_NAMES as Map<Function, string>).set(cls, `_pickle.${name}`);
}

export const DEFAULT_PROTOCOL = 4;
export const HIGHEST_PROTOCOL = 5;

// The opcodes (Lib/pickle.py), as char codes.
const op = (c: string): number => c.charCodeAt(0);
const MARK = op('('), STOP = op('.'), POP = op('0'), POP_MARK = op('1'), DUP = op('2'), FLOAT = op('F'), INT = op('I'),
  BININT = op('J'), BININT1 = op('K'), LONG = op('L'), BININT2 = op('M'), NONE = op('N'), PERSID = op('P'), BINPERSID = op('Q'),
  REDUCE = op('R'), STRING = op('S'), BINSTRING = op('T'), SHORT_BINSTRING = op('U'), UNICODE = op('V'), BINUNICODE = op('X'),
  APPEND = op('a'), BUILD = op('b'), GLOBAL = op('c'), DICT = op('d'), EMPTY_DICT = op('}'), APPENDS = op('e'), GET = op('g'),
  BINGET = op('h'), INST = op('i'), LONG_BINGET = op('j'), LIST = op('l'), EMPTY_LIST = op(']'), OBJ = op('o'), PUT = op('p'),
  BINPUT = op('q'), LONG_BINPUT = op('r'), SETITEM = op('s'), TUPLE = op('t'), EMPTY_TUPLE = op(')'), SETITEMS = op('u'),
  BINFLOAT = op('G'), PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86,
  TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b, BINBYTES = op('B'), SHORT_BINBYTES = op('C'),
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90, FROZENSET = 0x91,
  NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95, BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98;

const _BATCHSIZE = 1000;
const _FRAME_SIZE_MIN = 4;
const _FRAME_SIZE_TARGET = 64 * 1024;

// Lib/_compat_pickle.py, for the modules socklab has: Python 2's module names, and the names
// that moved. Protocols 0 to 2 write the Python 2 names (fix_imports); every load reads them. As
// there, each reverse table is the forward one inverted, made before the forward one gains the
// Python 2 names that have no single Python 3 twin (basestring, StandardError, cStringIO, …).
type _Moved = [string, [string, string]];
const _invert = <K, V>(m: Map<K, V>): Map<V, K> => new Map([...m].map(([k, v]) => [v, k]));

const _IMPORTS = new Map([
  ['__builtin__', 'builtins'], ['copy_reg', 'copyreg'], ['Queue', 'queue'], ['SocketServer', 'socketserver'],
  ['thread', '_thread'], ['commands', 'subprocess'], ['cPickle', 'pickle'],
]);
const _REVERSE_IMPORT_MAPPING = new Map([..._invert(_IMPORTS), ['_pickle', 'pickle']]);
const _IMPORT_MAPPING = new Map([..._IMPORTS, ['StringIO', 'io'], ['cStringIO', 'io']]);

const _PYTHON2_EXCEPTIONS = ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning ' +
  'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning GeneratorExit IOError ' +
  'ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError ' +
  'NotImplementedError OSError OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning ' +
  'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError ' +
  'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError ' +
  'Warning ZeroDivisionError').split(' ');
const _OSERROR_EXCEPTIONS = ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ' +
  'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError ' +
  'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split(' ');

/** (Python 2 module, name) → (Python 3 module, name), keyed `module name` both ways. */
const _NAMES: _Moved[] = [
  ['__builtin__ xrange', ['builtins', 'range']], ['__builtin__ reduce', ['functools', 'reduce']],
  ['__builtin__ intern', ['sys', 'intern']], ['__builtin__ unichr', ['builtins', 'chr']],
  ['__builtin__ unicode', ['builtins', 'str']], ['__builtin__ long', ['builtins', 'int']],
  ['itertools izip', ['builtins', 'zip']], ['itertools imap', ['builtins', 'map']],
  ['itertools ifilter', ['builtins', 'filter']], ['itertools ifilterfalse', ['itertools', 'filterfalse']],
  ['itertools izip_longest', ['itertools', 'zip_longest']], ['_socket fromfd', ['socket', 'fromfd']],
  ..._PYTHON2_EXCEPTIONS.map((e): _Moved => [`exceptions ${e}`, ['builtins', e]]),
];
/** The other way, as pickle.py's save_global looks it up: `module name` of Python 3 → Python 2's pair. */
const _REVERSE_NAME_MAPPING = new Map<string, [string, string]>([
  ..._NAMES.map(([py2, [m, n]]): _Moved => [`${m} ${n}`, py2.split(' ') as [string, string]]),
  ['_functools reduce', ['__builtin__', 'reduce']],
  ..._OSERROR_EXCEPTIONS.map((e): _Moved => [`builtins ${e}`, ['exceptions', 'OSError']]),
  ['builtins ModuleNotFoundError', ['exceptions', 'ImportError']],
]);
const _NAME_MAPPING = new Map<string, [string, string]>([
  ..._NAMES,
  ['__builtin__ basestring', ['builtins', 'str']], ['socket _socketobject', ['socket', 'SocketType']],
  ['exceptions StandardError', ['builtins', 'Exception']],
]);

/** raw-unicode-escape as _pickle.c's protocol 0 writes a str: Latin-1, with \uXXXX for the rest and for \\, \0, \n, \r, \x1a. */
function _rawUnicodeEscape(s: string): Buffer {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x10000) out += `\\U${c.toString(16).padStart(8, '0')}`;
    else if (c >= 0x100 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return Buffer.from(out, 'latin1');
}

/** What the module needs of its session: where `module.name` is found, both ways. */
export interface PickleHost {
  /** The object `name` (dotted) of module `module`, importing it; undefined when there is none. */
  findGlobal(module: string, name: string): Promise<{ value: unknown } | undefined>;
}

const _le = (n: number, size: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(Number((BigInt(n) >> BigInt(8 * i)) & 0xffn));
  return out;
};

/** encode_long: the int's two's complement, little-endian, in as few bytes as _pickle.c uses. */
function _encodeLong(v: bigint): number[] {
  if (v === 0n) return [];
  const abs = v < 0n ? -v : v;
  const nbits = abs.toString(2).length;
  let nbytes = (nbits >> 3) + 1;
  const twos = v < 0n ? (1n << BigInt(nbytes * 8)) + v : v;
  const out: number[] = [];
  for (let i = 0; i < nbytes; i++) out.push(Number((twos >> BigInt(8 * i)) & 0xffn));
  // A negative number may fit in one byte less: 0xff at the top over a byte with its high bit set.
  if (v < 0n && nbytes > 1 && out[nbytes - 1] === 0xff && (out[nbytes - 2]! & 0x80) !== 0) {
    out.pop();
    nbytes--;
  }
  return out;
}

function _decodeLong(data: Uint8Array): number | bigint {
  if (data.length === 0) return 0;
  let v = 0n;
  for (let i = data.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[i]!);
  if (data[data.length - 1]! & 0x80) v -= 1n << BigInt(8 * data.length);
  return normInt(v);
}

const _utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** A FLOAT opcode's line, as float() reads it: repr() of a float, inf and nan included. */
function _floatLine(line: string): number {
  const text = line.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(text);
  const v = special ? (special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity) : Number(text);
  if (Number.isNaN(v) && !special) throw new ValueError(`could not convert string to float: '${line}'`);
  return v;
}

/** The Pickler of _pickle.c: protocols 0 to 5, writing into frames (protocol 4 and later); 0 is text, 1 binary without PROTO. */
class _Pickler {
  private readonly chunks: Uint8Array[] = [];
  private frame: number[] | null = null;
  private framing = false;
  private readonly memo = new Map<unknown, number>();
  private readonly strMemo = new Map<string, number>();
  /** Objects this pickler saves by the names it chose (`_codecs.encode`), not by their own. */
  private readonly names = new Map<unknown, [string, string]>();

  constructor(private readonly proto: number, private readonly host: PickleHost) {}

  async dump(obj: unknown): Promise<bytes> {
    if (this.proto >= 2) this.write([PROTO, this.proto]);
    if (this.proto >= 4) this.framing = true;
    await this.save(obj);
    this.write([STOP]);
    this.commitFrame();
    return makeBytes(Buffer.concat(this.chunks));
  }

  private write(data: ArrayLike<number>): void {
    if (this.framing) {
      this.frame ??= [];
      for (let i = 0; i < data.length; i++) this.frame.push(data[i]!);
    } else {
      this.chunks.push(Uint8Array.from(data));
    }
  }

  /** _Pickler_CommitFrame: a frame of 4 bytes or more gets its FRAME header. */
  private commitFrame(): void {
    if (!this.frame) return;
    const body = Uint8Array.from(this.frame);
    if (body.length >= _FRAME_SIZE_MIN) this.chunks.push(Uint8Array.from([FRAME, ..._le(body.length, 8)]));
    this.chunks.push(body);
    this.frame = null;
  }

  /** _Pickler_write_bytes: data of 64 KiB or more goes outside any frame, after the frame so far. */
  private writeBytes(header: number[], data: Uint8Array): void {
    if (data.length >= _FRAME_SIZE_TARGET && this.framing) {
      this.commitFrame();
      this.framing = false;
      this.write(header);
      this.chunks.push(data);
      this.framing = true;
    } else {
      this.write(header);
      this.write(data);
    }
  }

  private memoPut(obj: unknown): void {
    const memo = typeof obj === 'string' ? this.strMemo : this.memo;
    const idx = this.memo.size + this.strMemo.size;
    if (this.proto >= 4) this.write([MEMOIZE]);
    else if (this.proto === 0) this.write([PUT, ..._utf8(`${idx}\n`)]);
    else if (idx < 256) this.write([BINPUT, idx]);
    else this.write([LONG_BINPUT, ..._le(idx, 4)]);
    memo.set(obj, idx);
  }

  private memoGet(obj: unknown): boolean {
    const idx = typeof obj === 'string' ? this.strMemo.get(obj) : this.memo.get(obj);
    if (idx === undefined) return false;
    if (this.proto === 0) this.write([GET, ..._utf8(`${idx}\n`)]);
    else if (idx < 256) this.write([BINGET, idx]);
    else this.write([LONG_BINGET, ..._le(idx, 4)]);
    return true;
  }

  async save(obj: unknown): Promise<void> {
    // _Pickler_OpcodeBoundary: a frame that reached 64 KiB ends before the next object.
    if (this.framing && this.frame && this.frame.length >= _FRAME_SIZE_TARGET) this.commitFrame();
    await this.saveObject(obj);
  }

  private async saveObject(obj: unknown): Promise<void> {
    if (isNone(obj)) return this.write([NONE]);
    if (obj === true || obj === false) return this.write(this.proto >= 2 ? [obj ? NEWTRUE : NEWFALSE] : _utf8(obj ? 'I01\n' : 'I00\n'));
    if (isInt(obj)) return this.saveLong(BigInt(intValue(obj)));
    if (obj instanceof PyFloat && this.proto === 0) return this.write([FLOAT, ..._utf8(`${floatRepr(obj.value)}\n`)]);
    if (obj instanceof PyFloat) {
      const buf = Buffer.alloc(8);
      buf.writeDoubleBE(obj.value);
      return this.write([BINFLOAT, ...buf]);
    }
    if (this.memoGet(obj)) return;
    if (typeof obj === 'string') return this.saveStr(obj);
    if (obj instanceof bytes) return this.saveBytes(obj);
    if (obj instanceof PyDict && obj.constructor === PyDict) return this.saveDict(obj);
    if (obj instanceof PyFrozenSet && obj.constructor === PyFrozenSet) return this.saveFrozenSet(obj);
    if (obj instanceof PySet && obj.constructor === PySet) return this.saveSet(obj);
    if (isTuple(obj)) return this.saveTuple(obj);
    if (Array.isArray(obj) && obj.constructor === Array) return this.saveList(obj);
    if (obj instanceof Uint8Array && this.proto >= 5) {
      this.writeBytes([BYTEARRAY8, ..._le(obj.length, 8)], obj);
      return this.memoPut(obj);
    }
    if (obj instanceof Uint8Array) return this.saveReduce(obj, await this.global('builtins', 'bytearray'), obj.length === 0 ? [] : [makeBytes(obj)]);
    if (typeof obj === 'function') return this.saveGlobal(obj);
    return this.saveInstance(obj);
  }

  private saveLong(v: bigint): void {
    const int32 = v >= -0x80000000n && v <= 0x7fffffffn;
    if (this.proto === 0 && int32) return this.write([INT, ..._utf8(`${v}\n`)]);
    if (this.proto < 2 && !int32) return this.write([LONG, ..._utf8(`${v}L\n`)]);
    if (v >= 0n && v <= 0xffn) return this.write([BININT1, Number(v)]);
    if (v >= 0n && v <= 0xffffn) return this.write([BININT2, ..._le(Number(v), 2)]);
    if (v >= -0x80000000n && v <= 0x7fffffffn) return this.write([BININT, ..._le(Number(BigInt.asUintN(32, v)), 4)]);
    const data = _encodeLong(v);
    if (data.length < 256) this.write([LONG1, data.length, ...data]);
    else this.write([LONG4, ..._le(data.length, 4), ...data]);
  }

  private saveStr(s: string): void {
    if (this.proto === 0) {
      this.write([UNICODE, ..._rawUnicodeEscape(s), 0x0a]);
      return this.memoPut(s);
    }
    const data = _utf8(s);
    if (data.length <= 0xff && this.proto >= 4) this.writeBytes([SHORT_BINUNICODE, data.length], data);
    else if (data.length > 0xffffffff && this.proto >= 4) this.writeBytes([BINUNICODE8, ..._le(data.length, 8)], data);
    else this.writeBytes([BINUNICODE, ..._le(data.length, 4)], data);
    this.memoPut(s);
  }

  private async saveBytes(data: Uint8Array): Promise<void> {
    if (this.proto < 3) {
      // Protocol 2 has no bytes: _codecs.encode(latin-1 text, 'latin1'), or bytes() when empty.
      if (data.length === 0) return this.saveReduce(data, await this.global('builtins', 'bytes'), []);
      return this.saveReduce(data, await this.global('_codecs', 'encode'), [Buffer.from(data).toString('latin1'), 'latin1']);
    }
    if (data.length <= 0xff) this.writeBytes([SHORT_BINBYTES, data.length], data);
    else if (data.length > 0xffffffff) this.writeBytes([BINBYTES8, ..._le(data.length, 8)], data);
    else this.writeBytes([BINBYTES, ..._le(data.length, 4)], data);
    this.memoPut(data);
  }

  private async saveTuple(t: readonly unknown[]): Promise<void> {
    if (t.length === 0) return this.write(this.proto === 0 ? [MARK, TUPLE] : [EMPTY_TUPLE]);
    const marked = t.length > 3 || this.proto < 2;
    if (marked) this.write([MARK]);
    for (const item of t) await this.save(item);
    // A tuple that contains itself (through a list) was memoized while its items were saved.
    if (this.memo.has(t)) {
      if (!marked) this.write(Array(t.length).fill(POP));
      else this.write(this.proto === 0 ? Array(t.length + 1).fill(POP) : [POP_MARK]);
      this.memoGet(t);
      return;
    }
    this.write([marked ? TUPLE : [TUPLE1, TUPLE2, TUPLE3][t.length - 1]!]);
    this.memoPut(t);
  }

  private async saveList(list: unknown[]): Promise<void> {
    this.write(this.proto === 0 ? [MARK, LIST] : [EMPTY_LIST]);
    this.memoPut(list);
    await this.saveAppends(list);
  }

  /** batch_list: APPEND for one item (every item in protocol 0), else APPENDS in batches of 1000. */
  private async saveAppends(list: readonly unknown[]): Promise<void> {
    if (list.length === 1 || this.proto === 0) {
      for (const item of list) {
        await this.save(item);
        this.write([APPEND]);
      }
      return;
    }
    for (let i = 0; i < list.length;) {
      this.write([MARK]);
      for (let n = 0; n < _BATCHSIZE && i < list.length; n++) await this.save(list[i++]);
      this.write([APPENDS]);
    }
  }

  /** batch_dict: SETITEM for one item (every item in protocol 0), else SETITEMS in batches of 1000. */
  private async saveItems(items: [unknown, unknown][]): Promise<void> {
    if (items.length === 1 || this.proto === 0) {
      for (const [k, v] of items) {
        await this.save(k);
        await this.save(v);
        this.write([SETITEM]);
      }
      return;
    }
    for (let i = 0; i < items.length;) {
      this.write([MARK]);
      for (let n = 0; n < _BATCHSIZE && i < items.length; n++, i++) {
        await this.save(items[i]![0]);
        await this.save(items[i]![1]);
      }
      this.write([SETITEMS]);
    }
  }

  private async saveDict(d: PyDict): Promise<void> {
    this.write(this.proto === 0 ? [MARK, DICT] : [EMPTY_DICT]);
    this.memoPut(d);
    if (d.size > 0) await this.saveItems([...d.entries()]);
  }

  private async saveSet(s: PySet): Promise<void> {
    if (this.proto < 4) return this.saveReduce(s, await this.global('builtins', 'set'), [[...s]]);
    this.write([EMPTY_SET]);
    this.memoPut(s);
    const items = [...s];
    for (let i = 0; i < items.length;) {
      this.write([MARK]);
      for (let n = 0; n < _BATCHSIZE && i < items.length; n++) await this.save(items[i++]);
      this.write([ADDITEMS]);
    }
  }

  private async saveFrozenSet(s: PyFrozenSet): Promise<void> {
    if (this.proto < 4) return this.saveReduce(s, await this.global('builtins', 'frozenset'), [[...s]]);
    this.write([MARK]);
    for (const item of s) await this.save(item);
    if (this.memo.has(s)) {
      this.write([POP_MARK]);
      this.memoGet(s);
      return;
    }
    this.write([FROZENSET]);
    this.memoPut(s);
  }

  /** A module-level object the loader finds again (`builtins` / `bytearray`), saved by these names. */
  private async global(module: string, name: string): Promise<unknown> {
    const found = await this.host.findGlobal(module, name);
    if (!found) throw new PicklingError(`Can't get attribute '${name}' on <module '${module}'>`);
    this.names.set(found.value, [module, name]);
    return found.value;
  }

  /** save_global: a class or function by its module and qualified name, checked to lead back to it. */
  private async saveGlobal(obj: unknown): Promise<void> {
    const known = this.names.get(obj);
    // Read as getattr() does: an object's class may answer through __getattr__ (awaited).
    const name = known?.[1] ?? String((await getattrAwaited(obj, '__qualname__')) ?? (await getattrAwaited(obj, '__name__')));
    const module = known?.[0] ?? String((await getattrAwaited(obj, '__module__')) ?? '__main__');
    if (!known) {
      const shown = await toRepr(obj);
      if (name.split('.').includes('<locals>')) throw new AttributeError(`Can't pickle local object ${JSON.stringify(name).replaceAll('"', "'")}`);
      const found = await this.host.findGlobal(module, name);
      if (!found) throw new PicklingError(`Can't pickle ${shown}: attribute lookup ${name} on ${module} failed`);
      if (found.value !== obj) throw new PicklingError(`Can't pickle ${shown}: it's not the same object as ${module}.${name}`);
    }
    if (this.proto >= 4) {
      await this.save(module);
      await this.save(name);
      this.write([STACK_GLOBAL]);
    } else {
      // Protocols 0 to 3 write `c` module \n name \n; 0 to 2 with Python 2's names (fix_imports).
      let [mod, n] = [module, name];
      if (this.proto < 3) {
        [mod, n] = _REVERSE_NAME_MAPPING.get(`${mod} ${n}`) ?? [mod, n];
        mod = _REVERSE_IMPORT_MAPPING.get(mod) ?? mod;
      }
      this.write([GLOBAL, ..._utf8(`${mod}\n${n}\n`)]);
    }
    this.memoPut(obj);
  }

  /** save_reduce for `callable(*args)`, optionally followed by items and BUILD(state). */
  private async saveReduce(obj: unknown, callable: unknown, args: unknown[], state?: unknown, dictItems?: [unknown, unknown][]): Promise<void> {
    await this.save(callable);
    await this.save(tuple(...args));
    this.write([REDUCE]);
    this.memoPut(obj);
    await this.saveContents(dictItems, state);
  }

  /** The end of save_reduce: list items, dict items, then BUILD(state) unless it is None. */
  private async saveContents(dictItems?: [unknown, unknown][], state?: unknown, listItems?: readonly unknown[]): Promise<void> {
    if (listItems && listItems.length > 0) await this.saveAppends(listItems);
    if (dictItems && dictItems.length > 0) await this.saveItems(dictItems);
    if (state !== undefined && !isNone(state)) {
      await this.save(state);
      this.write([BUILD]);
    }
  }

  /** An instance: its own __reduce__, or copyreg.__newobj__(cls) and its __dict__ (object.__reduce_ex__). */
  private async saveInstance(obj: unknown): Promise<void> {
    const cls = (obj as { constructor?: Function }).constructor;
    const reduce = userMethod(obj, '__reduce_ex__') ?? userMethod(obj, '__reduce__');
    if (reduce) {
      const r = await invoke(reduce, obj, reduce.name === '__reduce_ex__' ? [this.proto] : [], undefined);
      if (typeof r === 'string') return this.saveGlobal(obj);
      if (!isTuple(r) || r.length < 2 || r.length > 6) throw new PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements');
      return this.saveReduce(obj, r[0], [...(r[1] as unknown[])], r[2], r[4] === undefined || isNone(r[4]) ? undefined : (await collect(r[4])) as [unknown, unknown][]);
    }
    // BaseException.__reduce__: type(self)(*self.args), then its __dict__ when it has one.
    if (obj instanceof Error) {
      const args = await getattrAwaited(obj, 'args');
      return this.saveReduce(obj, await getattrAwaited(obj, '__class__'), isTuple(args) ? [...args] : [], await this.exceptionState(obj));
    }
    const own = !!cls && !!(cls as unknown as Record<symbol, unknown>)[PY_CLASS];
    if (obj instanceof PyDict && cls && !own) {
      // socklab's dict subclasses (OrderedDict, defaultdict's plain cousins) reduce as CPython's: cls(), then its items.
      return this.saveReduce(obj, cls, [], await this.state(obj), [...obj.entries()]);
    }
    if (!own) throw new TypeError(`cannot pickle '${pyTypeName(obj)}' object`);
    // object.__reduce_ex__: a subclass of dict or list also sends its items.
    const dictItems = obj instanceof PyDict ? [...obj.entries()] : undefined;
    const listItems = Array.isArray(obj) ? [...obj] : undefined;
    if (this.proto < 2) return this.saveReconstructor(obj, cls!, dictItems, listItems);
    await this.save(cls);
    await this.save(tuple());
    this.write([NEWOBJ]);
    this.memoPut(obj);
    await this.saveContents(dictItems, await this.state(obj), listItems);
  }

  /** copyreg._reduce_ex, protocols 0 and 1: _reconstructor(cls, base, base(obj)) and the instance's state. */
  private async saveReconstructor(obj: unknown, cls: Function, dictItems?: [unknown, unknown][], listItems?: unknown[]): Promise<void> {
    const base = dictItems ? 'dict' : listItems ? 'list' : 'object';
    const copy = dictItems ? new PyDict(dictItems) : listItems ?? null;
    const state = await this.state(obj);
    await this.saveReduce(obj, await this.global('copyreg', '_reconstructor'), [cls, await this.global('builtins', base), copy], state);
  }

  /** object.__getstate__: the instance's __getstate__, else its __dict__ (None when empty). */
  /** An exception's __dict__ without what its type keeps in C slots (args; OSError's errno, strerror, filenames). */
  private async exceptionState(obj: unknown): Promise<unknown> {
    const dict = await this.state(obj);
    if (!(dict instanceof PyDict)) return dict;
    const slotted = obj instanceof OSError ? _OSERROR_SLOTS : _EXCEPTION_SLOTS;
    const entries = [...dict.entries()].filter(([k]) => !slotted.has(k as string));
    return entries.length === 0 ? null : new PyDict(entries);
  }

  private async state(obj: unknown): Promise<unknown> {
    const getstate = userMethod(obj, '__getstate__');
    if (getstate) return invoke(getstate, obj, [], undefined);
    let dict: unknown;
    try {
      // Through the class's __getattribute__, as object.__getstate__ reads it.
      dict = await getattrAwaited(obj, '__dict__');
    } catch (e) {
      if (!(e instanceof AttributeError)) throw e;
    }
    const entries = dict instanceof Map ? [...dict.entries()] : Object.entries((dict ?? {}) as object);
    return entries.length === 0 ? null : new PyDict(entries);
  }
}

const _EXCEPTION_SLOTS = new Set(['args']);
const _OSERROR_SLOTS = new Set(['args', 'errno', 'strerror', 'filename', 'filename2']);

/** Where the unpickler reads: the bytes of loads(), or a file's read() and readline(). */
interface _Source {
  /** Exactly n bytes, or fewer at the end of the input. */
  read(n: number): Promise<Uint8Array>;
  readline(): Promise<Uint8Array>;
}

function _bufferSource(data: Uint8Array): _Source {
  let pos = 0;
  return {
    read: async (n) => data.subarray(pos, (pos = Math.min(data.length, pos + n))),
    readline: async () => {
      const end = data.indexOf(0x0a, pos);
      const stop = end < 0 ? data.length : end + 1;
      return data.subarray(pos, (pos = stop));
    },
  };
}

function _fileSource(file: unknown): _Source {
  // A file object's class may answer through __getattr__ (a wrapper): its value awaited.
  const read = getattrAwaited(file, 'read');
  const readline = getattrAwaited(file, 'readline');
  const asBytes = (x: unknown): Uint8Array => {
    if (!(x instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
    return x;
  };
  return {
    read: async (n) => {
      const parts: Uint8Array[] = [];
      let got = 0;
      while (got < n) {
        const chunk = asBytes(await invoke(await read, undefined, [n - got], undefined));
        if (chunk.length === 0) break;
        parts.push(chunk);
        got += chunk.length;
      }
      return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    },
    readline: async () => asBytes(await invoke(await readline, undefined, [], undefined)),
  };
}

const _MARK = Symbol('mark');

/** The Unpickler of _pickle.c: every opcode of protocols 0 to 5 that needs no persistent ids or buffers. */
class _Unpickler {
  private stack: unknown[] = [];
  private readonly marks: unknown[][] = [];
  private readonly memo = new Map<number, unknown>();
  private frame: Uint8Array | null = null;
  private framePos = 0;
  /** The PROTO opcode's protocol (0 without one): below 3, Python 2's names are read as Python 3's. */
  private proto = 0;

  constructor(private readonly source: _Source, private readonly host: PickleHost, private readonly encoding: string) {}

  private async read(n: number): Promise<Uint8Array> {
    if (this.frame && this.framePos < this.frame.length) {
      const out = this.frame.subarray(this.framePos, this.framePos + n);
      this.framePos += out.length;
      if (out.length === n) return out;
      throw new UnpicklingError('pickle data was truncated');
    }
    const out = await this.source.read(n);
    if (out.length < n) throw new UnpicklingError('pickle data was truncated');
    return out;
  }

  private async readline(): Promise<string> {
    let line: Uint8Array;
    if (this.frame && this.framePos < this.frame.length) {
      const end = this.frame.indexOf(0x0a, this.framePos);
      if (end < 0) throw new UnpicklingError('pickle data was truncated');
      line = this.frame.subarray(this.framePos, end + 1);
      this.framePos = end + 1;
    } else {
      line = await this.source.readline();
    }
    if (line.length === 0 || line[line.length - 1] !== 0x0a) throw new UnpicklingError('pickle data was truncated');
    return Buffer.from(line.subarray(0, -1)).toString('latin1');
  }

  private async uint(n: number): Promise<number> {
    const data = await this.read(n);
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + data[i]!;
    return v;
  }

  private pop(): unknown {
    if (this.stack.length === 0) throw new UnpicklingError('unpickling stack underflow');
    return this.stack.pop();
  }

  private top(): unknown {
    if (this.stack.length === 0) throw new UnpicklingError('unpickling stack underflow');
    return this.stack[this.stack.length - 1];
  }

  /** pop_mark: the items pushed since the last MARK. */
  private popMark(): unknown[] {
    const items = this.stack;
    const outer = this.marks.pop();
    if (outer === undefined) throw new UnpicklingError('could not find MARK');
    this.stack = outer;
    return items;
  }

  private memoGet(idx: number): unknown {
    if (!this.memo.has(idx)) throw new UnpicklingError(`Memo value not found at index ${idx}`);
    return this.memo.get(idx);
  }

  private async findClass(module: string, name: string): Promise<unknown> {
    // Python 2's names (fix_imports), as pickle.py's find_class maps them.
    let [mod, n] = [module, name];
    if (this.proto < 3) {
      const moved = _NAME_MAPPING.get(`${mod} ${n}`);
      if (moved) [mod, n] = moved;
      else mod = _IMPORT_MAPPING.get(mod) ?? mod;
    }
    const found = await this.host.findGlobal(mod, n);
    if (!found) throw new AttributeError(`Can't get attribute '${n}' on <module '${mod}'>`);
    return found.value;
  }

  private text(data: Uint8Array, kind: 'utf8' | 'string'): string | bytes {
    if (kind === 'utf8') return Buffer.from(data).toString('utf8');
    // A Python 2 str: bytes with encoding='bytes', else decoded (ASCII by default).
    if (this.encoding === 'bytes') return makeBytes(data);
    if (this.encoding.toLowerCase() === 'ascii' && data.some((c) => c > 0x7f)) {
      throw new UnpicklingError(`'ascii' codec can't decode byte 0x${data.find((c) => c > 0x7f)!.toString(16)}`);
    }
    return Buffer.from(data).toString(this.encoding.toLowerCase().replace('-', '') === 'utf8' ? 'utf8' : 'latin1');
  }

  async load(): Promise<unknown> {
    for (;;) {
      let code: number;
      if (this.frame && this.framePos < this.frame.length) {
        code = this.frame[this.framePos++]!;
      } else {
        const one = await this.source.read(1);
        if (one.length === 0) throw new EOFError('Ran out of input');
        code = one[0]!;
      }
      if (code === STOP) return this.pop();
      await this.step(code);
    }
  }

  private async step(code: number): Promise<void> {
    const push = (x: unknown) => void this.stack.push(x);
    switch (code) {
      case PROTO: {
        const proto = (await this.read(1))[0]!;
        if (proto > HIGHEST_PROTOCOL) throw new ValueError(`unsupported pickle protocol: ${proto}`);
        this.proto = proto;
        return;
      }
      case FRAME: {
        const n = await this.uint(8);
        this.frame = Buffer.from(await this.source.read(n));
        this.framePos = 0;
        if (this.frame.length < n) throw new UnpicklingError('pickle data was truncated');
        return;
      }
      case NONE: return push(null);
      case NEWTRUE: return push(true);
      case NEWFALSE: return push(false);
      case BININT1: return push((await this.read(1))[0]!);
      case BININT2: return push(await this.uint(2));
      case BININT: return push((await this.uint(4)) | 0);
      case LONG1: return push(_decodeLong(await this.read((await this.read(1))[0]!)));
      case LONG4: return push(_decodeLong(await this.read(await this.uint(4))));
      case INT: {
        const line = await this.readline();
        if (line === '00') return push(false);
        if (line === '01') return push(true);
        return push(normInt(BigInt(line.trim())));
      }
      case LONG: return push(normInt(BigInt((await this.readline()).trim().replace(/L$/, ''))));
      case FLOAT: return push(new PyFloat(_floatLine(await this.readline())));
      case BINFLOAT: return push(new PyFloat(Buffer.from(await this.read(8)).readDoubleBE(0)));
      case SHORT_BINUNICODE: return push(this.text(await this.read((await this.read(1))[0]!), 'utf8'));
      case BINUNICODE: return push(this.text(await this.read(await this.uint(4)), 'utf8'));
      case BINUNICODE8: return push(this.text(await this.read(await this.uint(8)), 'utf8'));
      case UNICODE: {
        // raw-unicode-escape: \uXXXX and \UXXXXXXXX, everything else as Latin-1.
        const line = await this.readline();
        return push(line.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u, U) => String.fromCodePoint(parseInt(u ?? U, 16))));
      }
      case SHORT_BINBYTES: return push(makeBytes(await this.read((await this.read(1))[0]!)));
      case BINBYTES: return push(makeBytes(await this.read(await this.uint(4))));
      case BINBYTES8: return push(makeBytes(await this.read(await this.uint(8))));
      case BYTEARRAY8: return push(makeByteArray(await this.read(await this.uint(8))));
      case SHORT_BINSTRING: return push(this.text(await this.read((await this.read(1))[0]!), 'string'));
      case BINSTRING: return push(this.text(await this.read(await this.uint(4)), 'string'));
      case STRING: {
        const line = await this.readline();
        const quote = line[0];
        if (line.length < 2 || (quote !== "'" && quote !== '"') || line[line.length - 1] !== quote) {
          throw new UnpicklingError('the STRING opcode argument must be quoted');
        }
        const raw = line.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
          if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
          if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
          return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
        });
        return push(this.text(Buffer.from(raw, 'latin1'), 'string'));
      }
      case EMPTY_TUPLE: return push(tuple());
      case TUPLE1: return push(tuple(this.pop()));
      case TUPLE2: {
        const b = this.pop();
        return push(tuple(this.pop(), b));
      }
      case TUPLE3: {
        const c = this.pop();
        const b = this.pop();
        return push(tuple(this.pop(), b, c));
      }
      case TUPLE: return push(tuple(...this.popMark()));
      case EMPTY_LIST: return push([]);
      case LIST: return push(this.popMark());
      case APPEND: {
        const item = this.pop();
        return this.extend(this.top(), [item]);
      }
      case APPENDS: {
        const items = this.popMark();
        return this.extend(this.top(), items);
      }
      case EMPTY_DICT: return push(new PyDict());
      case DICT: {
        const items = this.popMark();
        const d = new PyDict();
        for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
        return push(d);
      }
      case SETITEM: {
        const v = this.pop();
        const k = this.pop();
        return this.setItems(this.top(), [k, v]);
      }
      case SETITEMS: {
        const items = this.popMark();
        return this.setItems(this.top(), items);
      }
      case EMPTY_SET: return push(new PySet());
      case ADDITEMS: {
        const items = this.popMark();
        const s = this.top();
        if (s instanceof PySet) for (const x of items) s.add(x);
        else for (const x of items) await invokeAttribute(s, 'add', [x], undefined);
        return;
      }
      case FROZENSET: return push(new PyFrozenSet(this.popMark()));
      case MARK:
        this.marks.push(this.stack);
        this.stack = [];
        return;
      case POP:
        if (this.stack.length > 0) this.stack.pop();
        else this.popMark();
        return;
      case POP_MARK: return void this.popMark();
      case DUP: return push(this.top());
      case MEMOIZE: return void this.memo.set(this.memo.size, this.top());
      case PUT: return void this.memo.set(Number(await this.readline()), this.top());
      case BINPUT: return void this.memo.set((await this.read(1))[0]!, this.top());
      case LONG_BINPUT: return void this.memo.set(await this.uint(4), this.top());
      case GET: return push(this.memoGet(Number(await this.readline())));
      case BINGET: return push(this.memoGet((await this.read(1))[0]!));
      case LONG_BINGET: return push(this.memoGet(await this.uint(4)));
      case GLOBAL: {
        const module = await this.readline();
        const name = await this.readline();
        return push(await this.findClass(module, name));
      }
      case STACK_GLOBAL: {
        const name = this.pop();
        const module = this.pop();
        if (typeof module !== 'string' || typeof name !== 'string') throw new UnpicklingError('STACK_GLOBAL requires str');
        return push(await this.findClass(module, name));
      }
      case REDUCE: {
        const args = this.pop();
        const f = this.pop();
        return push(await invoke(f, undefined, [...(args as unknown[])], undefined));
      }
      case NEWOBJ: {
        const args = this.pop() as unknown[];
        const cls = this.pop();
        return push(await this.newObject(cls, [...args], undefined));
      }
      case NEWOBJ_EX: {
        const kwargs = this.pop();
        const args = this.pop() as unknown[];
        const cls = this.pop();
        const kw = kwargs instanceof PyDict ? Object.fromEntries([...kwargs.entries()].map(([k, v]) => [String(k), v])) : undefined;
        return push(await this.newObject(cls, [...args], kw));
      }
      case BUILD: {
        const state = this.pop();
        return this.build(this.top(), state);
      }
      case INST: case OBJ: case EXT1: case EXT2: case EXT4: case PERSID: case BINPERSID: case NEXT_BUFFER: case READONLY_BUFFER:
        throw new UnpicklingError(`socklab's pickle does not read the ${code === INST || code === OBJ ? 'INST/OBJ' : 'extension/persistent id/buffer'} opcode`);
      default:
        throw new UnpicklingError(`invalid load key, '${String.fromCharCode(code)}'.`);
    }
  }

  private async extend(list: unknown, items: unknown[]): Promise<void> {
    if (Array.isArray(list) && list.constructor === Array) list.push(...items);
    else for (const x of items) await invokeAttribute(list, 'append', [x], undefined);
  }

  private async setItems(d: unknown, items: unknown[]): Promise<void> {
    for (let i = 0; i + 1 < items.length; i += 2) {
      if (d instanceof PyDict && !userMethod(d, '__setitem__')) d.set(items[i], items[i + 1]);
      else await invokeAttribute(d, '__setitem__', [items[i], items[i + 1]], undefined);
    }
  }

  /** cls.__new__(cls, *args): a Python class's instance without __init__, or the type's own. */
  private async newObject(cls: unknown, args: unknown[], kw: Kw): Promise<unknown> {
    if (typeof cls !== 'function') throw new UnpicklingError('NEWOBJ class argument isn\'t a type object');
    const own = (cls as unknown as Record<symbol, unknown>)[PY_CLASS] ? userMethod(Object.create(cls.prototype), '__new__') : undefined;
    if (own) return invoke(own, cls, [cls, ...args], kw);
    if ((cls as unknown as Record<symbol, unknown>)[PY_CLASS] && args.length === 0) return Reflect.construct(cls, []);
    return invoke(cls, undefined, args, kw);
  }

  /** BUILD: __setstate__(state), else the state's items (and slot state's) set as attributes. */
  private async build(obj: unknown, state: unknown): Promise<void> {
    const setstate = userMethod(obj, '__setstate__');
    if (setstate) {
      await invoke(setstate, obj, [state], undefined);
      return;
    }
    let slots: unknown;
    if (isTuple(state) && state.length === 2) [state, slots] = state;
    for (const part of [state, slots]) {
      if (isNone(part) || part === undefined) continue;
      if (!(part instanceof PyDict)) throw new UnpicklingError('state is not a dictionary');
      for (const [k, v] of part.entries()) store(obj, String(k), v);
    }
  }
}

function _protocol(x: unknown): number {
  if (x === undefined || isNone(x)) return DEFAULT_PROTOCOL;
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  let p = Number(intValue(x));
  if (p < 0) p = HIGHEST_PROTOCOL;
  if (p > HIGHEST_PROTOCOL) throw new ValueError(`pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  return p;
}

/** The pickler of a dumps() or dump(). */
function _dumper(host: PickleHost, protocol: unknown): _Pickler {
  return new _Pickler(_protocol(protocol), host);
}

function _encoding(kw: Kw): string {
  const e = kw?.encoding ?? 'ASCII';
  if (typeof e !== 'string') throw new TypeError(`argument 'encoding' must be str, not ${pyTypeName(e)}`);
  return e;
}

/** Protocol 2's bytes are `_codecs.encode(text, 'latin1')`: socklab has no _codecs module but this. */
const _CODECS_ENCODE = native('encode', (a) => makeBytes(Buffer.from(String(a[0]), 'latin1')));

/** copyreg._reconstructor(cls, base, state), protocols 0 and 1's instances: cls's instance without __init__, given base's state. */
const _RECONSTRUCTOR = native('_reconstructor', (a) => {
  const [cls, , state] = a;
  if (typeof cls !== 'function' || !(cls as unknown as Record<symbol, unknown>)[PY_CLASS]) return invoke(cls, undefined, isNone(state) ? [] : [state], undefined);
  const obj = Reflect.construct(cls, []) as unknown;
  if (obj instanceof PyDict && state instanceof PyDict) for (const [k, v] of state.entries()) obj.set(k, v);
  else if (Array.isArray(obj) && Array.isArray(state)) obj.push(...state);
  return obj;
});

export function createPickleModule(session: PickleHost): PyModule {
  const host: PickleHost = {
    findGlobal: (module, name) => {
      if (module === '_codecs' && name === 'encode') return Promise.resolve({ value: _CODECS_ENCODE });
      if (module === 'copyreg' && name === '_reconstructor') return Promise.resolve({ value: _RECONSTRUCTOR });
      return session.findGlobal(module, name);
    },
  };
  const dumps = native('dumps', (a, kw) => _dumper(host, argAt(a, kw, 1, 'protocol')).dump(argAt(a, kw, 0, 'obj')));
  const dump = native('dump', async (a, kw) => {
    const data = await _dumper(host, argAt(a, kw, 2, 'protocol')).dump(argAt(a, kw, 0, 'obj'));
    await invokeAttribute(argAt(a, kw, 1, 'file'), 'write', [data], undefined);
    return null;
  });
  const loads = native('loads', (a, kw) => {
    const data = argAt(a, kw, 0, 'data');
    if (typeof data === 'string') throw new TypeError("a bytes-like object is required, not 'str'");
    if (!(data instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(data)}'`);
    return new _Unpickler(_bufferSource(data), host, _encoding(kw)).load();
  });
  const load = native('load', (a, kw) => new _Unpickler(_fileSource(argAt(a, kw, 0, 'file')), host, _encoding(kw)).load());
  return makeModule('pickle', {
    dumps, dump, loads, load, PickleError, PicklingError, UnpicklingError, DEFAULT_PROTOCOL, HIGHEST_PROTOCOL,
  });
}
