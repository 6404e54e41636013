// select.poll() and select.epoll() (Modules/selectmodule.c, CPython 3.11), as the "select / poll /
// epoll" servers of Linux socket tutorials use them: register(fd, eventmask), modify, unregister,
// and poll(timeout) returning a list of (fd, events) pairs. Both look with one zero-timeout
// poll(2) over the registered fds and otherwise wait in the shared poller, as select.select does
// (select.ts waitAny): no other task is blocked, Ctrl+C interrupts. epoll is a kernel epoll set
// (EPOLLET and EPOLLONESHOT as the kernel does them). poll()'s timeout is in milliseconds, epoll's
// in seconds.
import { ERRNO, POLL, sysClose, sysEpollCreate, sysEpollCtl, sysEpollWaitNow } from '../kernel/index.ts';
import { EPOLL } from '../kernel/platform.ts';
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
// The bits poll(2) understands (select.poll masks its registrations to them).
const _POLL_BITS = 0xffff;


function _mask(x: unknown): number {
  if (typeof x !== 'number' && typeof x !== 'bigint') throw new TypeError(`'${typeof x === 'string' ? 'str' : 'float'}' object cannot be interpreted as an integer`);
  return Number(x);
}

/** Looks now, else waits (null: for ever) and looks again: the ready (fd, revents) pairs. */
async function _wait(registered: Map<number, number>, seconds: number | null): Promise<[number, number][]> {
  const fds = [...registered].map(([fd, events]) => ({ fd, events: events & _POLL_BITS }));
  const look = (): [number, number][] => {
    const revents = pollNow(fds, 'report');
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
    return (await _wait(this.#fds, seconds)).map(([fd, r]) => tuple(fd, r));
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

/** Closes the kernel epoll set of an epoll object the program dropped unclosed, as CPython's pyepoll_dealloc does. */
const _unclosed = new FinalizationRegistry<number>((epfd) => void sysClose(epfd));

/** epoll.poll()'s maxevents of -1: FD_SETSIZE - 1, as selectmodule.c. */
const _MAXEVENTS_DEFAULT = 1023;

/**
 * select.epoll(sizehint=-1, flags=0): a kernel epoll set of the program's own, so EPOLLET,
 * EPOLLONESHOT and EPOLLEXCLUSIVE are the kernel's (an edge is reported once, a one-shot fd is
 * disabled until modify()). poll() asks the set without waiting; to wait, it waits for the epoll
 * fd itself to become readable in the shared poller (an epoll fd is, while events are pending),
 * so no other task is blocked and Ctrl+C interrupts.
 */
class _Epoll {
  readonly #epfd: number;
  #closed = false;
  constructor(sizehint: unknown = -1) {
    if (typeof sizehint === 'number' && sizehint !== -1 && sizehint <= 0) throw new ValueError('negative sizehint');
    const epfd = sysEpollCreate();
    if (epfd < 0) throw osError(-epfd);
    this.#epfd = epfd;
    _unclosed.register(this, epfd, this);
  }
  #open(): void {
    if (this.#closed) throw new ValueError('I/O operation on closed epoll object');
  }
  #ctl(op: number, fd: unknown, eventmask: unknown): undefined {
    this.#open();
    const n = fileDescriptorOf(fd);
    const r = sysEpollCtl(this.#epfd, op, n, op === EPOLL.CTL_DEL ? 0 : _mask(eventmask));
    if (r < 0) throw osError(-r);
    return undefined;
  }
  get closed(): boolean {
    return this.#closed;
  }
  fileno(): number {
    this.#open();
    return this.#epfd;
  }
  close(): undefined {
    if (this.#closed) return undefined;
    this.#closed = true;
    _unclosed.unregister(this);
    sysClose(this.#epfd);
    return undefined;
  }
  register(fd: unknown, eventmask: unknown = POLL.POLLIN | POLL.POLLPRI | POLL.POLLOUT): undefined {
    return this.#ctl(EPOLL.CTL_ADD, fd, eventmask);
  }
  modify(fd: unknown, eventmask: unknown): undefined {
    return this.#ctl(EPOLL.CTL_MOD, fd, eventmask);
  }
  unregister(fd: unknown): undefined {
    return this.#ctl(EPOLL.CTL_DEL, fd, 0);
  }
  /** poll(timeout=None, maxevents=-1): seconds; None or a negative value waits for ever. */
  async poll(timeout: unknown = null, maxevents: unknown = -1): Promise<unknown[]> {
    this.#open();
    let seconds: number | null = null;
    if (timeout !== null && timeout !== undefined) {
      if (typeof timeout !== 'number' && typeof timeout !== 'bigint') throw new TypeError('timeout must be an integer or None');
      const t = Number(timeout);
      // selectmodule.c rounds the timeout up to whole milliseconds.
      seconds = t < 0 ? null : Math.ceil(t * 1000) / 1000;
    }
    let max = Number(maxevents);
    if (max === -1) max = _MAXEVENTS_DEFAULT;
    else if (max <= 0) throw new ValueError(`maxevents must be greater than 0, got ${max}`);
    const deadline = seconds === null ? null : performance.now() + seconds * 1000;
    for (;;) {
      this.#open();
      const ready = sysEpollWaitNow(this.#epfd, max);
      if (typeof ready === 'number') {
        if (ready !== -ERRNO.EINTR) throw osError(-ready);
      } else if (ready.length > 0 || seconds === 0) {
        return ready.map(([fd, r]) => tuple(fd, r));
      }
      const left = deadline === null ? null : (deadline - performance.now()) / 1000;
      if (left !== null && left <= 0) return [];
      await waitAny([{ fd: this.#epfd, events: POLL.POLLIN }], left);
    }
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
