// Python's help builtin (site._Helper): in every session, `socklab run` included, it prints the
// socket API's docs that the REPL's help() shows (python3's pydoc is not here).
import { pyRepr } from '../../socket/format.ts';
import { pythonHelpText } from './interactive.ts';

/** What repr(help) is in CPython (site._Helper.__repr__). */
const _HELPER_REPR = 'Type help() for interactive help, or help(object) for help about object.';

/** help(x): writes x's docs; `globals` are the program's, where its names and modules are found. */
export function helpBuiltin(globals: Record<string, unknown>, write: (text: string) => void): (x?: unknown) => undefined {
  const help = (x?: unknown): undefined => {
    // A bound method (s.recv) is a new function each time: its docs are found by its name.
    // A module's function (random.randint, signal.signal) is itself: found by its value.
    const values = Object.values(globals);
    const ofModule = values.some((v) => Object.prototype.toString.call(v) === '[object module]' && Object.values(v as object).includes(x));
    const bound = typeof x === 'function' && x.name !== '' && !values.includes(x) && !ofModule;
    write(`${pythonHelpText(bound ? (x as { name: string }).name : x, globals)}\n`);
    return undefined;
  };
  Object.defineProperty(help, pyRepr, { value: () => _HELPER_REPR });
  return help;
}
