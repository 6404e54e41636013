// The module a library function or class says it comes from (`__module__`): where CPython 3.11
// defines it, which is often a C module the Python one re-exports (`socket.gethostname` is
// _socket's, `os.getpid` posix's, `struct.pack` _struct's), checked against python3.

/** A module's home for its functions and classes, and the names defined elsewhere. */
interface Homes {
  home?: string;
  names?: Record<string, string>;
}

const _each = (home: string, names: string): Record<string, string> => Object.fromEntries(names.split(' ').map((n) => [n, home]));

const _MODULES: Record<string, Homes> = {
  socket: {
    home: '_socket',
    names: _each('socket', 'AddressFamily AddressInfo MsgFlag SocketIO SocketKind create_connection create_server fromfd gaierror getaddrinfo getfqdn has_dualstack_ipv6 herror recv_fds send_fds socket socketpair'),
  },
  os: {
    home: 'posix',
    names: _each('os', 'PathLike execl execle execlp execlpe execvp execvpe fdopen fsdecode fsencode fwalk get_exec_path getenv getenvb makedirs popen removedirs renames spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe walk'),
  },
  'os.path': {
    home: 'posixpath',
    names: _each('genericpath', 'commonprefix exists getatime getctime getmtime getsize isdir isfile samefile sameopenfile samestat'),
  },
  struct: { home: '_struct', names: { error: 'struct' } },
  threading: { names: _each('_thread', 'ExceptHookArgs Lock excepthook get_ident get_native_id local stack_size') },
  operator: { home: '_operator', names: _each('operator', 'attrgetter itemgetter methodcaller') },
  functools: { names: { cmp_to_key: '_functools', reduce: '_functools', RLock: '_thread', namedtuple: 'collections' } },
  json: { names: { JSONDecodeError: 'json.decoder', JSONDecoder: 'json.decoder', JSONEncoder: 'json.encoder' } },
  hashlib: { home: '_hashlib', names: { new: 'hashlib', file_digest: 'hashlib', blake2b: '_blake2', blake2s: '_blake2' } },
  queue: { names: { Empty: '_queue', SimpleQueue: '_queue', deque: 'collections' } },
  signal: { names: _each('_signal', 'alarm default_int_handler getitimer pause pthread_kill raise_signal set_wakeup_fd setitimer siginterrupt sigtimedwait sigwaitinfo strsignal') },
  multiprocessing: { home: 'multiprocessing.context', names: _each('multiprocessing.process', 'active_children current_process parent_process') },
};

const _homes = new WeakMap<Function, string>();

/** The module `f` was adopted by (adoptModule, setHome), if any. */
export function homeOf(f: Function): string | undefined {
  return _homes.get(f);
}

export function setHome(f: Function, module: string): void {
  _homes.set(f, module);
}

/**
 * Gives the functions and classes of a module just loaded their `__module__`, unless another
 * module (or the builtins, `skip`) has them: a name re-exported elsewhere (socket.error is
 * OSError) keeps the home it has.
 */
export function adoptModule(name: string, module: object, skip: (f: Function) => boolean): void {
  const homes = _MODULES[name] ?? {};
  for (const [key, value] of Object.entries(module)) {
    if (key.startsWith('_')) continue;
    if (typeof value === 'function') {
      if (!_homes.has(value) && !skip(value)) _homes.set(value, homes.names?.[key] ?? homes.home ?? name);
      // A module's class may be exported wrapped (socketserver's are callable proxies): the JS
      // bases __mro__ reaches (StreamRequestHandler's BaseRequestHandler) are the module's
      // classes of the same name.
      for (let b: unknown = Object.getPrototypeOf(value); typeof b === 'function' && b.name !== '' && typeof (module as Record<string, unknown>)[b.name] === 'function'; b = Object.getPrototypeOf(b)) {
        if (!_homes.has(b) && !skip(b)) _homes.set(b, homes.names?.[b.name] ?? homes.home ?? name);
      }
    } else if (key === 'path' && name === 'os' && typeof value === 'object' && value !== null) {
      adoptModule('os.path', value, skip);
    }
  }
}
