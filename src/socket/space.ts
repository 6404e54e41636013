// A SocketSpace owns a set of sockets and the log of what happened to them. The REPL's socket
// table and the lessons' checkpoints read it; nothing here knows about either. Each socket
// module instance has one space, so a lesson linter can run step code in a fresh one.
import { EventEmitter } from 'node:events';
import { moment, performanceAt } from '../clock.ts';
import type { Socket } from './socket.ts';
import type { PyAddress } from './address.ts';

/** What a socket can be doing, in Python's vocabulary. */
export type SocketState = 'created' | 'bound' | 'listening' | 'connecting' | 'connected' | 'closed';

export type SocketEvent =
  | { kind: 'created'; sock: Socket }
  | { kind: 'bound'; sock: Socket; laddr: PyAddress | undefined }
  | { kind: 'listening'; sock: Socket; backlog: number }
  | { kind: 'accepted'; sock: Socket; conn: Socket; raddr: PyAddress | undefined }
  | { kind: 'connected'; sock: Socket; raddr: PyAddress | undefined }
  | { kind: 'sent'; sock: Socket; data: Uint8Array; to: PyAddress | undefined }
  | { kind: 'received'; sock: Socket; data: Uint8Array; from: PyAddress | undefined }
  | { kind: 'shutdown'; sock: Socket; how: number }
  | { kind: 'option'; sock: Socket; level: number; name: number; value: unknown }
  | { kind: 'timeout'; sock: Socket; timeout: number | null }
  | { kind: 'closed'; sock: Socket }
  | { kind: 'error'; sock: Socket | undefined; call: string; error: Error };

export type SocketEventKind = SocketEvent['kind'];

/**
 * A logged event: the event plus when (ms since the space was made; NaN in a space that keeps no
 * log) and its sequence number.
 */
export type LoggedEvent = SocketEvent & { seq: number; at: number };

// Socket.prototype.close as the class defined it (socket.ts registers it at load).
let _socketClose: (() => unknown) | undefined;

const _apply = Reflect.apply;
const _setValues = Set.prototype.values;
const _iteratorNext = Object.getPrototypeOf(new Set<never>().values()).next as () => IteratorResult<unknown>;

/** Called once by socket.ts with its own close(), before any learner code runs. */
export function registerSocketClose(close: () => unknown): void {
  _socketClose ??= close;
}

const _LOG_LIMIT = 2000;
// The log also keeps at most this many bytes of sent and received data: 2,000 chunks of a bulk
// transfer's recv(65536) would hold 128 MiB, and keeping them alive halved the transfer rate
// (the garbage collector had to walk and free them all) and tripled the process's RSS.
const _LOG_BYTES_LIMIT = 2 * 1024 * 1024;

function _dataBytes(e: SocketEvent): number {
  return e.kind === 'sent' || e.kind === 'received' ? e.data.length : 0;
}

/** Data moved: a `sent`, or a `received` with bytes (a received b'', the end of a stream, is not). */
function _isTraffic(e: SocketEvent): boolean {
  return e.kind === 'sent' || (e.kind === 'received' && e.data.length > 0);
}

export interface SocketSpaceOptions {
  /**
   * Keep the log of recent events (default true): the REPL's socket table and tracebacks, the
   * notebook's diagrams and the lessons read it. `socklab run` has no reader and passes false:
   * then an event is only counted, kept in `sockets`, and given to the 'event' listeners if any
   * (without a time: `at` is NaN).
   */
  keepLog?: boolean;
}

/**
 * 'event': every event. 'lifecycle': every event but the data traffic (_isTraffic): a listener
 * that needs no sent or received bytes (the pitfalls' notes) costs a script's send and recv nothing.
 */
export interface SocketSpaceEvents {
  event: [LoggedEvent];
  lifecycle: [LoggedEvent];
}

export class SocketSpace extends EventEmitter<SocketSpaceEvents> {
  /** Every socket that is not closed, in creation order. */
  readonly sockets = new Set<Socket>();
  /** The most recent events, oldest first (bounded; always empty without keepLog). */
  readonly log: LoggedEvent[] = [];
  #seq = 0;
  #logBytes = 0;
  readonly #keepLog: boolean;
  // Someone listens to 'event', to 'lifecycle' (kept by the newListener / removeListener events).
  #listened = false;
  #watched = false;
  // When the space was made, on performance.now()'s scale from the first event on (src/clock.ts:
  // a program that makes no socket never loads node:perf_hooks).
  readonly #madeAt = moment();
  #born: number | undefined;

