// CPython writes some of the socket module in Python (Lib/socket.py): accept() calls the C
// _accept(), create_connection() calls getaddrinfo() and connect(). Its traceback of an error
// raised there (a timeout, Ctrl+C in a server's accept(), a refused create_connection()) ends
// with socket.py's own frames, under the learner's line. Where they are is Debian's python3.11
// (3.11.2), as threading.ts says for threading.py; other 3.11 builds differ only in the
// directory and the line numbers.
import { KeyboardInterrupt, OSError, gaierror } from '../../../socket/exceptions.ts';
import { Socket } from '../../../socket/socket.ts';

const _SOCKET_PY = '/usr/lib/python3.11/socket.py';

const _frame = (line: number, name: string, source: string, caret = '') =>
  `  File "${_SOCKET_PY}", line ${line}, in ${name}\n    ${source}\n${caret ? `    ${caret}\n` : ''}`;

const _ACCEPT = _frame(294, 'accept', 'fd, addr = self._accept()', `${' '.repeat(11)}${'^'.repeat(14)}`);
const _GETADDRINFO = _frame(962, 'getaddrinfo', 'for res in _socket.getaddrinfo(host, port, family, type, proto, flags):', `${' '.repeat(11)}${'^'.repeat(59)}`);
const _CREATE_LOOKUP = _frame(827, 'create_connection', 'for res in getaddrinfo(host, port, 0, SOCK_STREAM):', `${' '.repeat(11)}${'^'.repeat(39)}`);
const _CREATE_CONNECT = _frame(836, 'create_connection', 'sock.connect(sa)');
const _CREATE_RAISE = _frame(851, 'create_connection', 'raise exceptions[0]');

/** socket.socket's methods and the module's functions that CPython writes in socket.py, by name. */
const _METHODS: Record<string, (err: unknown) => string> = {
  accept: () => _ACCEPT,
};
const _FUNCTIONS: Record<string, (err: unknown) => string> = {
  getaddrinfo: () => _GETADDRINFO,
  // An OSError from connect() is caught, and raised again after the loop; Ctrl+C is not caught.
  create_connection: (err) => (err instanceof gaierror ? _CREATE_LOOKUP + _GETADDRINFO : err instanceof OSError ? _CREATE_RAISE + _CREATE_CONNECT : _CREATE_CONNECT),
};

/**
 * socket.py's frames between the learner's call of `f` (on `self`) and `err`: '' unless `f` is
 * one of those CPython writes in Python and `err` came from the call (an OSError, Ctrl+C).
 */
export function libraryFrames(f: Function, self: unknown, err: unknown): string {
  if (!(err instanceof OSError || err instanceof KeyboardInterrupt)) return '';
  const table = self instanceof Socket ? _METHODS : _FUNCTIONS;
  return Object.hasOwn(table, f.name) ? table[f.name]!(err) : '';
}
