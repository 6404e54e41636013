// Python's selectors module (Lib/selectors.py, CPython 3.11): DefaultSelector is the
// EpollSelector on Linux. Keys are SelectorKey named tuples (fileobj, fd, events, data); the
// errors are _BaseSelectorImpl's, word for word. select(timeout) looks once with a zero-timeout
// poll(2) and otherwise waits in the shared poller (select.ts's waitAny: no other task is blocked,
// Ctrl+C interrupts), then reports readiness as EpollSelector does: any bit but EPOLLIN counts as
// writable, any bit but EPOLLOUT as readable, masked by the events the key asked for.
import { POLL } from '../../../kernel/index.ts';
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { pollNow, waitAny } from '../../../modules/select.ts';
import { standardInput } from '../../../modules/standard-input.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { callMethod } from '../runtime/attributes.ts';
import { PY_FUNCTION, native, takesValues } from '../runtime/call.ts';
import { NATIVE_CONTAINS, NATIVE_GETITEM, NATIVE_LEN } from '../runtime/native.ts';
import * as ops from '../runtime/ops.ts';
import { KeyError, RuntimeError } from '../runtime/exceptions.ts';
import { intValue, isInt, isNone, realValue } from '../runtime/values.ts';
import { namedTuple } from './namedtuple.ts';

export const EVENT_READ = 1;
export const EVENT_WRITE = 2;
const _FIELDS = ['fileobj', 'fd', 'events', 'data'] as const;

type _Key = readonly unknown[] & { fileobj: unknown; fd: number; events: number; data: unknown };

function _key(fileobj: unknown, fd: number, events: number, data: unknown): _Key {
  return namedTuple('SelectorKey', _FIELDS, [fileobj, fd, events, data], SelectorKey) as _Key;
}

/** selectors.SelectorKey(fileobj, fd, events, data). */
const SelectorKey = native('SelectorKey', (a, kw) => {
  const values = _FIELDS.map((f, i) => (i < a.length ? a[i] : kw?.[f]));
  const missing = _FIELDS.filter((_, i) => values[i] === undefined);
  if (missing.length > 0) throw new TypeError(`SelectorKey.__new__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map((m) => `'${m}'`).join(', ')}`);
  return namedTuple('SelectorKey', _FIELDS, values, SelectorKey);
});
Object.defineProperty(SelectorKey, '_fields', { value: tuple(..._FIELDS) });
Object.defineProperty(SelectorKey, pyRepr, { value: () => "<class 'selectors.SelectorKey'>" });

/** selectors._fileobj_to_fd: an int, or what fileobj.fileno() returns. */
async function _fileobjToFd(fileobj: unknown): Promise<number> {
  let fd: unknown = fileobj;
  if (!isInt(fileobj) || typeof fileobj === 'boolean') {
    try {
      fd = await callMethod(fileobj, 'fileno');
    } catch (e) {
      if (e instanceof TypeError || e instanceof ValueError || (e as Error)?.constructor?.name === 'AttributeError') {
        throw new ValueError(`Invalid file object: ${repr(fileobj)}`);
      }
      throw e;
    }
    if (!isInt(fd)) throw new ValueError(`Invalid file object: ${repr(fileobj)}`);
  }
  const n = Number(intValue(fd));
  if (n < 0) throw new ValueError(`Invalid file descriptor: ${n}`);
  return n;
}

let _serial = 0;

/** selectors.EpollSelector: the key table, and waiting for readiness without blocking other tasks. */
export class EpollSelector {
  static readonly pyTypeName = 'EpollSelector';
  private readonly keys = new Map<number, _Key>();
  private closed = false;
  private readonly id = 0x7f0000100000 + (++_serial) * 0x40;

