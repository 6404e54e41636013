// select.poll() and select.epoll() (Modules/selectmodule.c, CPython 3.11), as the "select / poll /
// epoll" servers of Linux socket tutorials use them: register(fd, eventmask), modify, unregister,
// and poll(timeout) returning a list of (fd, events) pairs. Both look with one zero-timeout
// poll(2) over the registered fds and otherwise wait in the shared poller, as select.select does
// (select.ts waitAny): no other task is blocked, Ctrl+C interrupts. epoll is level-triggered
// here: EPOLLET is accepted and reports as level-triggered readiness would (a server that reads
// until BlockingIOError, as edge-triggered code must, behaves the same); EPOLLONESHOT disables the
// fd after one report until modify(). poll()'s timeout is in milliseconds, epoll's in seconds.
import { ERRNO, POLL } from '../kernel/index.ts';
import { osError } from '../socket/errno.ts';
import { QUALIFIED_NAMES, ValueError } from '../socket/exceptions.ts';
import { pyRepr } from '../socket/format.ts';
import { tuple } from '../socket/tuple.ts';
import { callableClass, markBlocking, withParams } from './callable.ts';
import { KeyError } from './errors.ts';
import { fileDescriptorOf, pollNow, waitAny } from './select.ts';

export const POLL_FLAGS = {
  POLLIN: 1, POLLPRI: 2, POLLOUT: 4, POLLERR: 8, POLLHUP: 16, POLLNVAL: 32, POLLRDNORM: 64, POLLRDBAND: 128,
  POLLWRNORM: 256, POLLWRBAND: 512, POLLMSG: 1024, POLLRDHUP: 8192,
} as const;

export const EPOLL_FLAGS = {
  EPOLLIN: 1, EPOLLPRI: 2, EPOLLOUT: 4, EPOLLERR: 8, EPOLLHUP: 16, EPOLLRDNORM: 64, EPOLLRDBAND: 128, EPOLLWRNORM: 256,
  EPOLLWRBAND: 512, EPOLLMSG: 1024, EPOLLRDHUP: 8192, EPOLLEXCLUSIVE: 268435456, EPOLLONESHOT: 1073741824, EPOLLET: 2147483648,
  EPOLL_CLOEXEC: 524288,
} as const;

const _ALWAYS = POLL.POLLERR | POLL.POLLHUP;
// The bits poll(2) itself understands; EPOLLET/EPOLLONESHOT/EPOLLEXCLUSIVE are epoll's own.
const _POLL_BITS = 0xffff;


function _mask(x: unknown): number {
  if (typeof x !== 'number' && typeof x !== 'bigint') throw new TypeError(`'${typeof x === 'string' ? 'str' : 'float'}' object cannot be interpreted as an integer`);
  return Number(x);
}

/** Looks now, else waits (null: for ever) and looks again: the ready (fd, revents) pairs. */
async function _wait(registered: Map<number, number>, seconds: number | null, report: 'nval' | 'skip'): Promise<[number, number][]> {
  const fds = [...registered].filter(([, events]) => events !== 0 || report === 'nval').map(([fd, events]) => ({ fd, events: events & _POLL_BITS }));
  const look = (): [number, number][] => {
    const revents = pollNow(fds, report === 'skip' ? true : 'report');
    return fds.map(({ fd, events }): [number, number] => [fd, (revents.get(fd) ?? 0) & (events | _ALWAYS | POLL.POLLNVAL)]).filter(([, r]) => r !== 0);
  };
  let ready = look();
  if (ready.length > 0 || seconds === 0 || fds.length === 0 && seconds === null) return ready;
  await waitAny(fds, seconds);
  ready = look();
  return ready;
}

