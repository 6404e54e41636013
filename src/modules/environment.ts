// Where the modules write what is not the program's output: the report of an exception in a
// thread (stderr, as CPython prints it) and the one-time notes ("multiprocessing.Process runs as
// a task here"). The REPL and `socklab run` decide where these go (configureModules()).
import { t } from '../i18n/index.ts';
import { formatException } from '../socket/format.ts';

/** A one-time explanation the front end shows in the learner's language (DESIGN.md §6 notes). */
export type ModuleNote = 'multiprocessing' | 'forking';

export interface ModuleEnvironment {
  /** Writes text (newlines included) to the program's stderr. */
  writeErr(text: string): void;
  /** Tells the learner something once; the caller words it (i18n) and picks the place. */
  note(note: ModuleNote): void;
  /**
   * The traceback of an uncaught exception, ending with a newline. The Python front end passes its
   * own (with File lines); the default is CPython's last line alone.
   */
  formatTraceback(error: unknown): string;
  /**
   * Calls `target(*args, **kwargs)` for a module (a thread's target, a process's): the Python front
   * end passes its own call, which knows a Python def's parameters and a builtin's convention. The
   * default is TypeScript's: the keywords as a trailing options object when there are any.
   */
  call(target: unknown, args: readonly unknown[], kwargs: Record<string, unknown> | undefined): Promise<unknown>;
  /**
   * Makes an instance of `cls` (socketserver's handler class) as the front end makes one: for
   * Python, `cls(*args)`, which runs a Python class's own __init__. The default is `new cls(...args)`.
   */
  construct(cls: Function, args: readonly unknown[]): Promise<unknown>;
  /**
   * Python's truth of a value a learner's code returned (Condition.wait_for's predicate): the
   * Python front end passes its own, which asks a class's __bool__ / __len__.
   */
  truthy(value: unknown): boolean | Promise<boolean>;
}

/** Python's truth of plain values: empty containers, zero, '' and None are false. */
function _truthyJS(value: unknown): boolean {
  if (Array.isArray(value) || typeof value === 'string') return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  if (ArrayBuffer.isView(value)) return value.byteLength > 0;
  return Boolean(value);
}

function _callJS(target: unknown, args: readonly unknown[], kwargs: Record<string, unknown> | undefined): Promise<unknown> {
  if (typeof target !== 'function') return Promise.resolve(undefined);
  const extra = kwargs !== undefined && Object.keys(kwargs).length > 0 ? [kwargs] : [];
  return Promise.resolve((target as (...a: unknown[]) => unknown)(...args, ...extra));
}

const _default: ModuleEnvironment = {
  writeErr: (text) => process.stderr.write(text),
  // DESIGN.md §6: notes go to stderr, so a program's stdout stays exactly CPython's.
  note: (note) => process.stderr.write(`${t(`modules.note.${note}`)}\n`),
  formatTraceback: (error) => `${formatException(error)}\n`,
  call: _callJS,
  construct: async (cls, args) => Reflect.construct(cls, args),
  truthy: _truthyJS,
};

let _env: ModuleEnvironment = _default;
const _noted = new Set<ModuleNote>();

/** Sets where the modules write; missing parts keep the defaults. Returns the previous setting. */
export function configureModules(env: Partial<ModuleEnvironment>): ModuleEnvironment {
  const previous = _env;
  _env = { ..._default, ...env };
  // A writeErr given without a note: notes go there too.
  if (env.writeErr && !env.note) _env.note = (note) => env.writeErr!(`${t(`modules.note.${note}`)}\n`);
  _noted.clear();
  return previous;
}

export function environment(): ModuleEnvironment {
  return _env;
}

/** Emits `note` the first time it is asked for since configureModules(). */
export function noteOnce(note: ModuleNote): void {
  if (_noted.has(note)) return;
  _noted.add(note);
  _env.note(note);
}
