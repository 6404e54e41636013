// Python's threading module (Lib/threading.py, CPython 3.11) with threads as tasks on the one
// event loop: a thread's target is awaited, so a blocking socket call inside it (a Promise) blocks
// only that task, as in a Python thread, and socket programs (which wait on I/O) behave as they do
// in CPython. A thread's code runs outside the REPL line's cancel scope: Ctrl+C interrupts the main
// program, not the threads, as in CPython where KeyboardInterrupt goes to the main thread.
//
// Keyword arguments: Thread(group=None, target=None, name=None, args=(), kwargs=None, *,
// daemon=None) takes its keywords as one trailing options object (`new Thread({ target: f, args:
// [1] })`, or after positional values); the target is called as target(...args, kwargs) with the
// kwargs as a trailing options object when there are any. Methods take theirs by position, in
// CPython's order: join(timeout=None), Lock.acquire(blocking=True, timeout=-1),
// Event.wait(timeout=None), Condition(lock=None).wait(timeout=None), notify(n=1),
// wait_for(predicate, timeout=None), Semaphore(value=1).acquire(blocking=True, timeout=None),
// release(n=1). Everything that blocks in Python returns a Promise: join, acquire, wait, wait_for.
// `with lock:` is __enter__() (a Promise: acquire) and __exit__() (release).
import { currentTask, runTask } from '../socket/cancel.ts';
import { ValueError } from '../socket/exceptions.ts';
import { pyRepr } from '../socket/format.ts';
import { isTuple } from '../socket/tuple.ts';
import { DEFERRED_INIT, bindArguments, callableClass, isOptions, markBlocking, withParams } from './callable.ts';
import { environment } from './environment.ts';
import { AssertionError, RuntimeError } from './errors.ts';
import { timeoutSeconds, waitUntil } from './wait.ts';

/** Python's threading.TIMEOUT_MAX on Linux. */
export const TIMEOUT_MAX = 9223372036.0;

// ---- identities -------------------------------------------------------------------------------

interface _TaskContext {
  /** The Thread object of the task, or (for _thread.start_new_thread) made on demand. */
  thread: Thread | undefined;
  ident: number;
}

/** The running task's identity (cancel.ts keeps it: a thread is a task there); undefined in the main thread. */
const _context = (): _TaskContext | undefined => currentTask() as _TaskContext | undefined;

// CPython's idents are pthread_t values: large numbers that look like addresses.
let _nextIdent = 139_921_000_000_000;
const _newIdent = () => (_nextIdent += 8_392_704);
const _mainIdent = _newIdent();

// threading._counter: one sequence for "Thread-N" and "Dummy-N".
let _counter = 0;
const _newName = (template: string) => template.replace('%d', String(++_counter));

const _running = new Set<Thread>();

let _nextAddress = 0x7f5c3e100000;
/** A stable fake address for a Python `<... at 0x...>` repr. */
export function fakeAddress(): string {
  return `0x${(_nextAddress += 0x50).toString(16)}`;
}

/**
 * Where CPython's own threading.py frames say they are: Debian's python3.11 (3.11.2), whose
 * Thread._bootstrap_inner calls self.run() on line 1038 and Thread.run the target on line 975.
 * Other 3.11 builds differ only in the directory and the line numbers (the corpus masks both).
 */
const _THREADING_PY = '/usr/lib/python3.11/threading.py';
const _BOOTSTRAP_FRAME = `  File "${_THREADING_PY}", line 1038, in _bootstrap_inner\n    self.run()\n`;
const _RUN_FRAME = `  File "${_THREADING_PY}", line 975, in run\n    self._target(*self._args, **self._kwargs)\n`;
const _TRACEBACK_HEAD = 'Traceback (most recent call last):\n';

/**
 * A thread's uncaught error as threading.excepthook prints it: the threading.py frames the
 * thread's code ran under come first (run()'s only when the thread calls a target rather than
 * a subclass's own run()). A report without Python frames (TypeScript) stays as it is.
 */
export function threadTraceback(report: string, ranTarget: boolean): string {
  if (!report.startsWith(_TRACEBACK_HEAD)) return report;
  return `${_TRACEBACK_HEAD}${_BOOTSTRAP_FRAME}${ranTarget ? _RUN_FRAME : ''}${report.slice(_TRACEBACK_HEAD.length)}`;
}

