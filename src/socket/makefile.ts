// Python's socket.makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None)
// (Lib/socket.py + Lib/_pyio.py, CPython 3.11): a file object over a connected socket, so a
// program can `readline()` a line-based protocol and `write()` text. One class plays CPython's
// stack: SocketIO (buffering=0, binary), BufferedReader / BufferedWriter / BufferedRWPair
// (binary), TextIOWrapper (text; universal newlines by default). Reading and writing block in
// Python, so read/readline/readlines/write/flush/close return Promises; iteration over lines is
// `for await (const line of f)`. Keyword arguments: encoding, errors and newline are keyword-only
// (the trailing options object, `s.makefile('r', null, { encoding: 'gbk' })`, or
// `s.makefile('r', { encoding: 'gbk' })`); mode and buffering also go by name there.
// Unlike CPython, closing the socket before its files does not wait for them to be closed.
import { bytes } from './bytes.ts';
import { OSError, QUALIFIED_NAMES, TimeoutError, ValueError } from './exceptions.ts';
import { pyRepr } from './format.ts';
import { pyTypeName } from './pytype.ts';
import type { Socket } from './socket.ts';

/** Python's io.UnsupportedOperation (an OSError and a ValueError in CPython; an OSError here). */
export class UnsupportedOperation extends OSError {}
(QUALIFIED_NAMES as Map<Function, string>).set(UnsupportedOperation, 'io.UnsupportedOperation');

/** io.DEFAULT_BUFFER_SIZE: how much one recv asks for, and when writes are sent. */
const _BUFFER_SIZE = 8192;

export interface MakefileOptions {
  mode?: string;
  buffering?: number | null;
  encoding?: string | null;
  errors?: string | null;
  newline?: string | null;
}

const _NEWLINES = new Set([undefined, null, '', '\n', '\r', '\r\n']);

/** Reads a makefile() call's arguments as CPython binds them. */
function _options(args: readonly unknown[]): MakefileOptions {
  const positional = [...args];
  let keywords: MakefileOptions = {};
  const last = positional[positional.length - 1];
  if (positional.length > 0 && typeof last === 'object' && last !== null && Object.getPrototypeOf(last) === Object.prototype) {
    keywords = positional.pop() as MakefileOptions;
  }
  if (positional.length > 2) throw new TypeError(`socket.makefile() takes from 1 to 3 positional arguments but ${positional.length + 1} were given`);
  for (const name of Object.keys(keywords)) {
    if (!['mode', 'buffering', 'encoding', 'errors', 'newline'].includes(name)) {
      throw new TypeError(`socket.makefile() got an unexpected keyword argument '${name}'`);
    }
  }
  return {
    mode: (positional[0] as string | undefined) ?? keywords.mode,
    buffering: (positional[1] as number | null | undefined) ?? keywords.buffering,
    encoding: keywords.encoding,
    errors: keywords.errors,
    newline: keywords.newline,
  };
}

/** `sock.makefile(...)`: the file object for `sock`. */
export function makefile(sock: Socket, args: readonly unknown[]): SocketFile {
  const o = _options(args);
  const mode = o.mode ?? 'r';
  if (typeof mode !== 'string') throw new TypeError(`makefile() argument 'mode' must be str, not ${pyTypeName(mode)}`);
  if (![...mode].every((c) => 'rwb'.includes(c))) throw new ValueError(`invalid mode '${mode}' (only r, w, b allowed)`);
  const binary = mode.includes('b');
  const buffering = o.buffering === undefined || o.buffering === null ? -1 : o.buffering;
  if (buffering === 0 && !binary) throw new ValueError('unbuffered streams must be binary');
  if (!_NEWLINES.has(o.newline as string | undefined)) throw new ValueError(`illegal newline value: ${String(o.newline)}`);
  if (binary && (o.encoding ?? o.errors ?? o.newline) !== undefined && (o.encoding ?? o.errors ?? o.newline) !== null) {
    throw new ValueError('binary mode doesn\'t take an encoding argument');
  }
  const FileClass = buffering === 0 ? SocketIO : !binary ? TextIOWrapper
    : mode.includes('r') && mode.includes('w') ? BufferedRWPair : mode.includes('r') ? BufferedReader : BufferedWriter;
  return new FileClass(sock, {
    mode,
    reading: mode.includes('r'),
    writing: mode.includes('w'),
    binary,
    raw: buffering === 0,
    encoding: o.encoding ?? undefined,
    errors: o.errors ?? 'strict',
    newline: o.newline ?? null,
  });
}

