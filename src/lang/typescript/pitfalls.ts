// The run-time half of the Python-habit pitfalls (rewrite.ts inserts the calls): where a line
// written as in Python silently does something else in JavaScript, the learner is told once, with
// the form that works, and where Python would raise, socklab raises Python's error.
//
//   data == b'quit'      `__sl_cmp(data, '==', b'quit')`: JavaScript's answer, plus a note when bytes are compared
//   if (!data)           `__sl_truth(data)`: the value, plus a note when bytes are tested for truth
//   'Jack:' + data       `__sl_add('Jack:', data)`: bytes + bytes concatenates, bytes with anything else is CPython's TypeError
//   b'Hi %s' % name      `__sl_bpct(b'Hi %s', name)`: Python's bytes formatting (bytes-percent.ts)
//   s.recv(1024) in a function without await: a note when it is defined (`__sl_note`), and a warning
//                        when the line ends while that call still waits (`__sl_track`); a receive
//                        whose result is dropped (a bare `s.recvfrom(1024)` statement) is cancelled
//                        then instead (`__sl_drop`), so it cannot swallow the next datagram
//   socket.socket().getpeername()  `__sl_temp(socket.socket(), line)`: a socket nothing can reach
//                        after the line is closed when the line ends, as CPython's refcounting
//                        closes it, with CPython's ResourceWarning under -W (PYTHONWARNINGS)
//   s = socket.socket(); s = null, or a socket made in a loop and dropped: when the line ends,
//                        a socket the line made that no variable of the learner's reaches any
//                        more (unreachable.ts) is closed the same way. Lines that could keep one
//                        where no walk sees it (a function, a callback, a task) are left alone.
// and a stream socket whose recv() keeps returning b'' gets a note that the peer has closed.
import { inspect } from 'node:util';
import { colors } from '../../colors.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { CONSTANTS } from '../../kernel/index.ts';
import { bytesPercentFormat } from '../../socket/bytes-percent.ts';
import { mayHideSockets, unreachable } from './unreachable.ts';
import { bytes, currentSignal, KeyboardInterrupt, pyTypeName, repr, Socket, withCancel, type LoggedEvent, type SocketSpace } from '../../socket/index.ts';

/** Global names of the helpers the rewritten code calls (installed by the evaluator). */
export const CMP = '__sl_cmp';
export const TRUTH = '__sl_truth';
export const ADD = '__sl_add';
export const BYTES_PERCENT = '__sl_bpct';
export const NOTE = '__sl_note';
export const TRACK = '__sl_track';
export const TEMPORARY = '__sl_temp';
export const DROP = '__sl_drop';

/** At most this many sockets made by one line are considered for closing. */
const _MADE_LIMIT = 1000;

/** How many b'' in a row from one stream socket make "the peer has closed" worth saying. */
const _EMPTY_RECVS = 3;

export interface PitfallsOptions {
  /** Where notes go (the REPL's print channel; stderr in `socklab run`). */
  write: (text: string) => void;
  space: SocketSpace;
  /** The file name a ResourceWarning names (CPython's REPL says <stdin>). */
  file?: string;
  /** The learner's variables: what keeps a socket the line made from being dropped. */
  roots?: () => unknown[];
}

/** The last missing await a definition was noted for, for the hint under the error it causes. */
let _lastMissingAwait: { fn: string; call: string } | undefined;

/** The blocking call most recently written without await inside a function, if any. */
export function lastMissingAwait(): { fn: string; call: string } | undefined {
  return _lastMissingAwait;
}

function _isBytes(x: unknown): x is bytes {
  return x instanceof bytes;
}

/** Python's `a + b` where one side is bytes (Objects/bytesobject.c bytes_concat, unicode_concat). */
function _addBytes(a: unknown, b: unknown): unknown {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const joined = new Uint8Array(a.length + b.length);
    joined.set(a);
    joined.set(b, a.length);
    return _isBytes(a) ? bytes.from(joined) : joined;
  }
  if (_isBytes(a)) throw new TypeError(`can't concat ${pyTypeName(b)} to bytes`);
  if (typeof a === 'string') throw new TypeError('can only concatenate str (not "bytes") to str');
  throw new TypeError(`unsupported operand type(s) for +: '${pyTypeName(a)}' and 'bytes'`);
}

