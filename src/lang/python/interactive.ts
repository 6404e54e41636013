// What every interactive front end of the Python session shares (the REPL's Python mode, the
// socklab-python kernel): the keywords to complete, and which of the REPL's hints fit Python.
import { t } from '../../i18n/index.ts';
import { helpText } from '../help.ts';
import { MAKEFILE_HELP, MAKEFILE_PYTHON_EXAMPLE } from '../help-modules.ts';
import { hintFor } from '../hints.ts';
import { OSError } from '../../socket/index.ts';

export { PYTHON_KEYWORDS } from './keywords.ts';

/**
 * The one line of advice under a Python traceback: the hints about sockets (an errno, bytes vs
 * str) fit Python too; the ones about JavaScript syntax do not.
 */
export function pythonHint(exception: unknown, code: string): string | undefined {
  const message = String((exception as Error | null)?.message ?? '');
  return exception instanceof OSError || /bytes-like object/.test(message) ? hintFor(exception, code) : undefined;
}

/**
 * help() for Python lines: the socket API's docs, with what is said for TypeScript said for
 * Python (a blocking call needs no await; an address is a tuple, a flag False).
 */
export function pythonHelpText(x: unknown, globals: Record<string, unknown>): string {
  return helpText(x, globals, true)
    .replaceAll(t('repl.help.blocking'), t('pyrepl.helpBlocking'))
    .replaceAll('`for await (const line of f)`', '`for line in f`')
    .replace(MAKEFILE_HELP[1]!, MAKEFILE_PYTHON_EXAMPLE)
    .replace(/\[('[^'\]]*', \d+)\]/g, '($1)')
    .replace(/\((false|true)\)/g, (_m, flag: string) => `(${flag === 'true' ? 'True' : 'False'})`);
}
