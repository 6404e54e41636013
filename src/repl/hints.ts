// The one-line hint printed under an error: what usually causes it and what to try. Chosen by
// exception class, errno and message; the texts live in the catalogues (src/i18n/*/repl.ts).
import { ERRNO } from '../kernel/index.ts';
import { CONSTANTS } from '../kernel/index.ts';
import { EOFError, gaierror, OSError, TimeoutError, UnicodeError, type Socket } from '../socket/index.ts';
import { t, type MessageKey } from '../i18n/index.ts';

const _BY_ERRNO: ReadonlyMap<number, MessageKey> = new Map<number, MessageKey>([
  [ERRNO.ECONNREFUSED, 'repl.hint.refused'],
  [ERRNO.EINVAL, 'repl.hint.invalid'],
  [ERRNO.ETIMEDOUT, 'repl.hint.timeout'],
  [ERRNO.EAGAIN, 'repl.hint.blocking'],
  [ERRNO.EINPROGRESS, 'repl.hint.inProgress'],
  [ERRNO.EALREADY, 'repl.hint.inProgress'],
  [ERRNO.EPIPE, 'repl.hint.brokenPipe'],
  [ERRNO.ECONNRESET, 'repl.hint.reset'],
  [ERRNO.ENOTCONN, 'repl.hint.notConnected'],
  [ERRNO.EISCONN, 'repl.hint.isConnected'],
  [ERRNO.EOPNOTSUPP, 'repl.hint.notSupported'],
  [ERRNO.EDESTADDRREQ, 'repl.hint.destRequired'],
  [ERRNO.EBADF, 'repl.hint.badFd'],
  [ERRNO.EADDRNOTAVAIL, 'repl.hint.addrNotAvail'],
  [ERRNO.EACCES, 'repl.hint.permission'],
  [ERRNO.EPERM, 'repl.hint.permission'],
  [ERRNO.EMFILE, 'repl.hint.tooManyFiles'],
  [ERRNO.ENETUNREACH, 'repl.hint.unreachable'],
  [ERRNO.EHOSTUNREACH, 'repl.hint.unreachable'],
]);

/** Python modules a tutorial may use that socklab does not have (for a ReferenceError's hint). */
const _PYTHON_MODULES = new Set([
  'threading', 'select', 'sys', 'struct', 'json', 'multiprocessing', 'socketserver', 'selectors', 'asyncio', 'subprocess', 'signal', 'errno', 'random', 'datetime',
]);

/** Lines that are Python, not JavaScript (for a SyntaxError's hint). */
const _PYTHON_LINE = /^\s*(?:def\s+\w+\s*\(|elif\b|else\s*:|try\s*:|except\b|finally\s*:|with\s+\w|pass\s*$|(?:if|elif|while|for)\s[^{]*?:(?!:)|print\s+['"])/m;

/** Messages of a Promise used as if it were its value (a missing await inside a function). */
const _PROMISE_MISUSE = /\[object Promise\]|Promise|\.(?:decode|encode|length|hex|split|startsWith)\b.*is not a function|is not iterable/;

/** How a variable of that name usually gets its value in a socket program. */
function _assignment(name: string): string {
  if (/addr/i.test(name)) return `data, ${name} = s.recvfrom(1024)`;
  if (/^conn|^client_?sock|^new_?sock/i.test(name)) return `${name}, addr = server.accept()`;
  if (/sock|^s\d*$|server|client|^srv$|^udp|^tcp/i.test(name)) return `${name} = socket.socket(AF_INET, SOCK_STREAM)`;
  if (/data|msg|message|reply/i.test(name)) return `${name} = s.recv(1024)`;
  return `${name} = ...`;
}

/** What to say about a Python module socklab does not have (an import line, or its name used). */
export function missingModuleText(name: string): string {
  if (name === 'threading' || name === 'select') return t(`repl.note.module.${name}`);
  return t('repl.note.module.other', { name });
}

/** Errno 98 has a different cure for a Unix socket's path and for a socket that already reuses. */
function _addrInUse(sock: Socket | undefined): MessageKey {
  if (sock?.family === CONSTANTS.AF_UNIX) return 'repl.hint.addrInUseUnix';
  try {
    if (sock && sock.getsockopt(CONSTANTS.SOL_SOCKET, CONSTANTS.SO_REUSEADDR)) return 'repl.hint.addrInUseReuse';
  } catch {
    // closed since: fall back to the general hint
  }
  return 'repl.hint.addrInUse';
}

function _key(err: unknown, code: string, sock: Socket | undefined): MessageKey | undefined {
  if (!(err instanceof Error)) return undefined;
  const message = err.message;
  if (err instanceof gaierror) return 'repl.hint.gaierror';
  if (err instanceof TimeoutError) return 'repl.hint.timeout';
  if (err instanceof OSError && err.errno === ERRNO.EADDRINUSE) return _addrInUse(sock);
  if (err instanceof OSError && err.errno !== undefined) return _BY_ERRNO.get(err.errno);
  if (err instanceof UnicodeError) return 'repl.hint.unicode';
  if (err instanceof EOFError) return 'repl.hint.eof';
  if (err.name === 'TypeError') {
    // An AF_UNIX address is a path: CPython's message for a tuple there is about bytes, too.
    if (sock?.family === CONSTANTS.AF_UNIX && /a bytes-like object is required|str, bytes or bytearray expected/.test(message) && /\b(?:bind|connect|connect_ex|sendto)\s*\(/.test(code)) {
      return 'repl.hint.unixAddress';
    }
    if (message.includes('a bytes-like object is required')) return 'repl.hint.bytesRequired';
    if (/address must be tuple|must be tuple, not|getsockaddrarg/.test(message)) return 'repl.hint.address';
    if (_PROMISE_MISUSE.test(message)) return 'repl.hint.promise';
  }
  if (/port must be 0-65535/.test(message)) return 'repl.hint.port';
  if (err.name === 'SyntaxError' && /^\s*(?:socklab|npm|node|python3?)\s/.test(code)) return 'repl.hint.shell';
  if (err.name === 'SyntaxError' && _PYTHON_LINE.test(code)) return 'repl.hint.python';
  return undefined;
}

/**
 * The hint for `err` in the user's language, or undefined when there is nothing useful to say.
 * `sock` is the socket whose call raised it, when known.
 */
export function hintFor(err: unknown, code = '', sock?: Socket): string | undefined {
  const key = _key(err, code, sock);
  if (key) return t(key);
  if (err instanceof Error && err.name === 'ReferenceError') {
    const m = /^(\w+) is not defined$/.exec(err.message);
    if (m && _PYTHON_MODULES.has(m[1]!)) return missingModuleText(m[1]!);
    if (m) return t('repl.hint.notDefined', { name: m[1]!, example: _assignment(m[1]!) });
  }
  return undefined;
}
