// Python's warnings (Lib/warnings.py, CPython 3.11) as a program meets it: warnings.warn prints
// CPython's stderr line (`prog.py:12: UserWarning: text` and the source line under it) once per
// place, as the default filters say (DeprecationWarning shown for the program's own code,
// PendingDeprecationWarning, ImportWarning and ResourceWarning ignored); simplefilter,
// filterwarnings and resetwarnings with the actions error/ignore/always/default/module/once;
// catch_warnings(record=True) collecting WarningMessage objects. The program is __main__ for the
// filters' module test. Not here: warn_explicit's registry argument, -W options.
import { pyRepr, str } from '../../../socket/format.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import { AssertionError, DeprecationWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, UserWarning, Warning } from '../runtime/exceptions.ts';
import { truthy } from '../runtime/ops.ts';
import { isNone } from '../runtime/values.ts';
import type { ProgramFrames } from './traceback.ts';

type Action = 'error' | 'ignore' | 'always' | 'default' | 'module' | 'once';
interface Filter { action: Action; message: RegExp | null; category: Function; module: RegExp | null; lineno: number }

const _ACTIONS = new Set(['error', 'ignore', 'always', 'default', 'module', 'once']);

function _defaults(): Filter[] {
  const f = (action: Action, category: Function, module: RegExp | null = null): Filter => ({ action, message: null, category, module, lineno: 0 });
  return [f('default', DeprecationWarning, /^__main__$/), f('ignore', DeprecationWarning), f('ignore', PendingDeprecationWarning), f('ignore', ImportWarning), f('ignore', ResourceWarning)];
}

/** warnings.WarningMessage: what catch_warnings(record=True) collects. */
class WarningMessage {
  static readonly pyTypeName = 'WarningMessage';
  constructor(readonly message: Error, readonly category: Function, readonly filename: string, readonly lineno: number, readonly line: string | null, readonly file: unknown = null, readonly source: unknown = null) {}
  [pyRepr](): string {
    return `{message : ${str(this.message) === '' ? "''" : `${(this.message.constructor as { name: string }).name}(${JSON.stringify(str(this.message)).replace(/^"|"$/g, "'")})`}, category : '${this.category.name}', filename : '${this.filename}', lineno : ${this.lineno}, line : ${this.line === null ? 'None' : `'${this.line}'`}}`;
  }
}

