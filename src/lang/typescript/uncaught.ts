// What the TypeScript REPL and notebook print for a line's uncaught throw. An exception shows as
// the last line of Python's traceback (`ConnectionRefusedError: [Errno 111] Connection refused`).
// Any other value (`throw 5`, `Promise.reject('no')`) is not an exception and has no class name
// to print: it shows as node's REPL shows it, `Uncaught 5`, with the value as repr() shows it.
import { types } from 'node:util';
import { t } from '../../i18n/index.ts';
import { formatException, repr } from '../../socket/index.ts';

export function formatUncaught(thrown: unknown): string {
  if (types.isNativeError(thrown) || thrown instanceof Error) return formatException(thrown);
  return t('repl.uncaught', { value: repr(thrown) });
}
