// Python's io module (CPython 3.11) as socket programs use it: BytesIO, a receive buffer that is
// read line by line or frame by frame, and StringIO, a text buffer that print(file=) writes to.
// Both follow Modules/_io/bytesio.c and stringio.c: writing past the end pads with zeros, seek()
// past it is allowed, truncate() keeps the position, and every call on a closed buffer is
// "I/O operation on closed file.". open() is the builtin's; UnsupportedOperation is makefile's.
import { b as makeBytes, bytes } from '../../../socket/bytes.ts';
import { OSError, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { UnsupportedOperation } from '../../../socket/makefile.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PYTHON_VALUES, PY_PARAMS, native } from '../runtime/call.ts';
import { collect } from '../runtime/dunders.ts';
import { addressOf } from '../runtime/ids.ts';
import { intValue, isInt, isNone } from '../runtime/values.ts';

type Kw = Record<string, unknown> | undefined;

/** A size argument (read, readline, truncate): None or an int; CPython's TypeError otherwise. */
function _size(x: unknown): number | null {
  if (x === undefined || isNone(x)) return null;
  if (!isInt(x)) throw new TypeError(`argument should be integer or None, not '${pyTypeName(x)}'`);
  return Number(intValue(x));
}

function _int(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

/** What BytesIO and StringIO share: a buffer of units (bytes or code points) and a position. */
abstract class _Buffer<Unit> {
  protected units: Unit[] = [];
  protected pos = 0;
  protected isClosed = false;
  protected abstract readonly zero: Unit;
  protected abstract readonly newline: Unit;
  protected abstract wrap(units: Unit[]): unknown;
  /** write(x) on an open buffer: its units at the position, the count written. */
  protected abstract add(data: unknown): number;

  write(data: unknown): number {
    this.check();
    return this.add(data);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  protected check(): void {
    if (this.isClosed) throw new ValueError('I/O operation on closed file.');
  }

  protected put(units: Unit[]): void {
    while (this.units.length < this.pos) this.units.push(this.zero);
    this.units.splice(this.pos, units.length, ...units);
    this.pos += units.length;
  }

  protected take(size: number | null): Unit[] {
    const end = size === null || size < 0 ? this.units.length : Math.min(this.units.length, this.pos + size);
    const out = this.pos < end ? this.units.slice(this.pos, end) : [];
    this.pos = Math.max(this.pos, end);
    return out;
  }

  protected line(size: number | null): Unit[] {
    let end = this.units.indexOf(this.newline, this.pos);
    end = end < 0 ? this.units.length : end + 1;
    if (size !== null && size >= 0) end = Math.min(end, this.pos + size);
    return this.take(Math.max(0, end - this.pos));
  }

  read(size?: unknown): unknown {
    this.check();
    return this.wrap(this.take(_size(size)));
  }

  readline(size?: unknown): unknown {
    this.check();
    return this.wrap(this.line(_size(size)));
  }

  readlines(hint?: unknown): unknown[] {
    this.check();
    const limit = _size(hint);
    const out: unknown[] = [];
    let total = 0;
    for (let l = this.line(null); l.length > 0; l = this.line(null)) {
      out.push(this.wrap(l));
      total += l.length;
      if (limit !== null && limit > 0 && total >= limit) break;
    }
    return out;
  }

  getvalue(): unknown {
    this.check();
    return this.wrap(this.units);
  }

  tell(): number {
    this.check();
    return this.pos;
  }

  truncate(size?: unknown): number {
    this.check();
    const n = _size(size) ?? this.pos;
    if (n < 0) throw new ValueError(`negative size value ${n}`);
    if (n < this.units.length) this.units.length = n;
    return n;
  }

  async writelines(lines: unknown): Promise<null> {
    this.check();
    for (const line of await collect(lines)) this.add(line);
    return null;
  }

  close(): null {
    this.isClosed = true;
    return null;
  }

  flush(): null {
    this.check();
    return null;
  }

  readable(): boolean {
    this.check();
    return true;
  }

  writable(): boolean {
    this.check();
    return true;
  }

  seekable(): boolean {
    this.check();
    return true;
  }

  isatty(): boolean {
    this.check();
    return false;
  }

  fileno(): never {
    throw new UnsupportedOperation('fileno');
  }

  __enter__(): this {
    this.check();
    return this;
  }

  __exit__(): boolean {
    this.isClosed = true;
    return false;
  }

  *[Symbol.iterator](): Iterator<unknown> {
    this.check();
    for (let l = this.line(null); l.length > 0; l = this.line(null)) yield this.wrap(l);
  }

  [pyRepr](): string {
    return `<${pyTypeName(this)} object at ${addressOf(this)}>`;
  }
}

/** io.BytesIO(initial_bytes=b''): a bytes buffer with a file's methods. */
export class BytesIO extends _Buffer<number> {
  static readonly pyTypeName = '_io.BytesIO';
  protected readonly zero = 0;
  protected readonly newline = 0x0a;

  constructor(initial?: unknown) {
    super();
    if (initial !== undefined && !isNone(initial)) this.units = [..._bytesOf(initial)];
  }

  protected wrap(units: number[]): bytes {
    return makeBytes(units);
  }

  protected add(data: unknown): number {
    const units = [..._bytesOf(data)];
    this.put(units);
    return units.length;
  }

  read1(size?: unknown): unknown {
    return this.read(size);
  }

  /** readinto(buffer): fills a bytearray (or other writable bytes) from the position. */
  readinto(target: unknown): number {
    this.check();
    if (!(target instanceof Uint8Array) || target instanceof bytes) {
      throw new TypeError(`readinto() argument must be read-write bytes-like object, not ${pyTypeName(target)}`);
    }
    const units = this.take(target.length);
    target.set(units);
    return units.length;
  }

  seek(offset: unknown, whence: unknown = 0): number {
    this.check();
    let pos = _int(offset);
    const from = _int(whence);
    if (from === 0 && pos < 0) throw new ValueError(`negative seek value ${pos}`);
    if (from === 1) pos += this.pos;
    else if (from === 2) pos += this.units.length;
    else if (from !== 0) throw new ValueError(`invalid whence (${from}, should be 0, 1 or 2)`);
    this.pos = Math.max(0, pos);
    return this.pos;
  }
}

function _bytesOf(x: unknown): Uint8Array {
  if (x instanceof Uint8Array) return x;
  throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
}

const _NEWLINES = new Set(['', '\n', '\r', '\r\n']);

/** io.StringIO(initial_value='', newline='\n'): a text buffer, positions counted in characters. */
export class StringIO extends _Buffer<string> {
  static readonly pyTypeName = '_io.StringIO';
  protected readonly zero = '\0';
  protected readonly newline = '\n';
  private readonly translate: string | null | undefined;

  constructor(initial?: unknown, newline: unknown = '\n') {
    super();
    const nl = newline;
    if (!isNone(nl) && typeof nl !== 'string') throw new TypeError(`newline must be str or None, not ${pyTypeName(nl)}`);
    if (typeof nl === 'string' && !_NEWLINES.has(nl)) throw new ValueError(`illegal newline value: ${repr(nl)}`);
    // None: \r\n and \r are read as \n; '\r' or '\r\n': \n is written as it; '' and '\n': as they are.
    this.translate = isNone(nl) ? null : nl === '\r' || nl === '\r\n' ? nl : undefined;
    if (initial !== undefined && !isNone(initial)) {
      if (typeof initial !== 'string') throw new TypeError(`initial_value must be str or None, not ${pyTypeName(initial)}`);
      this.units = _codePoints(this.translated(initial));
    }
  }

  private translated(s: string): string {
    if (this.translate === null) return s.replace(/\r\n?/g, '\n');
    if (this.translate !== undefined) return s.replaceAll('\n', this.translate);
    return s;
  }

  protected wrap(units: string[]): string {
    return units.join('');
  }

  protected add(s: unknown): number {
    if (typeof s !== 'string') throw new TypeError(`string argument expected, got '${pyTypeName(s)}'`);
    const units = _codePoints(this.translated(s));
    this.put(units);
    return _codePoints(s).length;
  }

  seek(offset: unknown, whence: unknown = 0): number {
    this.check();
    const pos = _int(offset);
    const from = _int(whence);
    if (from < 0 || from > 2) throw new ValueError(`Invalid whence (${from}, should be 0, 1 or 2)`);
    if (from === 0 && pos < 0) throw new ValueError(`Negative seek position ${pos}`);
    if (from !== 0 && pos !== 0) throw new OSError(`Can't do nonzero ${from === 1 ? 'cur' : 'end'}-relative seeks`);
    this.pos = from === 0 ? pos : from === 2 ? this.units.length : this.pos;
    return this.pos;
  }
}

const _codePoints = (s: string): string[] => Array.from(s);

// Every method of _io's buffers takes its arguments by position only, with Argument Clinic's
// TypeErrors: [fewest, most] arguments of each.
const _ARITY: Record<string, [number, number]> = {
  read: [0, 1], read1: [0, 1], readline: [0, 1], readlines: [0, 1], truncate: [0, 1], seek: [1, 2],
  write: [1, 1], writelines: [1, 1], readinto: [1, 1],
  getvalue: [0, 0], tell: [0, 0], close: [0, 0], flush: [0, 0], readable: [0, 0], writable: [0, 0],
  seekable: [0, 0], isatty: [0, 0], fileno: [0, 0],
};

function _arityError(cls: string, name: string, [least, most]: [number, number], n: number): TypeError {
  if (most === 0) return new TypeError(`${cls}.${name}() takes no arguments (${n} given)`);
  if (least === 1 && most === 1) return new TypeError(`${cls}.${name}() takes exactly one argument (${n} given)`);
  const [bound, count] = n > most ? ['most', most] : ['least', least];
  return new TypeError(`${name} expected at ${bound} ${count} argument${count === 1 ? '' : 's'}, got ${n}`);
}

for (const cls of [BytesIO, StringIO]) {
  const proto = cls.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const [name, arity] of Object.entries(_ARITY)) {
    const method = proto[name];
    if (typeof method !== 'function') continue;
    Object.defineProperty(proto, name, {
      value: native(name, function (this: unknown, a: unknown[], kw: Kw) {
        if (kw !== undefined && Object.keys(kw).length > 0) throw new TypeError(`${cls.name}.${name}() takes no keyword arguments`);
        if (a.length < arity[0] || a.length > arity[1]) throw _arityError(cls.name, name, arity, a.length);
        return method.apply(this, a);
      }),
      writable: true,
      configurable: true,
    });
  }
}
Object.defineProperty(BytesIO, PY_PARAMS, { value: { positional: ['initial_bytes'], keywordOnly: [] } });
Object.defineProperty(StringIO, PY_PARAMS, { value: { positional: ['initial_value', 'newline'], keywordOnly: [] } });
PYTHON_VALUES.add(BytesIO).add(StringIO);
(QUALIFIED_NAMES as Map<Function, string>).set(BytesIO, '_io.BytesIO');
(QUALIFIED_NAMES as Map<Function, string>).set(StringIO, '_io.StringIO');

export function createIoModule(open: unknown): PyModule {
  return makeModule('io', {
    BytesIO, StringIO, UnsupportedOperation, open,
    SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, DEFAULT_BUFFER_SIZE: 8192,
  });
}
