// help(x): Python's help() for the socket API. Finds what `x` is (a method, a module function,
// a constant, an exception class, one of the other globals, or its name as a string) and prints
// its signature, what it does (in the user's language, then the other one) and a one-line
// example. The texts are in src/i18n/{en,zh}/help.ts; signatures and examples are code, here.
import { CONSTANTS } from '../kernel/index.ts';
import { EXCEPTION_CLASSES, gaierror, herror, repr, Socket } from '../socket/index.ts';
import { help as enHelp } from '../i18n/en/help.ts';
import { helpModules as enHelpModules } from '../i18n/en/help-modules.ts';
import { help as zhHelp } from '../i18n/zh/help.ts';
import { helpModules as zhHelpModules } from '../i18n/zh/help-modules.ts';
import { getLang, t } from '../i18n/index.ts';
import { colors } from '../colors.ts';
import { MAKEFILE_HELP, moduleHelp, pythonBuiltinHelpEntries, pythonModuleHelp } from './help-modules.ts';

type HelpKey = keyof ReturnType<typeof enHelp> | keyof ReturnType<typeof enHelpModules>;
type _Texts = readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>];

/**
 * Each language's texts: the socket API's and the modules', looked up in turn (no key is in both).
 * Merged into one object of ~300 keys, one property at a time, they cost every `socklab run` the
 * time of building it, for a help() it may never call; built at all, they cost it the time of
 * building them and of reading them from its code cache (~130 KB of text): made by the first help().
 */
let _texts: Record<'en' | 'zh', _Texts> | undefined;

function _textsIn(lang: 'en' | 'zh'): _Texts {
  _texts ??= { en: [enHelp(), enHelpModules()], zh: [zhHelp(), zhHelpModules()] };
  return _texts[lang];
}

function _text(lang: 'en' | 'zh', key: HelpKey): string {
  const [api, modules] = _textsIn(lang);
  return (api[key] ?? modules[key])!;
}

/** Every key of the texts. */
function _keys(): string[] {
  const [api, modules] = _textsIn('en');
  return [...Object.keys(api), ...Object.keys(modules)];
}

/** Signature, example, and whether the call waits (returns a Promise the REPL awaits). */
type _Entry = readonly [signature: string, example: string, blocking?: 'blocking'];

/**
 * The tables of signatures and examples, made by the first help() (a start that never calls it
 * neither builds them nor reads them from its code cache).
 */
