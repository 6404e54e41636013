// Python's select.select(rlist, wlist, xlist, timeout=None) (Modules/selectmodule.c, CPython
// 3.11) on real fds: sockets, any object with fileno(), or ints. It looks once with a zero-timeout
// poll(2) and, if nothing is ready, waits in the kernel layer's shared poller (never blocking the
// event loop) until one fd is ready, the timeout passes or Ctrl+C cancels (the cancel scope's
// signal, as for a recv), then looks once more to collect everything ready. Readiness is what
// Linux's select() reports: readable on POLLIN/POLLHUP/POLLERR, writable on POLLOUT/POLLERR,
// exceptional on POLLPRI. An fd that is not open raises OSError [Errno 9], as Linux's select().
// fd 0 in rlist while a line reader owns it (`socklab run`'s input()) is readable when the reader
// holds a line or EOF, and is waited for as the reader's next input (standard-input.ts).
//
// Keyword arguments: none (CPython's are positional-only). Returns a Promise of three lists of
// the objects given, in their order (a tuple, as CPython's).
import { ERRNO, POLL, libc, poller } from '../kernel/index.ts';
import { currentSignal } from '../socket/cancel.ts';
import { osError } from '../socket/errno.ts';
import { OSError, ValueError } from '../socket/exceptions.ts';
import { pyRepr } from '../socket/format.ts';
import { tuple } from '../socket/tuple.ts';
import { markBlocking, withParams } from './callable.ts';
import { EPOLL_FLAGS, POLL_FLAGS, epoll, poll } from './poll.ts';
import { standardInput } from './standard-input.ts';

// select(2)'s FD_SETSIZE, which CPython checks.
const _FD_SETSIZE = 1024;
const _POLLFD_SIZE = 8;

const _READ = POLL.POLLIN | POLL.POLLHUP | POLL.POLLERR;
const _WRITE = POLL.POLLOUT | POLL.POLLERR;
const _EXCEPT = POLL.POLLPRI;

interface _Entry {
  object: unknown;
  fd: number;
}

/** An fd, or an object's fileno(): PyObject_AsFileDescriptor's rules and messages (select() and poll()). */
export function fileDescriptorOf(x: unknown): number {
  let fd: unknown = x;
  if (typeof x !== 'number' && typeof x !== 'bigint') {
    const fileno = (x as { fileno?: unknown } | null | undefined)?.fileno;
    if (typeof fileno !== 'function') throw new TypeError('argument must be an int, or have a fileno() method.');
    fd = (fileno as () => unknown).call(x);
    if (typeof fd !== 'number' && typeof fd !== 'bigint') throw new TypeError('fileno() returned a non-integer');
  }
  const n = Number(fd);
  if (!Number.isInteger(n)) throw new TypeError('argument must be an int, or have a fileno() method.');
  if (n < 0) throw new ValueError(`file descriptor cannot be a negative integer (${n})`);
  return n;
}

/** select()'s fd: one that fits its fd_set. */
function _fd(x: unknown): number {
  const n = fileDescriptorOf(x);
  if (n >= _FD_SETSIZE) throw new ValueError('filedescriptor out of range in select()');
  return n;
}

/** The object if it is an int, else what its fileno() returns (awaited: a Python method is async). */
async function _filenoOf(x: unknown): Promise<unknown> {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  const fileno = (x as { fileno?: unknown } | null | undefined)?.fileno;
  if (typeof fileno !== 'function') return x;
  const fd: unknown = await (fileno as () => unknown).call(x);
  if (typeof fd !== 'number' && typeof fd !== 'bigint') throw new TypeError('fileno() returned a non-integer');
  return fd;
}

async function _entries(list: unknown): Promise<_Entry[]> {
  if (typeof list !== 'object' || list === null || !(Symbol.iterator in list) || ArrayBuffer.isView(list)) {
    throw new TypeError('arguments 1-3 must be sequences');
  }
  const entries: _Entry[] = [];
  for (const object of list as Iterable<unknown>) entries.push({ object, fd: _fd(await _filenoOf(object)) });
  return entries;
}

function _timeout(timeout: unknown): number | null {
  if (timeout === undefined || timeout === null) return null;
  let t: number;
  if (typeof timeout === 'number') t = timeout;
  else if (typeof timeout === 'bigint') t = Number(timeout);
  else if (typeof timeout === 'boolean') t = timeout ? 1 : 0;
  else throw new TypeError('timeout must be a float or None');
  if (Number.isNaN(t)) throw new ValueError('Invalid value NaN (not a number)');
  if (t < 0) throw new ValueError('timeout must be non-negative');
  return t;
}

/**
 * One zero-timeout poll(2) over every fd: revents by fd. A closed fd raises OSError [Errno 9], as
 * select() does, unless `skipClosed` (epoll forgets a closed fd: selectors never report it) or
 * 'report' (poll() reports it as POLLNVAL).
 */
