// What every interactive front end of the Python session shares (the REPL's Python mode, the
// socklab-python kernel): the keywords to complete, and which of the REPL's hints fit Python.
import { t } from '../../i18n/index.ts';
import { findHelpText, pythonBuiltinHelp, pythonBuiltinText, type PythonBuiltin } from '../help.ts';
import { repr } from '../../socket/format.ts';
import { BUILTIN_TYPES, getattr } from './runtime/attributes.ts';
import { builtinTypeDir, dirOf } from './runtime/builtin-dir.ts';
import { TYPE_METHOD } from './runtime/descriptors.ts';
import { PY_NATIVE, PY_QUALNAME } from './runtime/call.ts';
import { BUILTIN_EXCEPTIONS } from './runtime/exceptions.ts';
import { MAKEFILE_HELP, MAKEFILE_PYTHON_EXAMPLE } from '../help-modules.ts';
import { hintFor } from '../hints.ts';
import { isPythonCode, pydocInstanceText, pydocText } from './pydoc.ts';
import { PYTHON_KEYWORDS } from './keywords.ts';
import { PYTHON_MODULE_NAMES, pydocColumns } from './module-names.ts';
import { OSError, Socket } from '../../socket/index.ts';

export { PYTHON_KEYWORDS } from './keywords.ts';

/**
 * The one line of advice under a Python traceback: the hints about sockets (an errno, bytes vs
 * str) fit Python too; the ones about JavaScript syntax do not.
 */
export function pythonHint(exception: unknown, code: string): string | undefined {
  const message = String((exception as Error | null)?.message ?? '');
  // A top-level await is python3's SyntaxError at its prompt too; IPython and `python3 -m asyncio`
  // accept it, which is where a learner may have seen it work.
  if ((exception as Error | null)?.name === 'SyntaxError' && message === "'await' outside function") return t('pyrepl.hint.awaitOutside');
  return exception instanceof OSError || /bytes-like object/.test(message) ? hintFor(exception, code) : undefined;
}

/**
 * help() for Python lines: the socket API's docs, with what is said for TypeScript said for
 * Python (a blocking call needs no await; an address is a tuple, a flag False); for a builtin of
 * Python's that socklab has no text for (str.split, dict, sorted, KeyError), what it is and where
 * Python documents it.
 */
export function pythonHelpText(x: unknown, globals: Record<string, unknown>): string {
  const topic = typeof x === 'string' ? _helpTopic(x.trim()) : undefined;
  if (topic !== undefined) return topic;
  // The program's own functions and classes: pydoc's text, as python3 prints it.
  const fromProgram = isPythonCode(x) && getattr(x, '__module__') === '__main__';
  const own = fromProgram ? pydocText(x) : undefined;
  if (own !== undefined) return own;
  const builtin = _pythonBuiltin(x, globals);
  // A method of str or dict is not the socket method of the same name (index, count, get).
  if (builtin?.kind === 'method' || builtin?.kind === 'classmethod') return pythonBuiltinHelp(builtin);
  const pythonOnly = builtin?.kind === 'function' ? pythonBuiltinText(builtin.name) : undefined;
  if (pythonOnly !== undefined) return pythonOnly;
  // A bound method (s.recv) is a new function each time, and socket.socket.recv is not the
  // prototype's: their docs are found by name. A module's function (random.randint) is itself.
  const values = Object.values(globals);
  const ofModule = values.some((v) => Object.prototype.toString.call(v) === '[object module]' && Object.values(v as object).includes(x));
  const byName = typeof x === 'function' && x.name !== '' && !values.includes(x) && !ofModule;
  // socket.socket.family (a property) is found by its name too.
  const qualname = (x as Record<symbol, unknown> | null | undefined)?.[PY_QUALNAME];
  const name = byName ? (x as Function).name : typeof x === 'object' && typeof qualname === 'string' ? qualname.slice(qualname.lastIndexOf('.') + 1) : undefined;
  const text = findHelpText(x, globals, true) ?? (name !== undefined ? findHelpText(name, globals, true) : undefined);
  if (text === undefined && builtin) return pythonBuiltinHelp(builtin);
  // A function or class of an imported module of the program's (or socklab's Python stdlib).
  const imported = text === undefined && isPythonCode(x) && !fromProgram ? pydocText(x) : undefined;
  if (imported !== undefined) return imported;
  const instance = text === undefined ? pydocInstanceText(x) : undefined;
  if (instance !== undefined) return instance;
  return (text ?? t('repl.help.none', { name: typeof x === 'string' ? x : repr(x) }))
    .replaceAll(t('repl.help.blocking'), t('pyrepl.helpBlocking'))
    .replaceAll('`for await (const line of f)`', '`for line in f`')
    .replace(MAKEFILE_HELP[1]!, MAKEFILE_PYTHON_EXAMPLE)
    .replace(/\[('[^'\]]*', \d+)\]/g, '($1)')
    .replace(/\((false|true)\)/g, (_m, flag: string) => `(${flag === 'true' ? 'True' : 'False'})`);
}

/** pydoc's topics that socklab has: help('modules'), help('keywords'), help('async'), help('await'). */
function _helpTopic(name: string): string | undefined {
  if (name === 'modules') return `${t('pyrepl.helpModules', { count: PYTHON_MODULE_NAMES.length })}\n\n${pydocColumns(PYTHON_MODULE_NAMES)}\n\n${t('pyrepl.helpModulesEnd')}`;
  if (name === 'keywords') return `${t('pyrepl.helpKeywords')}\n\n${pydocColumns(PYTHON_KEYWORDS)}`;
  if (name === 'async' || name === 'await') return t('pyrepl.helpAsync');
  return undefined;
}

/**
 * What completion offers after `cls.` when `cls` is a builtin type or socket.socket: dir()'s list
 * (`str.up` → upper, `socket.socket.rec` → recv); undefined for any other value.
 */
export function classAttributeNames(cls: unknown): string[] | undefined {
  if (typeof cls !== 'function' || !(Object.values(BUILTIN_TYPES).includes(cls) || cls.prototype === Socket.prototype)) return undefined;
  return dirOf(cls);
}

const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

/** What `x` is among Python's builtins: a method of a builtin type, a type, a function, an exception. */
function _pythonBuiltin(x: unknown, globals: Record<string, unknown>): PythonBuiltin | undefined {
  if (typeof x !== 'function') return undefined;
  const marks = x as unknown as Record<symbol, unknown>;
  const qualname = marks[PY_QUALNAME];
  // `str.split`, `'a'.split`, `int.from_bytes`: the runtime's own functions, named by their type.
  const m = marks[PY_NATIVE] && typeof qualname === 'string' ? /^(\w+)\.(\w+)$/.exec(qualname) : null;
  if (m && Object.hasOwn(BUILTIN_TYPES, m[1]!)) return { kind: marks[TYPE_METHOD] ? 'classmethod' : 'method', type: m[1]!, name: m[2]! };
  const exception = Object.entries(BUILTIN_EXCEPTIONS).find(([, c]) => c === x)?.[0];
  if (exception !== undefined) {
    const base = (getattr(x, '__bases__') as unknown[])[0];
    return { kind: 'exception', name: exception, base: exception === 'BaseException' ? undefined : String(getattr(base, '__name__')) };
  }
  if (globals[x.name] !== x && BUILTIN_TYPES[x.name] !== x) return undefined;
  if (marks[_TYPE_CHECK]) return { kind: 'type', name: x.name, methods: builtinTypeDir(x.name)?.filter((n) => !n.startsWith('_')) };
  if (marks[PY_NATIVE]) return { kind: 'function', name: x.name };
  return undefined;
}