function _makeTables() {
  const _METHODS: Record<string, _Entry> = {
    accept: ['accept() -> (socket, address)', 'conn, addr = srv.accept()', 'blocking'],
    bind: ['bind(address)', "s.bind(['0.0.0.0', 9999])"],
    close: ['close()', 's.close()'],
    connect: ['connect(address)', "s.connect(['127.0.0.1', 9999])", 'blocking'],
    connect_ex: ['connect_ex(address) -> int', "err = s.connect_ex(['127.0.0.1', 9999])", 'blocking'],
    detach: ['detach() -> int', 'fd = s.detach()'],
    dup: ['dup() -> socket object', 'twin = s.dup()'],
    fileno: ['fileno() -> int', 's.fileno()'],
    getblocking: ['getblocking() -> bool', 's.getblocking()'],
    getpeername: ['getpeername() -> address', 'conn.getpeername()'],
    getsockname: ['getsockname() -> address', 's.getsockname()'],
    getsockopt: ['getsockopt(level, optname[, buflen]) -> int | bytes', 's.getsockopt(SOL_SOCKET, SO_RCVBUF)'],
    gettimeout: ['gettimeout() -> float | None', 's.gettimeout()'],
    listen: ['listen([backlog])', 'srv.listen(5)'],
    makefile: MAKEFILE_HELP,
    recv: ['recv(bufsize[, flags]) -> bytes', 'data = conn.recv(1024)', 'blocking'],
    recvfrom: ['recvfrom(bufsize[, flags]) -> (bytes, address)', 'data, addr = s.recvfrom(1024)', 'blocking'],
    recv_into: ['recv_into(buffer[, nbytes[, flags]]) -> int', 'n = s.recv_into(buf)', 'blocking'],
    recvfrom_into: ['recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address)', 'n, addr = s.recvfrom_into(buf)', 'blocking'],
    send: ['send(data[, flags]) -> int', "n = conn.send(b'hello')", 'blocking'],
    sendall: ['sendall(data[, flags])', "conn.sendall('你好'.encode())", 'blocking'],
    sendto: ['sendto(data[, flags], address) -> int', "s.sendto(b'hi', ['127.0.0.1', 9999])", 'blocking'],
    setblocking: ['setblocking(flag)', 's.setblocking(false)'],
    setsockopt: ['setsockopt(level, optname, value)', 's.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)'],
    settimeout: ['settimeout(seconds | None)', 's.settimeout(2.5)'],
    shutdown: ['shutdown(how)', 'conn.shutdown(SHUT_WR)'],
    family: ['family', 's.family'],
    type: ['type', 's.type'],
    proto: ['proto', 's.proto'],
    timeout: ['timeout', 's.timeout'],
  };

  const _FUNCTIONS: Record<string, _Entry> = {
    socket: ['socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket', 's = socket.socket(AF_INET, SOCK_DGRAM)'],
    create_connection: ['create_connection(address[, timeout]) -> socket', "c = socket.create_connection(['127.0.0.1', 9999])", 'blocking'],
    create_server: ['create_server(address, {family, backlog, reuse_port}) -> socket', "srv = socket.create_server(['', 9999])"],
    socketpair: ['socketpair([family[, type[, proto]]]) -> (socket, socket)', 'a, b = socket.socketpair()'],
    fromfd: ['fromfd(fd, family, type[, proto]) -> socket', 's2 = socket.fromfd(s.fileno(), AF_INET, SOCK_STREAM)'],
    gethostname: ['gethostname() -> str', 'socket.gethostname()'],
    gethostbyname: ['gethostbyname(hostname) -> str', "socket.gethostbyname('localhost')", 'blocking'],
    gethostbyname_ex: ['gethostbyname_ex(hostname) -> (name, aliases, addresses)', "socket.gethostbyname_ex('localhost')", 'blocking'],
    gethostbyaddr: ['gethostbyaddr(ip_address) -> (name, aliases, addresses)', "socket.gethostbyaddr('127.0.0.1')", 'blocking'],
    getnameinfo: ['getnameinfo(sockaddr, flags) -> (host, port)', 'socket.getnameinfo(s.getpeername(), socket.NI_NUMERICSERV)', 'blocking'],
    getservbyname: ['getservbyname(servicename[, protocolname]) -> int', "socket.getservbyname('http', 'tcp')"],
    getservbyport: ['getservbyport(port[, protocolname]) -> str', 'socket.getservbyport(22)'],
    getprotobyname: ['getprotobyname(name) -> int', "socket.getprotobyname('tcp')"],
    getaddrinfo: ['getaddrinfo(host, port[, family[, type[, proto[, flags]]]]) -> list', "socket.getaddrinfo('localhost', 80, AF_INET, SOCK_STREAM)", 'blocking'],
    getdefaulttimeout: ['getdefaulttimeout() -> float | None', 'socket.getdefaulttimeout()'],
    setdefaulttimeout: ['setdefaulttimeout(seconds | None)', 'socket.setdefaulttimeout(5)'],
    inet_aton: ['inet_aton(ip) -> bytes', "socket.inet_aton('127.0.0.1')"],
    inet_ntoa: ['inet_ntoa(packed) -> str', "socket.inet_ntoa(b'\\x7f\\x00\\x00\\x01')"],
    inet_pton: ['inet_pton(family, ip) -> bytes', "socket.inet_pton(AF_INET6, '::1')"],
    inet_ntop: ['inet_ntop(family, packed) -> str', 'socket.inet_ntop(AF_INET, socket.inet_aton("10.0.0.1"))'],
    htons: ['htons(x) -> int', 'socket.htons(9999)'],
    ntohs: ['ntohs(x) -> int', 'socket.ntohs(3879)'],
    htonl: ['htonl(x) -> int', 'socket.htonl(1)'],
    ntohl: ['ntohl(x) -> int', 'socket.ntohl(16777216)'],
  };

  const _GLOBALS: Record<string, _Entry> = {
    print: ["print(*values, sep=' ', end='\\n')", "print('received', data)"],
    repr: ['repr(x) -> str', 'repr(data)'],
    str: ['str(x) | str(bytes, encoding) -> str', "str(data, 'utf-8')"],
    len: ['len(x) -> int', "print('received', len(data), 'bytes')"],
    int: ['int(x[, base]) -> int', "port = int(input('port: '))"],
    float: ['float(x) -> float', "seconds = float(input('timeout: '))"],
    b: ["b(text | numbers | Uint8Array) -> bytes", "b('hello')"],
    bytes: ['bytes', "b'hi'.decode()"],
    input: ['input(prompt) -> str', "msg = input('A: >> ')", 'blocking'],
    sleep: ['sleep(seconds)', 'sleep(0.5)', 'blocking'],
    help: ['help(x)', 'help(socket.socket)'],
  };

  /** The other Python modules socklab preloads, function by function (`path.exists` is os.path.exists; src/modules' are in help-modules.ts). */
  const _MODULES: Record<'os' | 'time' | keyof ReturnType<typeof moduleHelp> | keyof ReturnType<typeof pythonModuleHelp>, Record<string, _Entry>> = {
    ...moduleHelp(),
    ...pythonModuleHelp(),
    os: {
      getpid: ['os.getpid() -> int', 'path = `/tmp/demo-${os.getpid()}.sock`'],
      unlink: ['os.unlink(path)', 'if (os.path.exists(path)) os.unlink(path)'],
      remove: ['os.remove(path)', 'os.remove(path)'],
      'path.exists': ['os.path.exists(path) -> bool', "os.path.exists('/tmp/demo.sock')"],
      'path.join': ['os.path.join(*parts) -> str', "os.path.join('/tmp', 'demo.sock')"],
    },
    time: {
      sleep: ['time.sleep(seconds)', 'time.sleep(0.5)', 'blocking'],
      time: ['time.time() -> float', 'start = time.time()'],
      monotonic: ['time.monotonic() -> float', 'elapsed = time.monotonic() - start'],
    },
  };

  const _CONSTANT_EXAMPLES: Record<string, string> = {
    AF_: 's = socket.socket(AF_INET, SOCK_STREAM)',
    AF_INET6: "s = socket.socket(AF_INET6, SOCK_STREAM); s.bind(['::1', 0])",
    AF_UNIX: "s = socket.socket(AF_UNIX, SOCK_STREAM); s.bind('/tmp/demo.sock')",
    SOCK_STREAM: 's = socket.socket(AF_INET, SOCK_STREAM)',
    SOCK_: 's = socket.socket(AF_INET, SOCK_DGRAM)',
    SOL_: 's.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)',
    SO_: 's.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)',
    SO_BROADCAST: "s.setsockopt(SOL_SOCKET, SO_BROADCAST, 1); s.sendto(b'hi', ['<broadcast>', 9999])",
    SO_RCVBUF: 's.getsockopt(SOL_SOCKET, SO_RCVBUF)',
    SO_SNDBUF: 's.getsockopt(SOL_SOCKET, SO_SNDBUF)',
    SO_TYPE: 's.getsockopt(SOL_SOCKET, SO_TYPE)',
    SO_ERROR: 's.getsockopt(SOL_SOCKET, SO_ERROR)',
    IPPROTO_: 's.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)',
    TCP_: 's.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)',
    MSG_: 'conn.recv(1024, MSG_PEEK)',
    SHUT_: 'conn.shutdown(SHUT_WR)',
    SOMAXCONN: 'srv.listen(SOMAXCONN)',
    INADDR_: 'socket.inet_ntoa(socket.inet_aton("0.0.0.0"))',
    AI_: "socket.getaddrinfo(null, 9999, AF_INET, SOCK_STREAM, 0, AI_PASSIVE)",
    EAI_: 'try { socket.gethostbyname("no.such.host.invalid") } catch (e) { print(e.errno === EAI_NONAME) }',
    has_ipv6: 'socket.has_ipv6',
  };

  const _EXCEPTION_EXAMPLES: Record<string, string> = {
    ConnectionRefusedError: "try { s.connect(['127.0.0.1', 1]) } catch (e) { if (e instanceof ConnectionRefusedError) print('no server') }",
    TimeoutError: "s.settimeout(1); try { s.recv(1024) } catch (e) { if (e instanceof TimeoutError) print('timed out') }",
    BlockingIOError: "s.setblocking(false); try { s.recv(1024) } catch (e) { if (e instanceof BlockingIOError) print('nothing yet') }",
    OSError: "try { s.bind(['127.0.0.1', 9999]) } catch (e) { print(e.errno, e.strerror) }",
  };
  return { methods: _METHODS, functions: _FUNCTIONS, globals: _GLOBALS, modules: _MODULES, constantExamples: _CONSTANT_EXAMPLES, exceptionExamples: _EXCEPTION_EXAMPLES, pythonBuiltins: pythonBuiltinHelpEntries() };
}