  /** _fileobj_lookup: the fd, or (for a closed socket, fileno() -1) the fd its key was registered with. */
  private async lookup(fileobj: unknown): Promise<number> {
    try {
      return await _fileobjToFd(fileobj);
    } catch (e) {
      for (const key of this.keys.values()) if (key.fileobj === fileobj) return key.fd;
      throw e;
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new ValueError('I/O operation on closed epoll object');
  }

  private registered(fd: number, fileobj: unknown): _Key {
    const key = this.keys.get(fd);
    if (!key) throw new KeyError(`${repr(fileobj)} is not registered`);
    return key;
  }

  async _register(fileobj: unknown, events: unknown, data: unknown): Promise<_Key> {
    const ev = Number(intValue(events));
    if (!ev || (ev & ~(EVENT_READ | EVENT_WRITE))) throw new ValueError(`Invalid events: ${repr(events)}`);
    const fd = await this.lookup(fileobj);
    if (this.keys.has(fd)) throw new KeyError(`${repr(fileobj)} (FD ${fd}) is already registered`);
    this.checkOpen();
    const key = _key(fileobj, fd, ev, data ?? null);
    this.keys.set(fd, key);
    return key;
  }

  async _unregister(fileobj: unknown): Promise<_Key> {
    const fd = await this.lookup(fileobj);
    const key = this.registered(fd, fileobj);
    this.keys.delete(fd);
    return key;
  }

  /** _PollLikeSelector.modify: a new key when the events or the data changed (by ==), else the same key; events are not checked. */
  async _modify(fileobj: unknown, events: unknown, data: unknown): Promise<_Key> {
    const fd = await this.lookup(fileobj);
    const key = this.registered(fd, fileobj);
    const ev = Number(intValue(events));
    if (ev === key.events && ops.eq(data ?? null, key.data)) return key;
    const changed = _key(key.fileobj, fd, ev, data ?? null);
    this.keys.set(fd, changed);
    return changed;
  }

  /** The key table, for get_map()'s live view. */
  get table(): ReadonlyMap<number, _Key> {
    return this.keys;
  }

  /** _fileobj_lookup without awaiting: an int, a socket's fileno(), or the fileobj a key was registered with. */
  lookupNow(fileobj: unknown): number {
    if (isInt(fileobj) && typeof fileobj !== 'boolean') {
      const n = Number(intValue(fileobj));
      if (n < 0) throw new ValueError(`Invalid file descriptor: ${n}`);
      return n;
    }
    for (const key of this.keys.values()) if (key.fileobj === fileobj) return key.fd;
    const fileno = (fileobj as { fileno?: unknown } | null)?.fileno;
    const fd = typeof fileno === 'function' && !(fileno as unknown as Record<symbol, unknown>)[PY_FUNCTION] ? fileno.call(fileobj) : undefined;
    if (!isInt(fd)) throw new ValueError(`Invalid file object: ${repr(fileobj)}`);
    return Number(intValue(fd));
  }

  async _select(timeout: unknown): Promise<unknown[]> {
    this.checkOpen();
    let seconds: number | null = null;
    if (!isNone(timeout)) {
      const t = realValue(timeout);
      seconds = t <= 0 ? 0 : Math.ceil(t * 1e3) * 1e-3;
    }
    // fd 0 read through a line reader (standard-input.ts): its readiness is the reader's, not fd 0's.
    const stdinKey = this.keys.get(0);
    const input = stdinKey && stdinKey.events & EVENT_READ ? standardInput() : undefined;
    const fds = [...this.keys.values()].map((k) => ({
      fd: k.fd,
      events: (k.events & EVENT_READ && !(input && k.fd === 0) ? POLL.POLLIN : 0) | (k.events & EVENT_WRITE ? POLL.POLLOUT : 0),
    })).filter(({ events }) => events !== 0);
    const look = () => {
      const revents = pollNow(fds, true);
      if (input?.ready()) revents.set(0, (revents.get(0) ?? 0) | POLL.POLLIN);
      return revents;
    };
    let revents = look();
    const ready = () => [...revents].filter(([, got]) => got !== 0);
    if (input?.ready()) {
      // As select.select: CPython lets go of the GIL here, so threads woken by the last send run first.
      await new Promise(setImmediate);
      revents = look();
    } else if (ready().length === 0 && seconds !== 0) {
      await waitAny(fds.filter(({ fd }) => revents.has(fd)), seconds, input && ((signal) => input.next(signal)));
      revents = look();
    }
    const out: unknown[] = [];
    for (const [fd, got] of ready()) {
      const key = this.keys.get(fd);
      if (!key) continue;
      let events = 0;
      if (got & ~POLL.POLLIN) events |= EVENT_WRITE;
      if (got & ~POLL.POLLOUT) events |= EVENT_READ;
      if (events & key.events) out.push(tuple(key, events & key.events));
    }
    return out;
  }

  /** BaseSelector.get_key: a closed selector has no map, so RuntimeError before any lookup. */
  async _getKey(fileobj: unknown): Promise<_Key> {
    if (this.closed) throw new RuntimeError('Selector is closed');
    const fd = await this.lookup(fileobj).catch(() => -1);
    return this.registered(fd, fileobj);
  }

  _getMap(): SelectorMapping | null {
    return this.closed ? null : new SelectorMapping(this);
  }

  _close(): void {
    this.keys.clear();
    this.closed = true;
  }

  [pyRepr](): string {
    return `<selectors.EpollSelector object at 0x${this.id.toString(16)}>`;
  }
}

(QUALIFIED_NAMES as Map<Function, string>).set(EpollSelector, 'selectors.EpollSelector');

/** selectors._SelectorMapping: get_map()'s read-only live view, fd → SelectorKey, looked up by fileobj or fd. */
export class SelectorMapping {
  static readonly pyTypeName = '_SelectorMapping';
  private readonly id = 0x7f0000200000 + (++_serial) * 0x40;
  constructor(private readonly selector: EpollSelector) {}