/** Calls target(*args, **kwargs) as the front end calls (environment().call); kwargs may be a dict. */
export function callTarget(target: unknown, args: readonly unknown[], kwargs: unknown): Promise<unknown> {
  if (typeof target !== 'function') return Promise.resolve(undefined);
  const keywords = kwargs instanceof Map ? Object.fromEntries(kwargs.entries()) as Record<string, unknown> : kwargs;
  return environment().call(target, args, isOptions(keywords) ? keywords : undefined);
}

/**
 * Runs `body` as a task with its own thread identity, outside any cancel scope, a turn of the
 * event loop later (start() returns first, as in CPython). The returned Promise never rejects:
 * an error goes to `failed`.
 */
export function spawnTask(ctx: _TaskContext, body: () => Promise<unknown>, failed: (error: unknown) => void): Promise<void> {
  return runTask(undefined, ctx, async () => {
    await null;
    try {
      await body();
    } catch (error) {
      // SystemExit ends a thread silently (threading.excepthook ignores it).
      if ((error as { name?: unknown } | null)?.name !== 'SystemExit') failed(error);
    }
  });
}

function _args(value: unknown, label: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) || isTuple(value)) return value;
  if (typeof value === 'string' || (typeof value === 'object' && Symbol.iterator in value)) return [...(value as Iterable<unknown>)];
  throw new TypeError(`${label} argument after * must be an iterable, not ${typeof value}`);
}

// ---- Thread -----------------------------------------------------------------------------------

/** Makes the Thread objects that no Python code constructs (the main thread, dummies). */
const _SPECIAL = Symbol('special thread');

const _THREAD_PARAMS = ['group', 'target', 'name', 'args', 'kwargs'] as const;

class _Thread {
  #target: unknown;
  #args: readonly unknown[];
  #kwargs: unknown;
  #name: string;
  #daemon: boolean;
  #ident: number | undefined;
  #state: 'initial' | 'started' | 'stopped' = 'initial';
  #done = new Set<() => void>();
  /** False until __init__ ran: a Python subclass's own __init__ must call super().__init__(). */
  #initialized = true;

  /** A Python subclass with its own __init__ constructs this empty (callable.ts DEFERRED_INIT). */
  static [DEFERRED_INIT] = true;

  constructor(...given: unknown[]) {
    this.#target = undefined;
    this.#args = [];
    this.#name = '';
    this.#daemon = false;
    if (given[0] === _SPECIAL) {
      this.#name = given[1] === 'main' ? 'MainThread' : _newName('Dummy-%d');
      this.#daemon = given[1] !== 'main';
      this.#state = 'started';
      return;
    }
    if (given[0] === DEFERRED_INIT) {
      this.#initialized = false;
      return;
    }
    this.__init__(...given);
  }

  /** Thread.__init__(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
  __init__(...given: unknown[]): undefined {
    const a = bindArguments('Thread.__init__()', [..._THREAD_PARAMS, 'daemon'], given, [4], 5);
    if (a.group !== undefined) throw new AssertionError('group argument must be None for now');
    this.#target = a.target;
    this.#args = _args(a.args, 'Thread()');
    this.#kwargs = a.kwargs;
    if (a.name !== undefined && a.name !== '') {
      this.#name = String(a.name);
    } else {
      this.#name = _newName('Thread-%d');
      const targetName = (a.target as { name?: unknown } | undefined)?.name;
      if (typeof a.target === 'function') this.#name += ` (${typeof targetName === 'string' && targetName !== '' ? targetName : '<lambda>'})`;
    }
    this.#daemon = a.daemon !== undefined && a.daemon !== null ? Boolean(a.daemon) : current_thread().daemon;
    this.#initialized = true;
    return undefined;
  }

  get name(): string {
    return this.#name;
  }

  set name(value: string) {
    this.#name = String(value);
  }

  get daemon(): boolean {
    return this.#daemon;
  }

  set daemon(value: boolean) {
    if (this.#state === 'started') throw new RuntimeError('cannot set daemon status of active thread');
    this.#daemon = Boolean(value);
  }

  /** The thread's identifier once started (None before). */
  get ident(): number | undefined {
    return this.#ident;
  }

  get native_id(): number | undefined {
    return this.#ident === undefined ? undefined : this.#ident % 1_000_000;
  }

