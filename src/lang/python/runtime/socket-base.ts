// socket.socket as a base class: `class MySock(socket.socket)`. Python's socket.socket is the
// session's socket() function (bound to its module state, so type(s) is socket.socket and
// isinstance() works on every socket); a class statement extends the JS class made here instead,
// as builtin-bases.ts does for dict and list. Its instances are real sockets: an instance starts
// without an fd (CPython's sock_new), and socket.__init__ (sock_initobj, reached by
// `super().__init__(family, type)` or by calling the class without an __init__ of its own) makes
// it. accept() still returns plain socket.socket objects (socket.py's accept() calls the module's
// `socket` class); dup() calls the instance's own class, as socket.py's `self.__class__(…)` does.
import { DEFERRED_INIT } from '../../../modules/callable.ts';
import { SOCKET_CLASS_LABEL, SOCKET_UNINITIALIZED, Socket, initSocket, type SocketModuleState } from '../../../socket/socket.ts';
import { sysDup } from '../../../kernel/index.ts';
import { osError } from '../../../socket/errno.ts';
import { callMethod, getattr } from './attributes.ts';
import { BUILTIN_TYPE, PY_PARAMS, invoke, native, qualnameOf, toJS } from './call.ts';

const _CLASS_OF = Symbol.for('socklab.python.classOf');
const _PARAMS = ['family', 'type', 'proto', 'fileno'];

/** socket.__init__(self, family=-1, type=-1, proto=-1, fileno=None)'s arguments, bound by name. */
function _initArguments(args: readonly unknown[], kw: Record<string, unknown> | undefined): unknown[] {
  if (args.length > _PARAMS.length) throw new TypeError(`socket.__init__() takes from 1 to 5 positional arguments but ${args.length + 1} were given`);
  const out: unknown[] = [...args];
  for (const [name, value] of Object.entries(kw ?? {})) {
    const i = _PARAMS.indexOf(name);
    if (i < 0) throw new TypeError(`socket.__init__() got an unexpected keyword argument '${name}'`);
    if (i < args.length) throw new TypeError(`socket.__init__() got multiple values for argument '${name}'`);
    out[i] = value;
  }
  return out.map((x) => (x === undefined ? undefined : toJS(x)));
}

/** A plain object at the end of a constructor's arguments: the keywords (call.ts _instantiate). */
const _isKeywords = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/**
 * The class a Python subclass of `factory` (this session's socket.socket) extends, recorded on
 * the factory for call.ts base() and naming the factory as its type for __bases__ and __mro__.
 */
export function socketBaseClass(factory: Function, ctx: SocketModuleState): Function {
  class socket extends Socket {
    /** A Python subclass with its own __init__ constructs the instance empty (callable.ts). */
    static [DEFERRED_INIT] = true;

    constructor(...args: unknown[]) {
      if (args[0] === DEFERRED_INIT) {
        super(ctx, SOCKET_UNINITIALIZED);
        return;
      }
      // A subclass without an __init__ of its own is called as socket.socket is.
      const last = args[args.length - 1];
      const kw = _isKeywords(last) ? last : undefined;
      const [family, type, proto, fileno] = _initArguments(kw ? args.slice(0, -1) : args, kw);
      super(ctx, family, type, proto, fileno);
    }
  }
  Object.defineProperty(socket.prototype, '__init__', {
    value: native('__init__', function (this: Socket, args: unknown[], kw: Record<string, unknown> | undefined) {
      const [family, type, proto, fileno] = _initArguments(args, kw);
      initSocket(this, family, type, proto, fileno);
      return null;
    }),
    writable: true,
    configurable: true,
  });
  Object.defineProperty((socket.prototype as unknown as { __init__: object }).__init__, PY_PARAMS, { value: { positional: _PARAMS } });
  // dup(): `self.__class__(self.family, self.type, self.proto, fileno=fd)`, then the timeout.
  Object.defineProperty(socket.prototype, 'dup', {
    value: native('dup', async function (this: Socket, args: unknown[]) {
      if (args.length > 0) throw new TypeError(`socket.dup() takes 1 positional argument but ${args.length + 1} were given`);
      const fd = this.fileno() < 0 ? -9 : sysDup(this.fileno());
      if (fd < 0) throw osError(-fd);
      const sock = await invoke(this.constructor, undefined, [getattr(this, 'family'), getattr(this, 'type'), this.proto], { fileno: fd });
      await callMethod(sock, 'settimeout', this.gettimeout() ?? null);
      return sock;
    }),
    writable: true,
    configurable: true,
  });
  // `<__main__.MySock fd=3, …>` and `'MySock' object has no attribute …`: the subclass's names.
  Object.defineProperty(socket, SOCKET_CLASS_LABEL, { get(this: Function) { return `__main__.${qualnameOf(this)}`; } });
  Object.defineProperty(socket, 'pyTypeName', { get(this: Function) { return this.name; } });
  Object.defineProperty(socket, BUILTIN_TYPE, { value: factory });
  Object.defineProperty(factory, _CLASS_OF, { value: socket, configurable: true });
  return socket;
}
