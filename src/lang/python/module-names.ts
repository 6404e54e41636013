// The modules a Python session imports (session.ts's module table, without its submodules), known
// without building a session: the REPL's banner counts them before Python is loaded, and
// help('modules') lists them. test/lang/python/module-names.test.ts checks this list against a
// session's table, so a module added there must be added here.
export const PYTHON_MODULE_NAMES: readonly string[] = [
  '_thread', 'abc', 'argparse', 'array', 'asyncio', 'atexit', 'base64', 'binascii', 'bisect', 'builtins',
  'calendar', 'codecs', 'collections', 'concurrent', 'contextlib', 'copy', 'csv', 'dataclasses', 'datetime',
  'enum', 'errno', 'fnmatch', 'fractions', 'functools', 'glob', 'gzip', 'hashlib', 'heapq', 'hmac', 'html',
  'http', 'importlib', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'logging', 'math', 'mimetypes', 'multiprocessing',
  'operator', 'os', 'pickle', 'platform', 'pprint', 'queue', 'random', 're', 'secrets', 'select', 'selectors',
  'shlex', 'shutil', 'signal', 'socket', 'socketserver', 'statistics', 'string', 'struct', 'subprocess', 'sys',
  'tempfile', 'textwrap', 'threading', 'time', 'traceback', 'types', 'typing', 'urllib', 'uuid',
  'warnings', 'weakref', 'zlib',
];

/** The ones the banner names, after socket: those of the socket programs. */
export const BANNER_MODULES: readonly string[] = ['asyncio', 'select', 'selectors', 'socketserver', 'threading', 'struct', 'os', 'sys', 'time', 'signal'];

/**
 * `unsorted`, sorted, in `columns` columns down then across, each `width / columns - 1` wide (pydoc's
 * Helper.list, the layout of help('modules') and help('keywords')).
 */
export function pydocColumns(unsorted: readonly string[], columns = 4, width = 80): string {
  const items = [...unsorted].sort();
  const rows = Math.floor((items.length + columns - 1) / columns);
  const colw = Math.floor(width / columns) - 1;
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let col = 0; col < columns; col++) {
      const i = col * rows + row;
      if (i >= items.length) continue;
      line += items[i]!;
      if (col < columns - 1) line += ' '.repeat(colw - items[i]!.length + 1);
    }
    lines.push(line);
  }
  return lines.join('\n');
}
