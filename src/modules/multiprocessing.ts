// Python's multiprocessing.Process, run as a task in this process (DESIGN.md §6): every object a
// learner makes lives in the one process, so a "child" shares the parent's variables and sockets
// (a fork would copy them). For the socket programs of the tutorials (a process per client) this
// behaves the same; the first start() asks for the one-time note that says so.
//
// Keyword arguments: Process(group=None, target=None, name=None, args=(), kwargs={}, *,
// daemon=None) takes them as one trailing options object, as threading.Thread does;
// join(timeout=None) by position. join() returns a Promise.
import { cpus } from 'node:os';
import { pyRepr } from '../socket/format.ts';
import { bindArguments, callableClass, markBlocking, withParams } from './callable.ts';
import { environment, noteOnce } from './environment.ts';
import { AssertionError } from './errors.ts';
import { callTarget, spawnTask } from './threading.ts';
import { timeoutSeconds, waitUntil } from './wait.ts';

let _counter = 0;
let _nextPid = process.pid + 1;
const _children = new Set<_Process>();

class _Process {
  #target: unknown;
  #args: readonly unknown[];
  #kwargs: unknown;
  #name: string;
  #daemon: boolean;
  #pid: number | undefined;
  #exitcode: number | undefined;
  #done = new Set<() => void>();

  constructor(...given: unknown[]) {
    const a = bindArguments('Process.__init__()', ['group', 'target', 'name', 'args', 'kwargs', 'daemon'], given, [4], 5);
    if (a.group !== undefined) throw new AssertionError('group argument must be None for now');
    this.#target = a.target;
    this.#args = a.args === undefined ? [] : [...(a.args as Iterable<unknown>)];
    this.#kwargs = a.kwargs;
    this.#name = a.name !== undefined ? String(a.name) : `Process-${++_counter}`;
    this.#daemon = Boolean(a.daemon);
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
    if (this.#pid !== undefined) throw new AssertionError('process has already started');
    this.#daemon = Boolean(value);
  }

  /** None before start(); then a number of its own (it is not an OS process). */
  get pid(): number | undefined {
    return this.#pid;
  }

  get ident(): number | undefined {
    return this.#pid;
  }

  /** None while running; 0 when run() returned, 1 when it raised. */
  get exitcode(): number | undefined {
    return this.#exitcode;
  }

  start(): undefined {
    if (this.#pid !== undefined) throw new AssertionError('cannot start a process twice');
    noteOnce('multiprocessing');
    this.#pid = _nextPid++;
    _children.add(this);
    let failed = false;
    void spawnTask({ thread: undefined, ident: this.#pid }, () => this.run(), (error) => {
      failed = true;
      environment().writeErr(`Process ${this.#name}:\n${environment().formatTraceback(error)}`);
    }).then(() => {
      this.#exitcode = failed ? 1 : 0;
      _children.delete(this);
      for (const wake of [...this.#done]) wake();
    });
    return undefined;
  }

  /** Calls target(*args, **kwargs); subclasses override it. */
  async run(): Promise<unknown> {
    return callTarget(this.#target, this.#args, this.#kwargs);
  }

  async join(timeout: number | null = null): Promise<undefined> {
    if (this.#pid === undefined) throw new AssertionError('can only join a started process');
    if (this.#exitcode !== undefined) return undefined;
    const seconds = timeoutSeconds(timeout);
    await waitUntil((wake) => {
      this.#done.add(wake);
      return () => this.#done.delete(wake);
    }, seconds === null ? null : Math.max(0, seconds));
    return undefined;
  }

  is_alive(): boolean {
    return this.#pid !== undefined && this.#exitcode === undefined;
  }

  close(): undefined {
    return undefined;
  }

  [pyRepr](): string {
    const parts = [`name='${this.#name}'`];
    if (this.#pid !== undefined) parts.push(`pid=${this.#pid}`);
    parts.push(`parent=${process.pid}`);
    if (this.#pid === undefined) parts.push('initial');
    else if (this.#exitcode === undefined) parts.push('started');
    else parts.push(`stopped exitcode=${this.#exitcode}`);
    if (this.#daemon) parts.push('daemon');
    return `<${this.constructor.name} ${parts.join(' ')}>`;
  }
}

/** `multiprocessing.Process`: callable without `new`, subclassable. */
export const Process = withParams(callableClass(_Process, 'Process', 'multiprocessing.context.Process'), {
  positional: ['group', 'target', 'name', 'args', 'kwargs'], keywordOnly: ['daemon'],
});
export type Process = _Process;
withParams(_Process.prototype.join, { positional: ['timeout'] });
markBlocking(_Process.prototype, ['join']);

const _mainProcess = { name: 'MainProcess', pid: process.pid, daemon: false, [pyRepr]: () => "<_MainProcess name='MainProcess' parent=None started>" };

/** The module object a learner sees as `multiprocessing`. */
export const multiprocessing = {
  Process,
  current_process: () => _mainProcess,
  active_children: (): Process[] => [..._children],
  cpu_count: (): number => cpus().length,
  [Symbol.toStringTag]: 'module',
  [pyRepr]: () => "<module 'multiprocessing' from '/usr/lib/python3.11/multiprocessing/__init__.py'>",
};