  constructor(options: SocketSpaceOptions = {}) {
    super();
    this.#keepLog = options.keepLog ?? true;
    // 'newListener' comes before the listener is added, 'removeListener' after it is gone.
    const emitter = this as EventEmitter;
    emitter.on('newListener', (name: string | symbol) => {
      if (name === 'event') this.#listened = true;
      else if (name === 'lifecycle') this.#watched = true;
    });
    emitter.on('removeListener', (name: string | symbol) => {
      if (name === 'event') this.#listened = this.listenerCount('event') > 0;
      else if (name === 'lifecycle') this.#watched = this.listenerCount('lifecycle') > 0;
    });
  }

  /**
   * Whether an event made now would be kept or seen by anyone: a caller on a hot path (every send
   * and recv) asks first and skips making the event otherwise. `record()` itself works either way.
   */
  get observed(): boolean {
    return this.#keepLog || this.#listened;
  }

  /** Whether a received b'' (the end of a stream) made now would be seen: `observed`, or a 'lifecycle' listener. */
  get endObserved(): boolean {
    return this.#keepLog || this.#listened || this.#watched;
  }

  record(event: SocketEvent): void {
    const kind = event.kind;
    if (kind === 'created') this.sockets.add(event.sock);
    else if (kind === 'closed') this.sockets.delete(event.sock);
    // Stamped in place (no Object.assign and its temporary object: this runs for every send and recv).
    const logged = event as LoggedEvent;
    logged.seq = ++this.#seq;
    if (!this.#keepLog) {
      // No time either: reading the clock was a third of this call, and only a kept log has a reader for it.
      logged.at = NaN;
      this.#emit(logged);
      return;
    }
    this.#born ??= performanceAt(this.#madeAt);
    logged.at = performance.now() - this.#born;
    this.log.push(logged);
    this.#logBytes += _dataBytes(event);
    // Trim in batches: shifting the array on every event would cost O(limit) per call.
    if (this.log.length > _LOG_LIMIT * 1.5 || this.#logBytes > _LOG_BYTES_LIMIT * 1.5) this.#trim();
    this.#emit(logged);
  }

  #emit(logged: LoggedEvent): void {
    if (this.#listened) this.emit('event', logged);
    if (this.#watched && !_isTraffic(logged)) this.emit('lifecycle', logged);
  }

  /** Counts an event nobody observes (see `observed`) without making it: the next seq. */
  skip(): void {
    ++this.#seq;
  }

  /** Drops the oldest events until at most _LOG_LIMIT events and _LOG_BYTES_LIMIT bytes remain. */
  #trim(): void {
    let drop = 0;
    let bytes = this.#logBytes;
    while (drop < this.log.length && (this.log.length - drop > _LOG_LIMIT || bytes > _LOG_BYTES_LIMIT)) {
      bytes -= _dataBytes(this.log[drop] as LoggedEvent);
      drop++;
    }
    this.log.splice(0, drop);
    this.#logBytes = bytes;
  }

  /** The sequence number of the latest event (0 when nothing happened yet). */
  get seq(): number {
    return this.#seq;
  }

  /**
   * Closes every socket of this space (the REPL's `.reset` and exit), whatever the learner did to
   * them: each through the class's own close() (taken when the class was defined, so neither
   * `s.close = null` nor a changed Socket.prototype.close stops it), each in its own try.
   */
  closeAll(): void {
    const close = _socketClose;
    if (close === undefined) return;
    // The REPL runs learner code in this realm: iterate and call through built-ins taken at load.
    const open: Socket[] = [];
    const it = _apply(_setValues, this.sockets, []) as Iterator<Socket>;
    for (let step = _apply(_iteratorNext, it, []) as IteratorResult<Socket>; !step.done; step = _apply(_iteratorNext, it, []) as IteratorResult<Socket>) {
      open[open.length] = step.value;
    }
    for (let i = 0; i < open.length; i++) {
      try {
        _apply(close, open[i], []);
      } catch {
        // One socket that cannot be closed must not keep the others open.
      }
    }
  }
}