/** select.poll(): the registered fds and their event masks. */
class _Poll {
  readonly #fds = new Map<number, number>();
  register(fd: unknown, eventmask: unknown = POLL.POLLIN | POLL.POLLPRI | POLL.POLLOUT): undefined {
    this.#fds.set(fileDescriptorOf(fd), _mask(eventmask) & 0xffff);
    return undefined;
  }
  modify(fd: unknown, eventmask: unknown): undefined {
    const n = fileDescriptorOf(fd);
    if (!this.#fds.has(n)) throw osError(ERRNO.ENOENT);
    this.#fds.set(n, _mask(eventmask) & 0xffff);
    return undefined;
  }
  unregister(fd: unknown): undefined {
    const n = fileDescriptorOf(fd);
    if (!this.#fds.delete(n)) throw new KeyError(n);
    return undefined;
  }
  /** poll([timeout]): milliseconds; None or a negative value waits for ever. */
  async poll(timeout: unknown = null): Promise<unknown[]> {
    let seconds: number | null = null;
    if (timeout !== null && timeout !== undefined) {
      if (typeof timeout !== 'number' && typeof timeout !== 'bigint') throw new TypeError('timeout must be an integer or None');
      const ms = Number(timeout);
      seconds = ms < 0 ? null : Math.ceil(ms) / 1000;
    }
    return (await _wait(this.#fds, seconds, 'nval')).map(([fd, r]) => tuple(fd, r));
  }
  [pyRepr](): string {
    return '<select.poll object>';
  }
}
Object.defineProperty(_Poll, 'name', { value: 'poll' });
(QUALIFIED_NAMES as Map<Function, string>).set(_Poll, 'select.poll');
markBlocking(_Poll.prototype, ['poll']);
withParams(_Poll.prototype.register, { positional: ['fd', 'eventmask'] });
withParams(_Poll.prototype.modify, { positional: ['fd', 'eventmask'] });
withParams(_Poll.prototype.poll, { positional: ['timeout'] });

/** select.epoll(sizehint=-1, flags=0). */
class _Epoll {
  readonly #fds = new Map<number, number>();
  #closed = false;
  constructor(sizehint: unknown = -1) {
    if (typeof sizehint === 'number' && sizehint !== -1 && sizehint <= 0) throw new ValueError('negative sizehint');
  }
  #open(): void {
    if (this.#closed) throw new ValueError('I/O operation on closed epoll object');
  }
  get closed(): boolean {
    return this.#closed;
  }
  close(): undefined {
    this.#closed = true;
    this.#fds.clear();
    return undefined;
  }
  register(fd: unknown, eventmask: unknown = POLL.POLLIN | POLL.POLLPRI | POLL.POLLOUT): undefined {
    this.#open();
    const n = fileDescriptorOf(fd);
    if (this.#fds.has(n)) throw osError(ERRNO.EEXIST);
    if (pollNow([{ fd: n, events: 0 }], true).size === 0) throw osError(ERRNO.EBADF);
    this.#fds.set(n, _mask(eventmask));
    return undefined;
  }
  modify(fd: unknown, eventmask: unknown): undefined {
    this.#open();
    const n = fileDescriptorOf(fd);
    if (!this.#fds.has(n)) throw osError(ERRNO.ENOENT);
    this.#fds.set(n, _mask(eventmask));
    return undefined;
  }
  unregister(fd: unknown): undefined {
    this.#open();
    const n = fileDescriptorOf(fd);
    if (!this.#fds.delete(n)) throw osError(ERRNO.ENOENT);
    return undefined;
  }
  /** poll(timeout=None, maxevents=-1): seconds; None or a negative value waits for ever. */
  async poll(timeout: unknown = null, maxevents: unknown = -1): Promise<unknown[]> {
    this.#open();
    let seconds: number | null = null;
    if (timeout !== null && timeout !== undefined) {
      if (typeof timeout !== 'number' && typeof timeout !== 'bigint') throw new TypeError('timeout must be an integer or None');
      const t = Number(timeout);
      seconds = t < 0 ? null : t;
    }
    const max = Number(maxevents);
    if (max === 0 || max < -1) throw new ValueError(`maxevents must be greater than 0, got ${max}`);
    let ready = await _wait(this.#fds, seconds, 'skip');
    if (max > 0) ready = ready.slice(0, max);
    for (const [fd] of ready) {
      // EPOLLONESHOT: one report, then nothing until modify().
      const events = this.#fds.get(fd);
      if (events !== undefined && events & EPOLL_FLAGS.EPOLLONESHOT) this.#fds.set(fd, 0);
    }
    return ready.map(([fd, r]) => tuple(fd, r));
  }
  __enter__(): this {
    this.#open();
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
  [pyRepr](): string {
    return '<select.epoll object>';
  }
}
Object.defineProperty(_Epoll, 'name', { value: 'epoll' });
markBlocking(_Epoll.prototype, ['poll']);
withParams(_Epoll.prototype.register, { positional: ['fd', 'eventmask'] });
withParams(_Epoll.prototype.modify, { positional: ['fd', 'eventmask'] });
withParams(_Epoll.prototype.poll, { positional: ['timeout', 'maxevents'] });

export const poll = withParams(() => new _Poll(), { positional: [] });
Object.defineProperty(poll, 'name', { value: 'poll' });
export const epoll = withParams(callableClass(_Epoll, 'epoll', 'select.epoll'), { positional: ['sizehint', 'flags'] });