  /** Starts the thread: run() as a task. Returns at once. */
  start(): undefined {
    if (!this.#initialized) throw new RuntimeError('thread.__init__() not called');
    if (this.#state !== 'initial') throw new RuntimeError('threads can only be started once');
    this.#state = 'started';
    this.#ident = _newIdent();
    _running.add(this as unknown as Thread);
    void spawnTask({ thread: this as unknown as Thread, ident: this.#ident }, () => this.run(), (error) => {
      const ranTarget = (this as { run: unknown }).run === _Thread.prototype.run;
      environment().writeErr(`Exception in thread ${this.#name}:\n${threadTraceback(environment().formatTraceback(error), ranTarget)}`);
    }).then(() => {
      this.#state = 'stopped';
      _running.delete(this as unknown as Thread);
      for (const wake of [...this.#done]) wake();
    });
    return undefined;
  }

  /** What the thread does: calls target(*args, **kwargs). Subclasses override it (and may be async). */
  async run(): Promise<unknown> {
    try {
      return await callTarget(this.#target, this.#args, this.#kwargs);
    } finally {
      this.#target = undefined;
      this.#args = [];
      this.#kwargs = undefined;
    }
  }

  /** Waits until the thread ends, or `timeout` seconds (None: for ever). Returns None either way. */
  async join(timeout: number | null = null): Promise<undefined> {
    if (this.#state === 'initial') throw new RuntimeError('cannot join thread before it is started');
    if ((current_thread() as unknown) === this) throw new RuntimeError('cannot join current thread');
    if (this.#state === 'stopped') return undefined;
    const seconds = timeoutSeconds(timeout);
    await waitUntil((wake) => {
      this.#done.add(wake);
      return () => this.#done.delete(wake);
    }, seconds === null ? null : Math.max(0, seconds));
    return undefined;
  }

  is_alive(): boolean {
    return this.#state === 'started';
  }

  getName(): string {
    return this.#name;
  }

  setName(name: string): undefined {
    this.#name = String(name);
    return undefined;
  }

  isDaemon(): boolean {
    return this.#daemon;
  }

  setDaemon(daemonic: boolean): undefined {
    this.daemon = daemonic;
    return undefined;
  }

  [pyRepr](): string {
    let status: string = this.#state;
    if (this.#daemon) status += ' daemon';
    if (this.#ident !== undefined) status += ` ${this.#ident}`;
    return `<${this.constructor.name}(${this.#name}, ${status})>`;
  }

  /** The main thread (made once), or the identity of a task started by _thread.start_new_thread. */
  static _special(kind: 'main' | 'dummy', ident: number): _Thread {
    const t = new _Thread(_SPECIAL, kind);
    t.#ident = ident;
    return t;
  }
}

/** `threading.Thread`: subclass it (override run()) or give it a target. Callable without `new`. */
export const Thread = withParams(callableClass(_Thread, 'Thread', 'threading.Thread'), { positional: [..._THREAD_PARAMS], keywordOnly: ['daemon'] });
export type Thread = _Thread;

const _mainThread = _Thread._special('main', _mainIdent);
Object.defineProperty(_mainThread, 'constructor', { value: class _MainThread {} });
const _dummyConstructor = class _DummyThread {};

/** The Thread object of the running task (the main thread outside any thread). */
export function current_thread(): Thread {
  const ctx = _context();
  if (!ctx) return _mainThread;
  if (!ctx.thread) {
    ctx.thread = _Thread._special('dummy', ctx.ident);
    Object.defineProperty(ctx.thread, 'constructor', { value: _dummyConstructor });
  }
  return ctx.thread;
}

export function main_thread(): Thread {
  return _mainThread;
}

/** The Threads alive now: the main thread and every started one that has not ended. */
export function enumerate(): Thread[] {
  return [_mainThread, ..._running];
}

export function active_count(): number {
  return 1 + _running.size;
}

export function get_ident(): number {
  return _context()?.ident ?? _mainIdent;
}

export function get_native_id(): number {
  return get_ident() % 1_000_000;
}

/**
 * What CPython does when the main program ends: waits for every non-daemon thread. `socklab run`
 * calls this after the program's last line.
 */
export async function _shutdown(): Promise<void> {
  for (;;) {
    const waiting = [..._running].filter((t) => !t.daemon);
    if (waiting.length === 0) return;
    await Promise.all(waiting.map((t) => t.join()));
  }
}

// ---- locks ------------------------------------------------------------------------------------

function _checkAcquire(blocking: unknown, timeout: number): void {
  if (!blocking && timeout !== -1) throw new ValueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw new ValueError('timeout value must be positive');
}

/** A FIFO of waiting acquirers; release() hands the lock straight to the first. */
class _Waiters {
  readonly #queue: Array<() => void> = [];

  wait(timeout: number): Promise<boolean> {
    return waitUntil((wake) => {
      this.#queue.push(wake);
      return () => {
        const i = this.#queue.indexOf(wake);
        if (i >= 0) this.#queue.splice(i, 1);
      };
    }, timeout === -1 ? null : timeout);
  }

  /** Wakes the first waiter; false if nobody waits. */
  wakeOne(): boolean {
    const wake = this.#queue.shift();
    wake?.();
    return wake !== undefined;
  }
}

class _Lock {
  #locked = false;
  readonly #waiters = new _Waiters();
  readonly #address = fakeAddress();

  /** Takes the lock; waits (a Promise) while another task holds it. True when taken. */
  acquire(blocking: boolean = true, timeout: number = -1): Promise<boolean> {
    try {
      _checkAcquire(blocking, timeout);
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve(true);
    }
    if (!blocking) return Promise.resolve(false);
    return this.#waiters.wait(timeout);
  }

  release(): undefined {
    if (!this.#locked) throw new RuntimeError('release unlocked lock');
    if (!this.#waiters.wakeOne()) this.#locked = false;
    return undefined;
  }

  locked(): boolean {
    return this.#locked;
  }

  __enter__(): Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): undefined {
    return this.release();
  }

  [pyRepr](): string {
    return `<${this.#locked ? 'locked' : 'unlocked'} _thread.lock object at ${this.#address}>`;
  }
}

/** `threading.Lock()`: a lock any task may release. */
export const Lock = withParams(callableClass(_Lock, 'Lock'), { positional: [] });
export type Lock = _Lock;

class _RLock {
  #owner: number | undefined;
  #count = 0;
  readonly #waiters = new _Waiters();
  readonly #address = fakeAddress();

  /** Takes the lock, again and again by the task that holds it. */
  async acquire(blocking: boolean = true, timeout: number = -1): Promise<boolean> {
    _checkAcquire(blocking, timeout);
    const me = get_ident();
    if (this.#owner === me) {
      this.#count++;
      return true;
    }
    if (this.#owner === undefined || (await this.#waitTurn(blocking, timeout))) {
      this.#owner = me;
      this.#count = 1;
      return true;
    }
    return false;
  }

  async #waitTurn(blocking: unknown, timeout: number): Promise<boolean> {
    if (!blocking) return false;
    return this.#waiters.wait(timeout);
  }

  release(): undefined {
    if (this.#owner !== get_ident()) throw new RuntimeError('cannot release un-acquired lock');
    if (--this.#count === 0) {
      this.#owner = undefined;
      // The woken acquirer sets itself as owner when its wait resolves; keep others out meanwhile.
      if (this.#waiters.wakeOne()) this.#owner = -1;
    }
    return undefined;
  }

  __enter__(): Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): undefined {
    return this.release();
  }

  /** Condition.wait(): gives the lock up entirely, then takes it back as it was. */
  _release_save(): number {
    if (this.#owner !== get_ident()) throw new RuntimeError('cannot release un-acquired lock');
    const count = this.#count;
    this.#count = 1;
    this.release();
    return count;
  }

  async _acquire_restore(count: number): Promise<void> {
    await this.acquire();
    this.#count = count;
  }

  _is_owned(): boolean {
    return this.#owner === get_ident();
  }

  [pyRepr](): string {
    const owner = this.#owner === undefined || this.#owner < 0 ? 0 : this.#owner;
    return `<${this.#count > 0 ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${this.#count} at ${this.#address}>`;
  }
}

/** `threading.RLock()`: a lock its owner may take again. */
export const RLock = withParams(callableClass(_RLock, 'RLock'), { positional: [] });
export type RLock = _RLock;

// ---- Condition, Event, Semaphore --------------------------------------------------------------

class _Condition {
  readonly #lock: _Lock | _RLock;
  readonly #waiters: Array<() => void> = [];

  constructor(lock?: Lock | RLock | null) {
    this.#lock = lock ?? new _RLock();
  }

  acquire(blocking: boolean = true, timeout: number = -1): Promise<boolean> {
    return this.#lock.acquire(blocking, timeout);
  }

  release(): undefined {
    return this.#lock.release();
  }

  __enter__(): Promise<boolean> {
    return this.#lock.acquire();
  }

  __exit__(..._exc: unknown[]): undefined {
    return this.#lock.release();
  }

  #owned(): boolean {
    const lock = this.#lock;
    return lock instanceof _RLock ? lock._is_owned() : lock.locked();
  }

  /** Releases the lock, waits for notify() or `timeout` seconds, takes the lock back. */
  async wait(timeout: number | null = null): Promise<boolean> {
    if (!this.#owned()) throw new RuntimeError('cannot wait on un-acquired lock');
    const lock = this.#lock;
    const saved = lock instanceof _RLock ? lock._release_save() : (lock.release(), 1);
    try {
      return await waitUntil((wake) => {
        this.#waiters.push(wake);
        return () => {
          const i = this.#waiters.indexOf(wake);
          if (i >= 0) this.#waiters.splice(i, 1);
        };
      }, timeoutSeconds(timeout));
    } finally {
      if (lock instanceof _RLock) await lock._acquire_restore(saved);
      else await lock.acquire();
    }
  }

  /** Waits until predicate() is true (it may be async), at most `timeout` seconds in all. */
  async wait_for(predicate: () => unknown, timeout: number | null = null): Promise<unknown> {
    const seconds = timeoutSeconds(timeout);
    const end = seconds === null ? undefined : performance.now() + seconds * 1000;
    let result = await predicate();
    while (!(await environment().truthy(result))) {
      let wait: number | null = null;
      if (end !== undefined) {
        wait = (end - performance.now()) / 1000;
        if (wait <= 0) break;
      }
      await this.wait(wait);
      result = await predicate();
    }
    return result;
  }

  notify(n: number = 1): undefined {
    if (!this.#owned()) throw new RuntimeError('cannot notify on un-acquired lock');
    for (let i = 0; i < n && this.#waiters.length > 0; i++) this.#waiters.shift()!();
    return undefined;
  }

  notify_all(): undefined {
    return this.notify(this.#waiters.length);
  }

  [pyRepr](): string {
    return `<Condition(${(this.#lock as unknown as Record<symbol, () => string>)[pyRepr]!()}, ${this.#waiters.length})>`;
  }
}

export const Condition = withParams(callableClass(_Condition, 'Condition', 'threading.Condition'), { positional: ['lock'] });
export type Condition = _Condition;

class _Event {
  #flag = false;
  readonly #waiters = new Set<() => void>();
  readonly #address = fakeAddress();

  is_set(): boolean {
    return this.#flag;
  }

  isSet(): boolean {
    return this.#flag;
  }

  set(): undefined {
    this.#flag = true;
    for (const wake of [...this.#waiters]) wake();
    return undefined;
  }

  clear(): undefined {
    this.#flag = false;
    return undefined;
  }

  /** Waits until the flag is set or `timeout` seconds pass; returns the flag. */
  async wait(timeout: number | null = null): Promise<boolean> {
    if (this.#flag) return true;
    await waitUntil((wake) => {
      this.#waiters.add(wake);
      return () => this.#waiters.delete(wake);
    }, timeoutSeconds(timeout));
    return this.#flag;
  }

  [pyRepr](): string {
    return `<threading.Event at ${this.#address}: ${this.#flag ? 'set' : 'unset'}>`;
  }
}

export const Event = withParams(callableClass(_Event, 'Event', 'threading.Event'), { positional: [] });
export type Event = _Event;

/**
 * threading.Timer(interval, function, args=None, kwargs=None): a thread that calls function
 * after interval seconds unless cancel() came first (Lib/threading.py: it waits on an Event).
 */
class _Timer extends _Thread {
  interval: unknown;
  function: unknown;
  args: readonly unknown[];
  kwargs: unknown;
  readonly finished = new _Event();

  constructor(...given: unknown[]) {
    super();
    const a = bindArguments('Timer.__init__()', ['interval', 'function', 'args', 'kwargs'], given, [3]);
    if (a.interval === undefined || a.function === undefined) {
      throw new TypeError(`Timer.__init__() missing ${a.interval === undefined ? "2 required positional arguments: 'interval' and 'function'" : "1 required positional argument: 'function'"}`);
    }
    this.interval = a.interval;
    this.function = a.function;
    this.args = _args(a.args, 'Timer()');
    this.kwargs = a.kwargs ?? null;
  }

  cancel(): undefined {
    this.finished.set();
    return undefined;
  }

  override async run(): Promise<unknown> {
    await this.finished.wait(this.interval as number | null);
    if (!this.finished.is_set()) await callTarget(this.function, this.args, this.kwargs);
    this.finished.set();
    return undefined;
  }
}

export const Timer = withParams(callableClass(_Timer, 'Timer', 'threading.Timer'), { positional: ['interval', 'function', 'args', 'kwargs'] });

class _Semaphore {
  protected value: number;
  readonly #waiters = new _Waiters();

  constructor(value: number = 1) {
    if (value < 0) throw new ValueError('semaphore initial value must be >= 0');
    this.value = value;
  }

  acquire(blocking: boolean = true, timeout: number | null = null): Promise<boolean> {
    if (!blocking && timeout !== null && timeout !== undefined) {
      return Promise.reject(new ValueError("can't specify timeout for non-blocking acquire"));
    }
    if (this.value > 0) {
      this.value--;
      return Promise.resolve(true);
    }
    if (!blocking) return Promise.resolve(false);
    const seconds = timeoutSeconds(timeout);
    return this.#waiters.wait(seconds === null ? -1 : Math.max(0, seconds));
  }

  release(n: number = 1): undefined {
    if (n < 1) throw new ValueError('n must be one or more');
    for (let i = 0; i < n; i++) {
      // A woken acquirer takes the unit directly.
      if (!this.#waiters.wakeOne()) this.value++;
    }
    return undefined;
  }

  __enter__(): Promise<boolean> {
    return this.acquire();
  }

  __exit__(..._exc: unknown[]): undefined {
    return this.release();
  }
}

class _BoundedSemaphore extends _Semaphore {
  readonly #initial: number;

  constructor(value: number = 1) {
    super(value);
    this.#initial = value;
  }

  override release(n: number = 1): undefined {
    if (this.value + n > this.#initial) throw new ValueError('Semaphore released too many times');
    return super.release(n);
  }
}

export const Semaphore = withParams(callableClass(_Semaphore, 'Semaphore', 'threading.Semaphore'), { positional: ['value'] });
export const BoundedSemaphore = withParams(callableClass(_BoundedSemaphore, 'BoundedSemaphore', 'threading.BoundedSemaphore'), { positional: ['value'] });

withParams(_Thread.prototype.join, { positional: ['timeout'] });
withParams(_Thread.prototype.__init__, { positional: [..._THREAD_PARAMS], keywordOnly: ['daemon'] });
withParams(_Lock.prototype.acquire, { positional: ['blocking', 'timeout'] });
withParams(_RLock.prototype.acquire, { positional: ['blocking', 'timeout'] });
withParams(_Event.prototype.wait, { positional: ['timeout'] });
withParams(_Condition.prototype.wait, { positional: ['timeout'] });
withParams(_Condition.prototype.wait_for, { positional: ['predicate', 'timeout'] });
withParams(_Condition.prototype.notify, { positional: ['n'] });
withParams(_Semaphore.prototype.acquire, { positional: ['blocking', 'timeout'] });
withParams(_Semaphore.prototype.release, { positional: ['n'] });

markBlocking(_Thread.prototype, ['join']);
markBlocking(_Lock.prototype, ['acquire', '__enter__']);
markBlocking(_RLock.prototype, ['acquire', '__enter__']);
markBlocking(_Condition.prototype, ['acquire', 'wait', 'wait_for', '__enter__']);
markBlocking(_Event.prototype, ['wait']);
markBlocking(_Semaphore.prototype, ['acquire', '__enter__']);

/** The module object a learner sees as `threading`. */
export const threading = {
  Thread, Lock, RLock, Condition, Event, Semaphore, BoundedSemaphore, Timer,
  current_thread, currentThread: current_thread, main_thread, enumerate, active_count,
  activeCount: active_count, get_ident, get_native_id, TIMEOUT_MAX,
  [Symbol.toStringTag]: 'module',
  [pyRepr]: () => "<module 'threading' from '/usr/lib/python3.11/threading.py'>",
};