let _made: ReturnType<typeof _makeTables> | undefined;
const _tables = (): ReturnType<typeof _makeTables> => (_made ??= _makeTables());
type _ModuleName = keyof ReturnType<typeof _makeTables>['modules'];

/** Whether the help being written is Python's (help() of a Python line or program): a text's `.py` variant is used. */
let _python = false;

function _doc(key: HelpKey): { main: string; other: string } {
  const k = _python && _has(`${key}.py`) ? (`${key}.py` as HelpKey) : key;
  const zh = getLang() === 'zh';
  return { main: _text(zh ? 'zh' : 'en', k), other: _text(zh ? 'en' : 'zh', k) };
}

function _has(key: string): key is HelpKey {
  const [api, modules] = _textsIn('en');
  return key in api || key in modules;
}

function _block(title: string, key: HelpKey, example?: string, blocking = false, more?: HelpKey): string {
  const c = colors();
  const { main, other } = _doc(key);
  const lines = [c.bold(title) + (blocking ? c.dim(`   ${t('repl.help.blocking')}`) : '')];
  lines.push(..._indent(main), ..._indent(other).map((l) => c.dim(l)));
  if (more) lines.push(..._indent(_doc(more).main).map((l) => c.dim(l)));
  if (example) lines.push('', _example(example));
  return lines.join('\n');
}