export function createWarningsModule(io: HostIO, frames: ProgramFrames): PyModule {
  let filters = _defaults();
  const onceRegistry = new Set<string>();
  const registry = new Set<string>();
  let recording: WarningMessage[] | undefined;

  const formatwarning = (message: unknown, category: Function, filename: string, lineno: number, line: string | null): string => {
    let s = `${filename}:${lineno}: ${category.name}: ${str(message)}\n`;
    if (line) s += `  ${line.trim()}\n`;
    return s;
  };

  const warn = native('warn', (a, kw) => {
    const message = argAt(a, kw, 0, 'message');
    let category = argAt(a, kw, 1, 'category') as Function | undefined;
    const stacklevel = Number(argAt(a, kw, 2, 'stacklevel') ?? 1);
    let instance: Error;
    if (message instanceof Warning) {
      category = message.constructor as Function;
      instance = message;
    } else {
      if (category === undefined || isNone(category)) category = UserWarning;
      if (!(typeof category === 'function' && (category === Warning || category.prototype instanceof Warning))) {
        throw new TypeError(`category must be a Warning subclass, not '${(category as { constructor?: { name?: string } })?.constructor?.name ?? typeof category}'`);
      }
      instance = Reflect.construct(category, [message]) as Error;
    }
    // The frame `stacklevel` levels up from warn()'s caller, as sys._getframe(stacklevel) is.
    const stack = frames.stack();
    const entry = stack[stack.length - stacklevel];
    const m = entry === undefined ? null : /^ {2}File "(.*)", line (\d+), in .*\n(?: {4}(.*)\n)?/.exec(entry);
    const filename = m ? m[1]! : 'sys';
    const lineno = m ? Number(m[2]) : 1;
    const line = m?.[3] ?? null;
    const text = str(instance);
    const filter = filters.find((f) => (f.category === category || category!.prototype instanceof f.category)
      && (f.message === null || f.message.test(text)) && (f.module === null || f.module.test('__main__')) && (f.lineno === 0 || f.lineno === lineno));
    const action: Action = filter?.action ?? 'default';
    if (action === 'error') throw instance;
    if (action === 'ignore') return null;
    const key = `${category.name}\0${text}`;
    if (action === 'once') {
      if (onceRegistry.has(key)) return null;
      onceRegistry.add(key);
    } else if (action === 'module' || action === 'default') {
      const where = action === 'module' ? `${key}\0${filename}` : `${key}\0${filename}\0${lineno}`;
      if (registry.has(where)) return null;
      registry.add(where);
    }
    if (recording) recording.push(new WarningMessage(instance, category, filename, lineno, line));
    else io.writeErr(formatwarning(instance, category, filename, lineno, line));
    return null;
  });

  const addFilter = (filter: Filter, append: boolean): void => {
    filters = filters.filter((f) => !(f.action === filter.action && String(f.message) === String(filter.message) && f.category === filter.category && String(f.module) === String(filter.module) && f.lineno === filter.lineno));
    if (append) filters.push(filter);
    else filters.unshift(filter);
    registry.clear();
  };
  const action = (x: unknown): Action => {
    if (typeof x !== 'string' || !_ACTIONS.has(x)) throw new AssertionError(`invalid action: ${JSON.stringify(String(x)).replace(/^"|"$/g, "'")}`);
    return x as Action;
  };

  const catchWarnings = native('catch_warnings', (a, kw) => {
    const record = truthy(argAt(a, kw, 0, 'record') ?? false);
    let saved: Filter[] = [];
    let savedRecording: WarningMessage[] | undefined;
    const cm = {
      __enter__: native('__enter__', () => {
        saved = [...filters];
        savedRecording = recording;
        if (!record) return null;
        recording = [];
        return recording;
      }),
      __exit__: native('__exit__', () => {
        filters = saved;
        recording = savedRecording;
        return false;
      }),
    };
    Object.defineProperty(cm, pyRepr, { value: () => `catch_warnings(record=${record ? 'True' : 'False'})` });
    return cm;
  });

  return makeModule('warnings', {
    warn,
    formatwarning: native('formatwarning', (a, kw) => formatwarning(argAt(a, kw, 0, 'message'), argAt(a, kw, 1, 'category') as Function, String(argAt(a, kw, 2, 'filename')), Number(argAt(a, kw, 3, 'lineno')), (argAt(a, kw, 4, 'line') as string | null | undefined) ?? null)),
    simplefilter: native('simplefilter', (a, kw) => {
      addFilter({ action: action(argAt(a, kw, 0, 'action')), message: null, category: (argAt(a, kw, 1, 'category') as Function | undefined) ?? Warning, module: null, lineno: Number(argAt(a, kw, 2, 'lineno') ?? 0) }, truthy(argAt(a, kw, 3, 'append') ?? false));
      return null;
    }),
    filterwarnings: native('filterwarnings', (a, kw) => {
      const message = String(argAt(a, kw, 1, 'message') ?? '');
      const module = String(argAt(a, kw, 3, 'module') ?? '');
      addFilter({
        action: action(argAt(a, kw, 0, 'action')),
        message: message ? new RegExp(`^(?:${message})`, 'i') : null,
        category: (argAt(a, kw, 2, 'category') as Function | undefined) ?? Warning,
        module: module ? new RegExp(`^(?:${module})$`) : null,
        lineno: Number(argAt(a, kw, 4, 'lineno') ?? 0),
      }, truthy(argAt(a, kw, 5, 'append') ?? false));
      return null;
    }),
    resetwarnings: native('resetwarnings', () => {
      filters = [];
      return null;
    }),
    catch_warnings: catchWarnings,
    WarningMessage,
  });
}