interface _Setup {
  mode: string;
  reading: boolean;
  writing: boolean;
  binary: boolean;
  raw: boolean;
  encoding: string | undefined;
  errors: string;
  newline: string | null;
}

/** An object's address in a repr, one per object (CPython's id()). */
const _addresses = new WeakMap<object, string>();
function _address(o: object): string {
  let a = _addresses.get(o);
  if (a === undefined) _addresses.set(o, (a = `0x7f${(0x5a0000000 + _addresses_made++ * 0x60).toString(16)}`));
  return a;
}
let _addresses_made = 0;

const _LF = 0x0a;
const _CR = 0x0d;

/**
 * What the layers of one makefile() share (CPython's text file, its buffer and its raw SocketIO
 * are three objects over one stream): what has arrived and not been read, what is written and not
 * sent, and whether the stream is closed.
 */
class _Stream {
  closed = false;
  timedOut = false;
  /** Received and not yet read. */
  in: Uint8Array = new Uint8Array(0);
  eof = false;
  /** Written and not yet sent. */
  out: Uint8Array[] = [];
  outSize = 0;
  /** Universal newlines: the last byte handed out was a \r, so a \n that follows is dropped. */
  afterCR = false;
}

/** A file object over a socket: what makefile() returns. */
export class SocketFile {
  readonly #sock: Socket;
  readonly #setup: _Setup;
  readonly #fd: number;
  readonly #s: _Stream;
  /** The text file's `buffer`, a buffered file's `raw` (made when first asked for). */
  #below: SocketFile | undefined;
  // Own getters, on the layers that have them (the constructor).
  /** The socket's fd, as CPython's `name` (not on a BufferedRWPair). */
  declare readonly name: number;
  declare readonly mode: string;
  /** Text mode: the encoding, errors, and the binary file below. */
  declare readonly encoding: string;
  declare readonly errors: string;
  declare readonly buffer: SocketFile;
  /** A buffered file's SocketIO. */
  declare readonly raw: SocketFile;

