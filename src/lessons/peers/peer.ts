// What every peer shares: the lesson's own socket module (a separate space, so the lesson's
// sockets never appear in the learner's socket table), waiting for the learner's sockets to
// reach a state by listening to their events (never a fixed sleep), a time limit after which
// it says what it is waiting for, and teardown that closes everything the peer opened.
//
// A peer that has waited too long says so but does not give up: the learner sets the pace (a
// beginner may read for minutes between accept() and send()), and a peer that hung up would
// leave the step impossible. The step's end stops it.
import { CONSTANTS, ERRNO } from '../../kernel/index.ts';
import {
  describeSocket, OSError, withCancelAtStart, type LoggedEvent, type PyAddress, type Socket, type SocketInfo, type SocketModule, type SocketSpace,
} from '../../socket/index.ts';

/** What a running peer is given. */
export interface PeerContext {
  /** The lesson's socket module (not the learner's). */
  module: SocketModule;
  /** The learner's sockets, watched for the state a peer waits for. */
  learner: SocketSpace;
  /** Seconds the peer waits for the learner before it gives up. */
  timeout: number;
  /** Prints a message for the learner (a timeout, the learner's side closing early...). */
  report(message: string): void;
}

/** A peer that runs until it is done or stopped. */
export interface RunningPeer {
  /** Settles when the peer has finished (never rejects: problems go to `report`). */
  readonly done: Promise<void>;
  /** Aborts whatever it waits for and closes its sockets. Idempotent. */
  stop(): void;
}

/** The tools a peer body uses; every socket made through `socket()` is closed on stop. */
export class PeerRun {
  readonly #ctx: PeerContext;
  readonly #abort = new AbortController();
  readonly #sockets = new Set<Socket>();

  constructor(ctx: PeerContext) {
    this.#ctx = ctx;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get timeoutMs(): number {
    return this.#ctx.timeout * 1000;
  }

  get seconds(): number {
    return this.#ctx.timeout;
  }

  report(message: string): void {
    if (!this.signal.aborted) this.#ctx.report(message);
  }

  socket(type: number): Socket {
    const s = this.#ctx.module.socket(CONSTANTS.AF_INET, type);
    this.#sockets.add(s);
    return s;
  }

  /** Takes ownership of a socket made elsewhere (accept()'s connection): stop() closes it. */
  adopt(s: Socket): Socket {
    this.#sockets.add(s);
    return s;
  }

  close(s: Socket): void {
    s.close();
    this.#sockets.delete(s);
  }

  /**
   * Binds `s` to the lesson's port. The peer of the step before may have closed a socket on it a
   * moment ago; while the shared poller thread is still inside poll() with it, the kernel keeps
   * that socket (and its port) alive. So "in use" is retried briefly (every 5 ms, for up to
   * a second) before it counts. The usual case binds at once and returns undefined, so the peer
   * is listening before the learner's next line; a retry returns a Promise to await.
   */
  bind(s: Socket, address: [string, number]): Promise<void> | undefined {
    const attempt = (last: boolean): boolean => {
      try {
        s.bind(address);
        return true;
      } catch (e) {
        if (last || !(e instanceof OSError) || e.errno !== ERRNO.EADDRINUSE || this.signal.aborted) throw e;
        return false;
      }
    };
    if (attempt(false)) return undefined;
    return (async () => {
      for (let tries = 1; ; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (attempt(tries >= 200)) return;
      }
    })();
  }

  stop(): void {
    if (!this.#abort.signal.aborted) this.#abort.abort(new Error('peer stopped'));
    for (const s of this.#sockets) s.close();
    this.#sockets.clear();
  }

  /**
   * Runs a blocking call so that stop() cancels it; if it takes longer than the peer's timeout,
   * reports `onTimeout()` once and goes on waiting. `promise` makes one socket call, which takes
   * its cancel signal when it is made (socket/cancel.ts).
   */
  async call<T>(promise: () => Promise<T>, onTimeout: () => string): Promise<T> {
    const t = setTimeout(() => this.report(onTimeout()), this.timeoutMs);
    try {
      return await withCancelAtStart(this.signal, promise);
    } finally {
      clearTimeout(t);
    }
  }

  /** Runs a blocking call that stop() cancels, with no time limit. */
  forever<T>(promise: () => Promise<T>): Promise<T> {
    return withCancelAtStart(this.signal, promise);
  }

  /**
   * Resolves with the first open learner socket that satisfies `wanted`, checking now and after
   * each of the learner's socket events; after the timeout reports `onTimeout()` once and goes
   * on waiting. stop() rejects it.
   */
  waitForLearner(wanted: (info: SocketInfo) => boolean, onTimeout: () => string): Promise<SocketInfo> {
    const learner = this.#ctx.learner;
    const find = () => {
      for (const s of learner.sockets) {
        const info = describeSocket(s);
        if (wanted(info)) return info;
      }
      return undefined;
    };
    return new Promise<SocketInfo>((resolve, reject) => {
      const now = find();
      if (now) {
        resolve(now);
        return;
      }
      const cleanup = () => {
        learner.off('event', onEvent);
        clearTimeout(timer);
        this.signal.removeEventListener('abort', onAbort);
      };
      const onEvent = (e: LoggedEvent) => {
        if (e.kind !== 'bound' && e.kind !== 'listening' && e.kind !== 'connected' && e.kind !== 'created') return;
        const found = find();
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const onAbort = () => {
        cleanup();
        reject(this.signal.reason);
      };
      const timer = setTimeout(() => this.report(onTimeout()), this.timeoutMs);
      learner.on('event', onEvent);
      if (this.signal.aborted) onAbort();
      else this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** The port of an address, or undefined. */
export function portOf(addr: PyAddress | undefined): number | undefined {
  return Array.isArray(addr) ? (addr as readonly [string, number])[1] : undefined;
}

/** Where to reach a learner socket bound to `laddr` on loopback: its own IP unless it is a wildcard. */
export function loopbackTarget(laddr: PyAddress | undefined, port: number): [string, number] {
  const host = Array.isArray(laddr) ? (laddr as readonly [string, number])[0] : '0.0.0.0';
  return [host === '0.0.0.0' || host === '' ? '127.0.0.1' : host, port];
}

const _encoder = new TextEncoder();
const _decoder = new TextDecoder('utf-8');

export function encodeText(text: string): Uint8Array {
  return _encoder.encode(text);
}

export function decodeText(data: Uint8Array): string {
  return _decoder.decode(data);
}

/** Starts a peer body with a PeerRun; the body's errors become reports unless it was stopped. */
export function runPeer(ctx: PeerContext, body: (run: PeerRun) => Promise<void>, describeError: (e: Error) => string): RunningPeer {
  const run = new PeerRun(ctx);
  const done = body(run).then(
    () => undefined,
    (e: unknown) => {
      if (!run.signal.aborted) run.report(describeError(e as Error));
    },
  ).finally(() => run.stop());
  return { done, stop: () => run.stop() };
}