function _example(code: string): string {
  const label = t('repl.help.example');
  // A full-width colon already carries its space.
  return `    ${label}${label.endsWith('：') ? '' : ' '}${colors().cyan(code)}`;
}

function _indent(text: string): string[] {
  return text.split('\n').map((l) => `    ${l}`);
}

function _firstSentence(key: HelpKey): string {
  const text = _doc(key).main;
  const m = /^.*?(?:[.](?=\s+[A-Z]|$)|。)/.exec(text);
  return m ? m[0] : text;
}

function _method(name: string): string {
  const [sig, example, blocking] = _tables().methods[name]!;
  return _block(`socket.${sig}`, `m.${name}` as HelpKey, example, blocking === 'blocking');
}

function _function(name: string): string {
  const [sig, example, blocking] = _tables().functions[name]!;
  return _block(sig.startsWith('socket.') ? sig : `socket.${sig}`, `f.${name}` as HelpKey, example, blocking === 'blocking');
}

function _global(name: string): string {
  const [sig, example, blocking] = _tables().globals[name]!;
  return _block(sig, `g.${name}` as HelpKey, example, blocking === 'blocking');
}

/** help() of a Python-only builtin (eval, exec): undefined for any other name. */
export function pythonBuiltinText(name: string): string | undefined {
  const builtins = _tables().pythonBuiltins;
  if (!Object.hasOwn(builtins, name)) return undefined;
  const [sig, example] = builtins[name as keyof typeof builtins];
  const was = _python;
  _python = true;
  try {
    return _block(sig, `g.${name}` as HelpKey, example);
  } finally {
    _python = was;
  }
}

function _moduleFunction(module: _ModuleName, name: string): string {
  const [sig, example, blocking] = _tables().modules[module][name]!;
  return _block(sig, `${module}.${name}` as HelpKey, example, blocking === 'blocking');
}

function _otherModule(module: _ModuleName): string {
  const { main, other } = _doc(`t.${module}`);
  return [
    colors().bold(module),
    ..._indent(main), ..._indent(other).map((l) => colors().dim(l)), '',
    _list(t('repl.help.topics'), Object.keys(_tables().modules[module]).map((n) => `${module}.${n}`), (n) => n),
  ].join('\n');
}