export function pollNow(fds: readonly { fd: number; events: number }[], skipClosed: boolean | 'report' = false): Map<number, number> {
  const buf = Buffer.alloc(_POLLFD_SIZE * fds.length);
  fds.forEach(({ fd, events }, i) => {
    buf.writeInt32LE(fd, i * _POLLFD_SIZE);
    buf.writeInt16LE(events, i * _POLLFD_SIZE + 4);
  });
  let r = libc().poll(buf, fds.length, 0) as number;
  while (r < 0 && libc().errno() === ERRNO.EINTR) r = libc().poll(buf, fds.length, 0) as number;
  if (r < 0) throw osError(libc().errno() as number);
  const revents = new Map<number, number>();
  fds.forEach(({ fd }, i) => {
    const got = buf.readInt16LE(i * _POLLFD_SIZE + 6);
    // select.poll() reports a closed fd as POLLNVAL ('report').
    if (got & POLL.POLLNVAL && skipClosed !== 'report') {
      if (skipClosed) return;
      throw osError(ERRNO.EBADF);
    }
    revents.set(fd, got);
  });
  return revents;
}

/** `select.select(rlist, wlist, xlist[, timeout])` -> Promise of (readable, writable, exceptional) lists. */
export async function select(rlist: Iterable<unknown>, wlist: Iterable<unknown>, xlist: Iterable<unknown>, timeout?: number | null): Promise<readonly [unknown[], unknown[], unknown[]]> {
  if (arguments.length < 3) throw new TypeError(`select expected at least 3 arguments, got ${arguments.length}`);
  if (arguments.length > 4) throw new TypeError(`select expected at most 4 arguments, got ${arguments.length}`);
  const seconds = _timeout(timeout);
  const r = await _entries(rlist);
  const w = await _entries(wlist);
  const x = await _entries(xlist);
  const events = new Map<number, number>();
  const want = (entries: _Entry[], bits: number) => entries.forEach(({ fd }) => events.set(fd, (events.get(fd) ?? 0) | bits));
  // fd 0 read through a line reader: readable when it holds a line or EOF (standard-input.ts).
  const input = r.some(({ fd }) => fd === 0) ? standardInput() : undefined;
  want(input ? r.filter(({ fd }) => fd !== 0) : r, POLL.POLLIN);
  want(w, POLL.POLLOUT);
  want(x, POLL.POLLPRI);
  const fds = [...events].map(([fd, ev]) => ({ fd, events: ev }));
  const collect = (revents: Map<number, number>): readonly [unknown[], unknown[], unknown[]] => {
    const pick = (entries: _Entry[], bits: number) => entries.filter(({ fd }) => ((revents.get(fd) ?? 0) & bits) !== 0).map((e) => e.object);
    const inputReady = input?.ready() === true;
    const readable = r.filter(({ fd }) => (fd === 0 && input ? inputReady : ((revents.get(fd) ?? 0) & _READ) !== 0)).map((e) => e.object);
    return tuple(readable, pick(w, _WRITE), pick(x, _EXCEPT));
  };
  let now = collect(pollNow(fds));
  if (input?.ready()) {
    // CPython's select() lets go of the GIL, so a thread that the last send woke (a server's
    // recv) runs before it returns; a buffered line is ready at once, so give them that turn.
    await new Promise(setImmediate);
    return collect(pollNow(fds));
  }
  if (now.some((list) => list.length > 0) || seconds === 0) return now;
  await waitAny(fds, seconds, input && ((signal) => input.next(signal)));
  now = collect(pollNow(fds));
  return now;
}

/**
 * Waits in the shared poller until one of `fds` is ready, `also` resolves (the line reader's next
 * input, for fd 0) or `seconds` pass; Ctrl+C rejects.
 */
export async function waitAny(fds: readonly { fd: number; events: number }[], seconds: number | null, also?: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const signal = currentSignal();
  if (signal?.aborted) throw signal.reason;
  const done = new AbortController();
  const onAbort = () => done.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const waits: Promise<unknown>[] = fds.map(({ fd, events }) => poller.wait(fd, events, undefined, done.signal).then(undefined, (e: unknown) => {
      // Ours ended because another fd was ready first: nothing to report.
      if (signal?.aborted || !done.signal.aborted) throw e;
    }));
    if (also) {
      waits.push(also(done.signal).then(undefined, (e: unknown) => {
        if (signal?.aborted || !done.signal.aborted) throw e;
      }));
    }
    waits.push(new Promise<void>((resolve) => {
      if (seconds !== null) timer = setTimeout(resolve, seconds * 1000);
    }));
    await Promise.race(waits);
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    throw e;
  } finally {
    if (timer) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // The other waits end (and leave the poller's set) now; their rejections are expected.
    if (!done.signal.aborted) done.abort(new OSError('select finished'));
  }
}

withParams(select, { positional: ['rlist', 'wlist', 'xlist', 'timeout'], positionalOnly: 4 });

/** The module object a learner sees as `select`. */
export const selectModule = {
  select,
  poll,
  epoll,
  ...POLL_FLAGS,
  ...EPOLL_FLAGS,
  error: OSError,
  [Symbol.toStringTag]: 'module',
  // Debian's CPython has select built in (not in lib-dynload).
  [pyRepr]: () => "<module 'select' (built-in)>",
};
markBlocking(selectModule, ['select']);