export function createPitfalls(options: PitfallsOptions) {
  const said = new Set<string>();
  const tracked: Array<{ promise: Promise<unknown>; call: string }> = [];
  const temporaries: Array<{ sock: Socket; line: number }> = [];
  const dropped: Array<{ promise: Promise<unknown>; cancel: AbortController; call: string }> = [];
  // A stream socket's recv() calls that returned its end (b''): it never reads data again (the
  // peer's FIN ends its side of the stream for good, and recv(0) answers without an event).
  let emptyRecvs = new WeakMap<Socket, number>();

  const say = (once: string, key: MessageKey, params?: Record<string, string>) => {
    if (said.has(once)) return;
    said.add(once);
    options.write(`${colors().dim(t(key, params))}\n`);
  };

  // The sockets the current line made, and whether the line started something in the background.
  let made: Socket[] = [];
  // 'lifecycle', not 'event': no data traffic, so a script's every send and recv makes no event.
  options.space.on('lifecycle', (event: LoggedEvent) => {
    if (event.kind === 'received') {
      if (event.sock.type !== CONSTANTS.SOCK_STREAM) return;
      const count = (emptyRecvs.get(event.sock) ?? 0) + 1;
      emptyRecvs.set(event.sock, count);
      if (count >= _EMPTY_RECVS) say('peerClosed', 'pitfall.note.peerClosed');
    } else if (event.kind === 'created' && made.length < _MADE_LIMIT) {
      made.push(event.sock);
    }
  });

  /** The socket's ResourceWarning under -W, then close() (socket.__del__ in Lib/socket.py). */
  const drop = (sock: Socket, line: number) => {
    if (process.env.PYTHONWARNINGS) {
      options.write(`${options.file ?? '<stdin>'}:${line}: ResourceWarning: unclosed ${repr(sock)}\nResourceWarning: Enable tracemalloc to get the object allocation traceback\n`);
    }
    sock.close();
  };

  const helpers: Record<string, unknown> = {
    [CMP](a: unknown, op: string, b: unknown): boolean {
      if (typeof a !== 'object' && typeof b !== 'object') return _compare(a, op, b);
      const ab = _isBytes(a);
      const bb = _isBytes(b);
      if (!ab && !bb) return _compare(a, op, b);
      say('bytesEquality', 'pitfall.note.bytesEquality');
      // What JavaScript would answer, without the implicit conversion that bytes refuse.
      const primitive = (x: unknown, other: unknown) => (_isBytes(x) && (typeof other !== 'object' || other === null) ? String(x) : x);
      return _compare(primitive(a, b), op, primitive(b, a));
    },
    [TRUTH](x: unknown): unknown {
      if (_isBytes(x)) say('bytesTruth', 'pitfall.note.bytesTruth');
      return x;
    },
    [ADD](a: unknown, b: unknown): unknown {
      // Numbers and strings first: this runs for every + of a learner's loop.
      if ((typeof a !== 'object' && typeof b !== 'object') || (!_isBytes(a) && !_isBytes(b))) return (a as string) + (b as string);
      return _addBytes(a, b);
    },
    [BYTES_PERCENT]: bytesPercentFormat,
    [NOTE](fn: string, call: string): void {
      _lastMissingAwait = { fn, call };
      say(`await:${fn}:${call}`, 'pitfall.note.missingAwait', { fn, call });
    },
    [TEMPORARY]<T>(value: T, line: number): T {
      if (value instanceof Socket) temporaries.push({ sock: value, line });
      return value;
    },
    [DROP](run: () => unknown, call: string): unknown {
      // Its own cancel scope, still cancelled by the line's Ctrl+C.
      const outer = currentSignal();
      const cancel = new AbortController();
      if (outer?.aborted) cancel.abort(outer.reason);
      else outer?.addEventListener('abort', () => cancel.abort(outer.reason), { once: true });
      const value = withCancel(cancel.signal, run);
      if (value instanceof Promise) dropped.push({ promise: value, cancel, call });
      return value;
    },
    [TRACK]<T>(value: T, call: string): T {
      if (value instanceof Promise) tracked.push({ promise: value, call });
      return value;
    },
  };

  return {
    helpers,
    /** Before a line runs: only the sockets made from here on are this line's (not a Python line's). */
    lineStart(): void {
      made = [];
    },
    /** After every line: a blocking call started without await that still waits is said loudly. */
    lineDone(code = '', value: unknown = undefined): void {
      for (const { sock, line } of temporaries.splice(0)) {
        if (sock.fileno() >= 0) drop(sock, line);
      }
      const candidates = made.filter((sock) => sock.fileno() >= 0);
      made = [];
      const waiting = tracked.some(({ promise }) => _pending(promise)) || dropped.some(({ promise }) => _pending(promise));
      if (candidates.length > 0 && options.roots && !waiting && !mayHideSockets(code)) {
        for (const sock of unreachable(candidates, [value, ...options.roots()])) drop(sock, 1);
      }
      for (const { promise, cancel, call } of dropped.splice(0)) {
        if (!_pending(promise)) continue;
        promise.catch(() => {}); // nobody can observe it: its KeyboardInterrupt is not the socket's next error
        cancel.abort(new KeyboardInterrupt());
        options.write(`${colors().yellow(t('pitfall.note.cancelled', { call }))}\n`);
      }
      for (const { promise, call } of tracked.splice(0)) {
        if (_pending(promise)) options.write(`${colors().yellow(t('pitfall.note.stillWaiting', { call }))}\n`);
      }
    },
    reset(): void {
      said.clear();
      tracked.length = 0;
      temporaries.length = 0;
      dropped.length = 0;
      made = [];
      emptyRecvs = new WeakMap();
      _lastMissingAwait = undefined;
    },
  };
}

export type Pitfalls = ReturnType<typeof createPitfalls>;

function _pending(promise: Promise<unknown>): boolean {
  return inspect(promise, { depth: 0 }).includes('<pending>');
}

function _compare(a: unknown, op: string, b: unknown): boolean {
  switch (op) {
    case '==': return a == b; // eslint-disable-line eqeqeq
    case '!=': return a != b; // eslint-disable-line eqeqeq
    case '===': return a === b;
    default: return a !== b;
  }
}