  constructor(sock: Socket, setup: _Setup, stream = new _Stream()) {
    this.#sock = sock;
    this.#setup = setup;
    this.#fd = sock.fileno();
    this.#s = stream;
    // The attributes each of CPython's classes has: a BufferedRWPair has no name nor mode (nor a
    // text file over one a name); only a text file has an encoding; a raw SocketIO no buffer.
    const pair = setup.reading && setup.writing && !setup.raw;
    const own = (name: string, get: () => unknown) => Object.defineProperty(this, name, { get, enumerable: false, configurable: true });
    // SocketIO.name: the fd, -1 once closed (and so the layers' above it).
    if (!pair) own('name', () => (this.#s.closed ? -1 : this.#fd));
    if (!pair || !setup.binary) own('mode', () => (setup.binary ? (setup.reading && setup.writing ? 'rwb' : setup.reading ? 'rb' : 'wb') : setup.mode));
    if (!setup.binary) {
      // CPython's locale default here is UTF-8.
      own('encoding', () => setup.encoding ?? 'UTF-8');
      own('errors', () => setup.errors);
      own('line_buffering', () => false);
      own('buffer', () => (this.#below ??= this.#layer(false)));
    } else if (!setup.raw && !pair) {
      own('raw', () => (this.#below ??= this.#layer(true)));
    }
  }

  /** The binary file under a text one, or the SocketIO under a buffered one: the same stream. */
  #layer(raw: boolean): SocketFile {
    const { reading, writing } = this.#setup;
    const mode = `${reading ? 'r' : ''}${writing ? 'w' : ''}b`;
    const FileClass = raw ? SocketIO : reading && writing ? BufferedRWPair : reading ? BufferedReader : BufferedWriter;
    return new FileClass(this.#sock, { ...this.#setup, mode, binary: true, raw, encoding: undefined, newline: null }, this.#s);
  }

  get closed(): boolean {
    return this.#s.closed;
  }

  // SocketIO's checks (Lib/socket.py): every layer asks its raw file, so a closed one says "socket".
  readable(): boolean {
    if (this.#s.closed) throw new ValueError('I/O operation on closed socket.');
    return this.#setup.reading;
  }

  writable(): boolean {
    if (this.#s.closed) throw new ValueError('I/O operation on closed socket.');
    return this.#setup.writing;
  }

  seekable(): boolean {
    // A BufferedRWPair answers False itself, closed or not.
    if (this.#s.closed && !this.#isPair()) throw new ValueError('I/O operation on closed socket.');
    return false;
  }

  fileno(): number {
    // A BufferedRWPair (and a text file over one) has two streams, so no one fd.
    if (this.#isPair()) throw new UnsupportedOperation('fileno');
    this.#checkOpen();
    return this.#sock.fileno();
  }

  #isPair(): boolean {
    return this.#setup.reading && this.#setup.writing && !this.#setup.raw;
  }

  /**
   * Reads up to `size` bytes (binary) or characters (text); everything up to EOF when size is
   * -1 or None. Buffered files wait for all of it; raw files (buffering=0) return one recv.
   */
  async read(size: number | null = -1): Promise<string | bytes> {
    this.#checkReadable();
    const n = size === null || size === undefined || size < 0 ? Infinity : size;
    if (this.#setup.binary) {
      if (this.#setup.raw && n !== Infinity) {
        if (this.#s.in.length === 0 && !this.#s.eof) await this.#fill();
        return this.#take(Math.min(n, this.#s.in.length));
      }
      while (this.#s.in.length < n && !this.#s.eof) await this.#fill();
      return this.#take(Math.min(n, this.#s.in.length));
    }
    if (n === Infinity) return this.#readAllText();
    // Enough characters, or EOF: then decode what has arrived (a multibyte character cut by the
    // end of the buffer waits for its last bytes).
    while (!this.#s.eof && [...this.#decode(this.#s.in.subarray(0, this.#decodable()))].length < n) await this.#fill();
    const chars = [...this.#decode(this.#take(this.#s.eof ? this.#s.in.length : this.#decodable()))];
    const rest = chars.slice(n).join('');
    if (rest !== '') this.#unread(this.#encode(rest));
    const text = chars.slice(0, n).join('');
    return this.#setup.newline === null ? this.#translate(text) : text;
  }

  /** Reads one line, its end included; '' / b'' at EOF. */
  async readline(size: number | null = -1): Promise<string | bytes> {
    this.#checkReadable();
    const limit = size === null || size === undefined || size < 0 ? -1 : size;
    if (this.#setup.binary) return this.#take(await this.#lineEnd(limit, 'binary'));
    return this.#readLineText(limit);
  }

  /** Reads lines until EOF (or until `hint` bytes or characters have been read). */
  async readlines(hint: number | null = -1): Promise<Array<string | bytes>> {
    const lines: Array<string | bytes> = [];
    let total = 0;
    for (;;) {
      const line = await this.readline();
      if (line.length === 0) break;
      lines.push(line);
      total += line.length;
      if (hint !== null && hint !== undefined && hint > 0 && total >= hint) break;
    }
    return lines;
  }

  /** Writes str (text) or bytes (binary); returns the count written. Sent on flush() or when the buffer fills. */
  async write(data: string | Uint8Array): Promise<number> {
    if (this.#s.closed) throw new ValueError(this.#setup.binary ? 'write to closed file' : 'I/O operation on closed file.');
    if (!this.#setup.writing) throw new UnsupportedOperation('not writable');
    let encoded: Uint8Array;
    let count: number;
    if (this.#setup.binary) {
      if (!ArrayBuffer.isView(data)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(data)}'`);
      encoded = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
      count = encoded.length;
    } else {
      if (typeof data !== 'string') throw new TypeError(`write() argument must be str, not ${pyTypeName(data)}`);
      count = [...data].length;
      const nl = this.#setup.newline;
      encoded = this.#encode(nl !== null && nl !== '' && nl !== '\n' ? data.replaceAll('\n', nl) : data);
    }
    if (this.#setup.raw) return this.#sock.send(encoded);
    this.#s.out.push(encoded);
    this.#s.outSize += encoded.length;
    if (this.#s.outSize >= _BUFFER_SIZE) await this.flush();
    return count;
  }

  /** Sends what write() buffered. */
  async flush(): Promise<undefined> {
    this.#checkOpen();
    if (this.#s.outSize === 0) return undefined;
    const data = new Uint8Array(this.#s.outSize);
    let at = 0;
    for (const part of this.#s.out) {
      data.set(part, at);
      at += part.length;
    }
    this.#s.out = [];
    this.#s.outSize = 0;
    await this.#sock.sendall(data);
    return undefined;
  }

  /** Flushes and closes the file (the socket stays open). Closing twice is fine. */
  async close(): Promise<undefined> {
    if (this.#s.closed) return undefined;
    try {
      if (this.#setup.writing) await this.flush();
    } finally {
      this.#s.closed = true;
    }
    return undefined;
  }

  async __enter__(): Promise<SocketFile> {
    this.#checkOpen();
    return this;
  }

  __exit__(..._exc: unknown[]): Promise<undefined> {
    return this.close();
  }

  /** `for await (const line of f)`: Python's `for line in f:`. */
  async *[Symbol.asyncIterator](): AsyncGenerator<string | bytes, undefined, undefined> {
    for (;;) {
      const line = await this.readline();
      if (line.length === 0) return undefined;
      yield line;
    }
  }

  [pyRepr](): string {
    const { binary, raw, reading, writing } = this.#setup;
    if (raw) return `<socket.SocketIO object at ${_address(this)}>`;
    if (binary) {
      if (reading && writing) return `<_io.BufferedRWPair object at ${_address(this)}>`;
      return `<_io.${reading ? 'BufferedReader' : 'BufferedWriter'} name=${this.#s.closed ? -1 : this.#fd}>`;
    }
    const name = reading && writing ? '' : `name=${this.#s.closed ? -1 : this.#fd} `;
    return `<_io.TextIOWrapper ${name}mode='${this.#setup.mode}' encoding='${this.encoding}'>`;
  }

  // ---- internals ------------------------------------------------------------------------------

  #checkOpen(): void {
    if (this.#s.closed) throw new ValueError('I/O operation on closed file.');
  }

  #checkReadable(): void {
    this.#checkOpen();
    if (!this.#setup.reading) throw new UnsupportedOperation('not readable');
  }

  /** One recv into the buffer; sets EOF on b''. A timeout spoils the file, as CPython's SocketIO. */
  async #fill(): Promise<void> {
    if (this.#s.timedOut) throw new OSError('cannot read from timed out object');
    let data: bytes;
    try {
      data = await this.#sock.recv(_BUFFER_SIZE);
    } catch (e) {
      if (e instanceof TimeoutError) this.#s.timedOut = true;
      throw e;
    }
    if (data.length === 0) {
      this.#s.eof = true;
      return;
    }
    const joined = new Uint8Array(this.#s.in.length + data.length);
    joined.set(this.#s.in);
    joined.set(data, this.#s.in.length);
    this.#s.in = joined;
  }

  #take(n: number): bytes {
    const out = new bytes(new ArrayBuffer(n));
    out.set(this.#s.in.subarray(0, n));
    this.#s.in = this.#s.in.subarray(n);
    return out;
  }

  #unread(data: Uint8Array): void {
    const joined = new Uint8Array(data.length + this.#s.in.length);
    joined.set(data);
    joined.set(this.#s.in, data.length);
    this.#s.in = joined;
  }

  /**
   * Where the next line ends in the buffer (bytes to take), reading more as needed. `style`:
   * 'binary' and '\n' end at LF; '\r\n' at CRLF; '\r' at CR; 'universal' at LF, CR or CRLF.
   */
  async #lineEnd(limit: number, style: 'binary' | 'universal' | string): Promise<number> {
    let from = 0;
    for (;;) {
      const buf = this.#s.in;
      for (let i = from; i < buf.length; i++) {
        if (limit >= 0 && i >= limit) return limit;
        const c = buf[i];
        if (c === _LF && style !== '\r' && style !== '\r\n') return i + 1;
        if (c === _CR && (style === '\r' || style === 'universal' || style === '\r\n')) {
          // A CR at the end of what has arrived may be the first half of a CRLF.
          if (i + 1 >= buf.length && !this.#s.eof && style !== '\r') {
            from = i;
            break;
          }
          if (buf[i + 1] === _LF && style !== '\r') return i + 2;
          if (style !== '\r\n') return i + 1;
        }
        from = i + 1;
      }
      if (limit >= 0 && buf.length >= limit) return limit;
      if (this.#s.eof) return buf.length;
      await this.#fill();
    }
  }

  async #readLineText(limit: number): Promise<string> {
    const nl = this.#setup.newline;
    const style = nl === null || nl === '' ? 'universal' : nl;
    // Text limits count characters; as bytes they are an upper bound (cut again below).
    const end = await this.#lineEnd(limit >= 0 ? limit * 4 : -1, style);
    let text = this.#decode(this.#take(end));
    if (limit >= 0 && [...text].length > limit) {
      const chars = [...text];
      this.#unread(this.#encode(chars.slice(limit).join('')));
      text = chars.slice(0, limit).join('');
    }
    return nl === null ? this.#translate(text) : text;
  }

  async #readAllText(): Promise<string> {
    while (!this.#s.eof) await this.#fill();
    const text = this.#decode(this.#take(this.#s.in.length));
    return this.#setup.newline === null ? this.#translate(text) : text;
  }

  /** Universal newlines on input: \r\n and \r become \n. */
  #translate(text: string): string {
    if (this.#s.afterCR && text.startsWith('\n')) text = text.slice(1);
    this.#s.afterCR = text.endsWith('\r');
    return text.replace(/\r\n?/g, '\n');
  }

  /** How many buffered bytes end on a character boundary (UTF-8: not inside a sequence). */
  #decodable(): number {
    const buf = this.#s.in;
    const encoding = (this.#setup.encoding ?? 'utf-8').toLowerCase().replace('_', '-');
    if (encoding !== 'utf-8' && encoding !== 'utf8') return buf.length;
    for (let back = 1; back <= Math.min(3, buf.length); back++) {
      const c = buf[buf.length - back]!;
      if ((c & 0xc0) === 0x80) continue;
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > back ? buf.length - back : buf.length;
    }
    return buf.length;
  }

  #decode(data: Uint8Array): string {
    return new bytes(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength).decode(this.#setup.encoding ?? 'utf-8', this.#setup.errors);
  }

  #encode(text: string): Uint8Array {
    return bytes.fromString(text, this.#setup.encoding ?? 'utf-8', this.#setup.errors);
  }
}

// The class CPython's makefile() returns for each mode (`type(f).__name__`); one implementation,
// SocketFile, plays them all.
export class SocketIO extends SocketFile {}
export class BufferedReader extends SocketFile {}
export class BufferedWriter extends SocketFile {}
export class BufferedRWPair extends SocketFile {}
export class TextIOWrapper extends SocketFile {}