function _constant(name: string): string {
  const value = (CONSTANTS as Record<string, unknown>)[name];
  const group = Object.keys(_tables().constantExamples).concat(_keys().filter((k) => k.startsWith('c.') && k.endsWith('_')).map((k) => k.slice(2)))
    .filter((prefix) => prefix.endsWith('_') && name.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  const own = `c.${name}`;
  const key = (_has(own) ? own : group && _has(`c.${group}`) ? `c.${group}` : undefined) as HelpKey | undefined;
  const example = _tables().constantExamples[name] ?? (group ? _tables().constantExamples[group] : undefined);
  const title = `${name} = ${typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value)}`;
  if (!key) return colors().bold(title);
  const groupKey = key === own && group && _has(`c.${group}`) ? (`c.${group}` as HelpKey) : undefined;
  return _block(title, key, example, false, groupKey);
}

function _exception(name: string): string {
  const cls = (EXCEPTION_CLASSES as Record<string, Function>)[name] ?? (name === 'gaierror' ? gaierror : name === 'herror' ? herror : undefined);
  const base = cls ? Object.getPrototypeOf(cls.prototype)?.constructor?.name : undefined;
  const qualified = name === 'gaierror' || name === 'herror' ? `socket.${name}` : name;
  const key = `e.${name}`;
  const title = base && base !== 'Error' ? `class ${qualified}(${base})` : `class ${qualified}`;
  if (!_has(key)) return colors().bold(title);
  return _block(title, key, _tables().exceptionExamples[name]);
}

function _list(title: string, names: string[], keyOf: (n: string) => string): string {
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [colors().bold(title), ...names.map((n) => `    ${n.padEnd(width)}${_has(keyOf(n)) ? _firstSentence(keyOf(n) as HelpKey) : ''}`)].join('\n');
}

function _socketClass(): string {
  const { main, other } = _doc('t.socket');
  const names = Object.keys(_tables().methods);
  return [
    colors().bold('class socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0)'),
    ..._indent(main), ..._indent(other).map((l) => colors().dim(l)), '',
    _list(t('repl.help.methods'), names, (n) => `m.${n}`), '',
    _example(_tables().functions.socket![1]),
  ].join('\n');
}

function _module(): string {
  const { main, other } = _doc('t.module');
  const groups = _keys().filter((k) => k.startsWith('c.') && k.endsWith('_')).map((k) => `${k.slice(2)}*`);
  const exceptions = _keys().filter((k) => k.startsWith('e.')).map((k) => k.slice(2));
  return [
    colors().bold("socket — Python's socket module"),
    ..._indent(main), ..._indent(other).map((l) => colors().dim(l)), '',
    _list(t('repl.help.topics'), Object.keys(_tables().functions), (n) => `f.${n}`), '',
    colors().bold(t('repl.help.constants')), `    ${groups.join('  ')}`, '',
    colors().bold(t('repl.help.exceptions')), `    ${exceptions.join('  ')}`, '',
    t('repl.help.more'),
  ].join('\n');
}

/** The text help(x) prints, for `x` or its name; `globals` are the learner's (to recognise values). */
export function helpText(x: unknown, globals: Record<string, unknown> = globalThis as Record<string, unknown>, python = false): string {
  return findHelpText(x, globals, python) ?? t('repl.help.none', { name: typeof x === 'string' ? x : repr(x) });
}

/** helpText's text when socklab has one for `x` (or its name), else undefined. */
export function findHelpText(x: unknown, globals: Record<string, unknown> = globalThis as Record<string, unknown>, python = false): string | undefined {
  _python = python;
  try {
    return _helpText(x, globals);
  } finally {
    _python = false;
  }
}

/** What a Python builtin is that socklab has no text of its own for: `str.split` a method of str, `dict` a type. */
export type PythonBuiltin =
  | { kind: 'method' | 'classmethod'; type: string; name: string }
  | { kind: 'type' | 'function' | 'exception'; name: string; base?: string; methods?: readonly string[] };

const _PY_DOCS = 'https://docs.python.org/3/library/';

/** help() of a Python builtin socklab runs but has no text for: what it is, in both languages, and where Python documents it. */
export function pythonBuiltinHelp(b: PythonBuiltin): string {
  const c = colors();
  const params = 'type' in b ? { type: b.type, name: b.name } : { name: b.name, type: b.name };
  const key = ({ method: 't.pyMethod', classmethod: 't.pyClassMethod', type: 't.pyType', function: 't.pyFunction', exception: 't.pyException' } as const)[b.kind];
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (whole, k: string) => (params as Record<string, string>)[k] ?? whole);
  const { main, other } = _doc(key);
  const title = 'type' in b ? `${b.type}.${b.name}(…)` : b.kind === 'function' ? `${b.name}(…)` : b.base ? `class ${b.name}(${b.base})` : `class ${b.name}`;
  const url = 'type' in b ? `${_PY_DOCS}stdtypes.html#${b.type}.${b.name}`
    : b.kind === 'exception' ? `${_PY_DOCS}exceptions.html#${b.name}`
    : b.kind === 'function' || ['int', 'float', 'bool', 'object', 'type'].includes(b.name) ? `${_PY_DOCS}functions.html#${b.name}` : `${_PY_DOCS}stdtypes.html#${b.name}`;
  const lines = [c.bold(title), ..._indent(fill(main)), ..._indent(fill(other)).map((l) => c.dim(l)), '', `    ${t('pyrepl.helpDocs')} ${c.cyan(url)}`];
  const methods = 'type' in b ? [] : (b.methods ?? []);
  if (methods.length > 0) lines.push('', c.bold(t('pyrepl.helpMethods')), ..._wrap(methods.join('  '), 76).map((l) => `    ${l}`));
  return lines.join('\n');
}