  [NATIVE_LEN](): number { return this.selector.table.size; }
  [NATIVE_GETITEM](fileobj: unknown): _Key {
    const key = this.selector.table.get(this.selector.lookupNow(fileobj));
    if (!key) throw new KeyError(`${repr(fileobj)} is not registered`);
    return key;
  }
  /** Mapping.__contains__: self[key], False on KeyError. */
  [NATIVE_CONTAINS](fileobj: unknown): boolean {
    try {
      this[NATIVE_GETITEM](fileobj);
      return true;
    } catch (e) {
      if (e instanceof KeyError) return false;
      throw e;
    }
  }
  [Symbol.iterator](): Iterator<number> { return [...this.selector.table.keys()][Symbol.iterator](); }
  [pyRepr](): string { return `<selectors._SelectorMapping object at 0x${this.id.toString(16)}>`; }
}
for (const [name, fn] of Object.entries({
  keys: (m: SelectorMapping) => [...m],
  values: (m: SelectorMapping) => [...m].map((fd) => m[NATIVE_GETITEM](fd)),
  items: (m: SelectorMapping) => [...m].map((fd) => tuple(fd, m[NATIVE_GETITEM](fd))),
  get: (m: SelectorMapping, a: unknown[]) => (m[NATIVE_CONTAINS](a[0]) ? m[NATIVE_GETITEM](a[0]) : (a[1] ?? null)),
})) {
  Object.defineProperty(SelectorMapping.prototype, name, { value: native(name, function (this: SelectorMapping, a) { return fn(this, a); }), writable: true, configurable: true });
}

/** The Python-facing methods: Python's arguments (keywords by name), Python's results. */
const _methods: Record<string, (self: EpollSelector, a: unknown[], kw: Record<string, unknown>) => unknown> = {
  register: (self, a, kw) => {
    if (a.length + Object.keys(kw).filter((k) => k !== 'data').length < 2) {
      throw new TypeError(`_PollLikeSelector.register() missing 1 required positional argument: 'events'`);
    }
    return self._register(a[0] ?? kw.fileobj, a[1] ?? kw.events, a[2] ?? kw.data);
  },
  unregister: (self, a, kw) => self._unregister(a[0] ?? kw.fileobj),
  modify: (self, a, kw) => self._modify(a[0] ?? kw.fileobj, a[1] ?? kw.events, a[2] ?? kw.data),
  select: (self, a, kw) => self._select(a[0] ?? kw.timeout),
  get_key: (self, a, kw) => self._getKey(a[0] ?? kw.fileobj),
  get_map: (self) => self._getMap(),
  close: (self) => {
    self._close();
    return null;
  },
  __enter__: (self) => self,
  __exit__: (self) => {
    self._close();
    return false;
  },
};
for (const [name, fn] of Object.entries(_methods)) {
  Object.defineProperty(EpollSelector.prototype, name, {
    // register()/modify()'s data is kept as it is (an iterable Python object, not its items).
    value: (name === 'register' || name === 'modify' ? takesValues : <F>(f: F) => f)(native(name, function (this: EpollSelector, a, kw) { return fn(this, a, kw ?? {}); })),
    writable: true,
    configurable: true,
  });
}

export function createSelectorsModule(): PyModule {
  return makeModule('selectors', {
    EVENT_READ, EVENT_WRITE,
    DefaultSelector: EpollSelector,
    EpollSelector,
    SelectorKey,
  });
}
