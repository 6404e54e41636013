// Python's help builtin (site._Helper): in every session, `socklab run` included, it prints the
// socket API's docs that the REPL's help() shows (python3's pydoc is not here).
import { pyRepr } from '../../socket/format.ts';
import { pythonHelpText } from './interactive.ts';

/** What repr(help) is in CPython (site._Helper.__repr__). */
const _HELPER_REPR = 'Type help() for interactive help, or help(object) for help about object.';

/** help(x): writes x's docs; `globals` are the program's, where its names and modules are found. */
export function helpBuiltin(globals: Record<string, unknown>, write: (text: string) => void): (x?: unknown) => undefined {
  const help = (x?: unknown): undefined => {
    write(`${pythonHelpText(x, globals)}\n`);
    return undefined;
  };
  Object.defineProperty(help, pyRepr, { value: () => _HELPER_REPR });
  return help;
}