/** `text` broken at spaces into lines of at most `width` characters. */
function _wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line.trimEnd());
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line.trimEnd());
  return out;
}

function _helpText(x: unknown, globals: Record<string, unknown>): string | undefined {
  if (x === undefined) return _doc('t.intro').main;
  const module = globals.socket as Record<string, unknown> | undefined;
  if (typeof x === 'string') return _byName(x);
  if (x !== undefined && x === module) return _module();
  for (const m of Object.keys(_tables().modules) as _ModuleName[]) if (x !== undefined && x === _moduleValue(m, globals)) return _otherModule(m);
  if (x instanceof Socket || (module && (x === module.socket || x === module.SocketType))) return _socketClass();
  if (typeof x === 'function') {
    // Read descriptors, not properties: the prototype's getters (family, type...) need a socket.
    for (const name of Object.keys(_tables().methods)) if (Object.getOwnPropertyDescriptor(Socket.prototype, name)?.value === x) return _method(name);
    for (const name of Object.keys(_tables().functions)) if (module?.[name] === x) return _function(name);
    for (const name of Object.keys(_tables().globals)) if (globals[name] === x) return _global(name);
    for (const [name, cls] of Object.entries({ ...EXCEPTION_CLASSES, gaierror, herror })) if (cls === x) return _exception(name);
  }
  // A module's function, class or object (signal.SIG_IGN is an enum member, not a function).
  if (typeof x === 'function' || (typeof x === 'object' && x !== null)) {
    for (const m of Object.keys(_tables().modules) as _ModuleName[]) {
      for (const name of Object.keys(_tables().modules[m])) {
        const value = name.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], _moduleValue(m, globals));
        if (value === x) return _moduleFunction(m, name);
      }
    }
  }
  if (typeof x === 'number' || typeof x === 'boolean') {
    const same = Object.entries(CONSTANTS).filter(([, v]) => v === x).map(([k]) => k);
    return `${_doc('t.int').main} ${same.join(', ') || '-'}\n${t('repl.help.more')}`;
  }
  return undefined;
}

function _byName(raw: string): string | undefined {
  const name = raw.trim().replace(/^socket\.socket\./, '').replace(/^socket\.(?=\w)/, '').replace(/\(\)$/, '');
  if (raw.trim() === 'socket') return _module();
  if (raw.trim() === 'socket.socket' || name === 'socket.socket') return _socketClass();
  if (name in _tables().methods) return _method(name);
  if (name in _tables().functions) return _function(name);
  if (name in CONSTANTS) return _constant(name);
  if (name in EXCEPTION_CLASSES || name === 'gaierror' || name === 'herror' || name === 'error' || name === 'timeout') {
    return _exception(name === 'error' ? 'OSError' : name === 'timeout' ? 'TimeoutError' : name);
  }
  if (name in _tables().globals) return _global(name);
  if (_python && Object.hasOwn(_tables().pythonBuiltins, name)) return pythonBuiltinText(name);
  if (name in _tables().modules) return _otherModule(name as _ModuleName);
  // The longest module name first: concurrent.futures.wait is that module's, os.path.join is os's.
  const parts = name.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const module = parts.slice(0, i).join('.');
    const rest = parts.slice(i).join('.');
    if (module in _tables().modules && rest in _tables().modules[module as _ModuleName]) return _moduleFunction(module as _ModuleName, rest);
  }
  return undefined;
}

/** A module the program imported, by its dotted name: `concurrent.futures` is concurrent's attribute. */
function _moduleValue(module: string, globals: Record<string, unknown>): unknown {
  return module.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], globals);
}
