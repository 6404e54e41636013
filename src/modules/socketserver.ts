// Python's socketserver (Lib/socketserver.py, CPython 3.11) on one socket module: the server
// classes make their sockets with that module, so they show in the REPL's socket table and the
// lessons' checkpoints like any other. The seeds' program works as written:
//
//   class MyHandler extends socketserver.BaseRequestHandler {
//     async handle() { const data = await this.request.recv(1024); await this.request.sendall(data); }
//   }
//   using server = new socketserver.TCPServer(['127.0.0.1', 9999], MyHandler);
//   await server.serve_forever();
//
// Differences a JavaScript class forces: a constructor cannot wait, so BaseRequestHandler's
// constructor only stores request, client_address and server, and finish_request() awaits
// setup(), handle() and finish() (which may be async, as translated Python methods are). Class
// attributes (allow_reuse_address, request_queue_size, daemon_threads, timeout, rbufsize, …) are
// static properties, read when they are needed, so `static allow_reuse_address = true` in a
// subclass (or `TCPServer.allow_reuse_address = true`) acts before the constructor binds; an own
// or prototype property of the same name wins, as an instance attribute does in Python.
//
// Keyword arguments: TCPServer(server_address, RequestHandlerClass, bind_and_activate=True) and
// serve_forever(poll_interval=0.5) take theirs by position (PY_PARAMS records the names).
// Blocking calls return Promises: serve_forever, handle_request, shutdown, and the server_close
// of the threading/forking servers (which joins their threads unless block_on_close is false).
import { CONSTANTS, POLL, poller } from '../kernel/index.ts';
import type { PyAddress } from '../socket/address.ts';
import { bytes, toBytesLike } from '../socket/bytes.ts';
import { currentSignal } from '../socket/cancel.ts';
import { KeyboardInterrupt, OSError, QUALIFIED_NAMES } from '../socket/exceptions.ts';
import { pyRepr, str } from '../socket/format.ts';
import type { SocketModule } from '../socket/module.ts';
import type { Socket } from '../socket/socket.ts';
import { tuple } from '../socket/tuple.ts';
import { DEFERRED_INIT, INIT_PENDING, MIXIN, MIXINS_AFTER, callableClass, markBlocking, withParams } from './callable.ts';
import { environment, noteOnce } from './environment.ts';
import { Thread } from './threading.ts';
import { timeoutSeconds } from './wait.ts';

const { AF_INET, SOCK_STREAM, SOCK_DGRAM, SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT, IPPROTO_TCP, TCP_NODELAY, SHUT_WR } = CONSTANTS;

/**
 * Makes each class attribute readable and writable on instances (`server.allow_reuse_address`):
 * reading gives _setting(), writing makes an instance attribute.
 */
function _classAttributes(cls: { prototype: object }, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: object) {
        return _setting(this, name);
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

/** A Python class attribute: own or prototype data property first, then the class's statics. */
function _setting<T>(self: object, name: string): T {
  for (let o: object | null = self; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d && 'value' in d) return d.value as T;
  }
  return (self.constructor as unknown as Record<string, T>)[name]!;
}

function _isInterrupt(e: unknown): boolean {
  return e instanceof KeyboardInterrupt || (e as { name?: unknown } | null)?.name === 'SystemExit';
}

/** io.BytesIO, the part DatagramRequestHandler's rfile and wfile use. */
export class BytesIO {
  #data: Uint8Array;
  #pos = 0;
  closed = false;

  constructor(initial: Uint8Array = new Uint8Array(0)) {
    this.#data = Uint8Array.from(toBytesLike(initial));
  }

  read(size: number | null = -1): bytes {
    const end = size === null || size < 0 ? this.#data.length : Math.min(this.#data.length, this.#pos + size);
    return this.#slice(end);
  }

  readline(size: number | null = -1): bytes {
    const nl = this.#data.indexOf(0x0a, this.#pos);
    let end = nl < 0 ? this.#data.length : nl + 1;
    if (size !== null && size >= 0) end = Math.min(end, this.#pos + size);
    return this.#slice(end);
  }

  readlines(): bytes[] {
    const lines: bytes[] = [];
    for (let line = this.readline(); line.length > 0; line = this.readline()) lines.push(line);
    return lines;
  }

  write(data: Uint8Array): number {
    const b = toBytesLike(data);
    const grown = new Uint8Array(Math.max(this.#data.length, this.#pos + b.length));
    grown.set(this.#data);
    grown.set(b, this.#pos);
    this.#data = grown;
    this.#pos += b.length;
    return b.length;
  }

  getvalue(): bytes {
    return new bytes(this.#data.slice().buffer);
  }

  flush(): undefined {
    return undefined;
  }

  close(): undefined {
    this.closed = true;
    return undefined;
  }

  *[Symbol.iterator](): Generator<bytes, undefined, undefined> {
    for (let line = this.readline(); line.length > 0; line = this.readline()) yield line;
    return undefined;
  }

  #slice(end: number): bytes {
    const out = new bytes(this.#data.slice(this.#pos, end).buffer);
    this.#pos = Math.max(this.#pos, end);
    return out;
  }
}

/** StreamRequestHandler's unbuffered wfile (socketserver._SocketWriter): write() is sendall(). */
class _SocketWriter {
  closed = false;
  constructor(readonly sock: Socket) {}
  async write(data: Uint8Array): Promise<number> {
    await this.sock.sendall(data);
    return toBytesLike(data).length;
  }
  fileno(): number {
    return this.sock.fileno();
  }
  flush(): undefined {
    return undefined;
  }
  close(): undefined {
    this.closed = true;
    return undefined;
  }
}

type _HandlerClass = new (request: never, client_address: never, server: never) => {
  setup(): unknown;
  handle(): unknown;
  finish(): unknown;
};

/** Builds the socketserver module on `socket` (the learner's socket module). */
export function createSocketserver(socket: SocketModule) {
  class BaseServer {
    static timeout: number | null = null;
    declare timeout: number | null;
    server_address: PyAddress;
    RequestHandlerClass: _HandlerClass;
    #shutdownRequest = false;
    #serving: Promise<void> | undefined;
    #wake: AbortController | undefined;

    /** A Python subclass with its own __init__ constructs this empty, then calls super().__init__(). */
    static [DEFERRED_INIT] = true;

    // The work is in __init__ (each class's, as CPython's), so a Python subclass's own
    // __init__ reaches it through super().__init__(...); a constructor only calls it.
    constructor(...args: unknown[]) {
      this.server_address = undefined as unknown as PyAddress;
      this.RequestHandlerClass = undefined as unknown as _HandlerClass;
      if (args[0] === DEFERRED_INIT) return;
      const done = (this.__init__ as (...a: unknown[]) => unknown)(...args);
      if (done instanceof Promise) Object.defineProperty(this, INIT_PENDING, { value: done });
    }

    __init__(server_address: PyAddress, RequestHandlerClass: _HandlerClass): undefined | Promise<undefined> {
      this.server_address = server_address;
      this.RequestHandlerClass = RequestHandlerClass;
      return undefined;
    }

    server_activate(): unknown {
      return undefined;
    }

    fileno(): number {
      return -1;
    }

    /** Handles requests until shutdown(); waits at most poll_interval seconds between checks. */
    async serve_forever(poll_interval: number = 0.5): Promise<undefined> {
      let done!: () => void;
      this.#serving = new Promise<void>((resolve) => (done = resolve));
      try {
        while (!this.#shutdownRequest) {
          const ready = await this.#ready(timeoutSeconds(poll_interval));
          if (this.#shutdownRequest) break;
          if (ready) await this._handle_request_noblock();
          await this.service_actions();
        }
      } finally {
        this.#shutdownRequest = false;
        this.#serving = undefined;
        done();
      }
      return undefined;
    }

    /** Stops serve_forever() and waits until it has stopped (from another task, as in Python). */
    async shutdown(): Promise<undefined> {
      this.#shutdownRequest = true;
      this.#wake?.abort();
      await this.#serving;
      return undefined;
    }

    service_actions(): unknown {
      return undefined;
    }

    /** Handles one request, waiting at most self.timeout (or the socket's timeout). */
    async handle_request(): Promise<undefined> {
      let timeout = _setting<number | null>(this, 'timeout');
      const sockTimeout = (this as unknown as { socket?: Socket }).socket?.gettimeout();
      if (timeout === null || timeout === undefined) timeout = sockTimeout ?? null;
      else if (sockTimeout !== undefined) timeout = Math.min(timeout, sockTimeout);
      const deadline = timeout === null ? undefined : performance.now() + timeout * 1000;
      for (;;) {
        const left = deadline === undefined ? null : (deadline - performance.now()) / 1000;
        if (left !== null && left < 0) {
          await this.handle_timeout();
          return undefined;
        }
        if (await this.#ready(left)) {
          await this._handle_request_noblock();
          return undefined;
        }
      }
    }

    async _handle_request_noblock(): Promise<void> {
      let got: readonly [unknown, PyAddress];
      try {
        got = await this.get_request();
      } catch (e) {
        if (e instanceof OSError) return;
        throw e;
      }
      const [request, client_address] = got;
      if (await this.verify_request(request, client_address)) {
        try {
          await this.process_request(request, client_address);
        } catch (e) {
          if (_isInterrupt(e)) {
            await this.shutdown_request(request);
            throw e;
          }
          await this.handle_error(request, client_address, e);
          await this.shutdown_request(request);
        }
      } else {
        await this.shutdown_request(request);
      }
    }

    get_request(): Promise<readonly [unknown, PyAddress]> {
      throw new TypeError('get_request() is not implemented by BaseServer');
    }

    handle_timeout(): unknown {
      return undefined;
    }

    verify_request(_request: unknown, _client_address: unknown): unknown {
      return true;
    }

    async process_request(request: unknown, client_address: PyAddress): Promise<void> {
      await this.finish_request(request, client_address);
      await this.shutdown_request(request);
    }

    server_close(): undefined | Promise<undefined> {
      return undefined;
    }

    /**
     * Makes the handler and runs it: setup(), handle(), and finish() even if handle() raised
     * (done already when a Python handler's own __init__ called BaseRequestHandler.__init__).
     */
    async finish_request(request: unknown, client_address: PyAddress): Promise<void> {
      const handler = await environment().construct(this.RequestHandlerClass, [request, client_address, this]) as InstanceType<_HandlerClass>;
      if (_handledByInit.has(handler)) return;
      await handler.setup();
      try {
        await handler.handle();
      } finally {
        await handler.finish();
      }
    }

    shutdown_request(request: unknown): unknown {
      return this.close_request(request);
    }

    close_request(_request: unknown): unknown {
      return undefined;
    }

    /** CPython's report of an exception in a handler, on stderr; the server goes on. */
    handle_error(_request: unknown, client_address: PyAddress, error?: unknown): undefined {
      const line = '-'.repeat(40);
      environment().writeErr(`${line}\nException occurred during processing of request from ${str(client_address)}\n`
        + `${environment().formatTraceback(error)}${line}\n`);
      return undefined;
    }

    __enter__(): this {
      return this;
    }

    __exit__(..._exc: unknown[]): undefined | Promise<undefined> {
      return this.server_close();
    }

    /** `using server = new TCPServer(...)` closes the socket at the end of the block. */
    [Symbol.dispose](): void {
      void this.server_close();
    }

    /** Waits until the server's socket is readable, `seconds` pass, or shutdown() wakes it. */
    async #ready(seconds: number | null): Promise<boolean> {
      const fd = this.fileno();
      if (fd < 0) throw new OSError(9, 'Bad file descriptor');
      const wake = new AbortController();
      this.#wake = wake;
      const signal = currentSignal();
      const onAbort = () => wake.abort(signal?.reason);
      if (signal?.aborted) throw signal.reason;
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const result = await poller.wait(fd, POLL.POLLIN, seconds === null ? undefined : seconds * 1000, wake.signal);
        return result.ready;
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        if (wake.signal.aborted) return false;
        throw e;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        if (this.#wake === wake) this.#wake = undefined;
      }
    }
  }

  class TCPServer extends BaseServer {
    static address_family: number = AF_INET;
    static socket_type: number = SOCK_STREAM;
    static request_queue_size = 5;
    static allow_reuse_address = false;
    static allow_reuse_port = false;
    declare address_family: number;
    declare socket_type: number;
    declare request_queue_size: number;
    declare allow_reuse_address: boolean;
    declare allow_reuse_port: boolean;
    // Set by __init__, which the base constructor runs: a field initializer would reset it.
    declare socket: Socket;

    override __init__(server_address: PyAddress, RequestHandlerClass: _HandlerClass, bind_and_activate: boolean = true): undefined | Promise<undefined> {
      super.__init__(server_address, RequestHandlerClass);
      this.socket = socket.socket(_setting<number>(this, 'address_family'), _setting<number>(this, 'socket_type'));
      if (!bind_and_activate) return undefined;
      const failed = (e: unknown): never => {
        void this.server_close();
        throw e;
      };
      try {
        // A Python subclass's server_bind or server_activate is async: the next step waits for it.
        const bound = this.server_bind();
        if (bound instanceof Promise) return bound.then(() => this.server_activate()).then(() => undefined, failed);
        const activated = this.server_activate();
        if (activated instanceof Promise) return activated.then(() => undefined, failed);
      } catch (e) {
        failed(e);
      }
      return undefined;
    }

    server_bind(): unknown {
      if (_setting(this, 'allow_reuse_address')) this.socket.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
      if (_setting(this, 'allow_reuse_port')) this.socket.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1);
      this.socket.bind(this.server_address);
      this.server_address = this.socket.getsockname();
      return undefined;
    }

    override server_activate(): unknown {
      this.socket.listen(_setting<number>(this, 'request_queue_size'));
      return undefined;
    }

    override server_close(): undefined | Promise<undefined> {
      this.socket.close();
      return undefined;
    }

    override fileno(): number {
      return this.socket.fileno();
    }

    override get_request(): Promise<readonly [unknown, PyAddress]> {
      return this.socket.accept();
    }

    override shutdown_request(request: unknown): unknown {
      try {
        (request as Socket).shutdown(SHUT_WR);
      } catch (e) {
        if (!(e instanceof OSError)) throw e;
      }
      return this.close_request(request);
    }

    override close_request(request: unknown): unknown {
      (request as Socket).close();
      return undefined;
    }
  }

  class UDPServer extends TCPServer {
    static override allow_reuse_address = false;
    static override allow_reuse_port = false;
    static override socket_type = SOCK_DGRAM;
    static max_packet_size = 8192;
    declare max_packet_size: number;

    override async get_request(): Promise<readonly [unknown, PyAddress]> {
      const [data, client_addr] = await this.socket.recvfrom(_setting<number>(this, 'max_packet_size'));
      return tuple(tuple(data, this.socket), client_addr ?? '') as readonly [unknown, PyAddress];
    }

    override server_activate(): unknown {
      return undefined;
    }

    override shutdown_request(request: unknown): unknown {
      return this.close_request(request);
    }

    override close_request(_request: unknown): unknown {
      return undefined;
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type _ServerClass = new (...args: any[]) => BaseServer;

  /** Handlers whose __init__ ran them already (a Python handler with its own __init__). */
  const _handledByInit = new WeakSet<object>();
  const _threadingClasses: Function[] = [];
  const _forkingClasses: Function[] = [];

  /** Whether `x` is of a class whose bases name `mixin` after the server class (callable.ts MIXINS_AFTER). */
  const _mixedAfter = (x: unknown, mixin: Function): boolean => {
    for (let p = x as object | null; typeof p === 'object' && p !== null; p = Object.getPrototypeOf(p) as object | null) {
      const mixins = (p.constructor as unknown as Record<symbol, Function[] | undefined> | undefined)?.[MIXINS_AFTER];
      if (mixins?.includes(mixin)) return true;
    }
    return false;
  };

  /**
   * ThreadingMixIn (and ForkingMixIn, `forking`): each request in a new thread (a task). One class
   * per mixin and base, so that a forking server's MRO names ForkingMixIn alone, as CPython's.
   */
  function _threadingMixIn<B extends _ServerClass>(Base: B, forking: boolean) {
    class Threading extends Base {
      static daemon_threads = false;
      static block_on_close = true;
      declare daemon_threads: boolean;
      declare block_on_close: boolean;
      #threads = new Set<InstanceType<typeof Thread>>();

      async process_request_thread(request: unknown, client_address: PyAddress): Promise<void> {
        try {
          await this.finish_request(request, client_address);
        } catch (e) {
          await this.handle_error(request, client_address, e);
        } finally {
          await this.shutdown_request(request);
        }
      }

      override async process_request(request: unknown, client_address: PyAddress): Promise<void> {
        this.note();
        const t = new Thread({ target: () => this.process_request_thread(request, client_address), daemon: _setting(this, 'daemon_threads') });
        if (!t.daemon && _setting(this, 'block_on_close')) {
          this.#threads.add(t);
          // Forget threads that ended, as CPython's _NoThreads/_Threads.reap() does.
          for (const old of this.#threads) if (!old.is_alive() && old !== t) this.#threads.delete(old);
        }
        t.start();
      }

      /** ForkingMixIn's note: its processes are tasks here. */
      note(): void {
        if (forking) noteOnce('forking');
      }

      override server_close(): undefined | Promise<undefined> {
        const closed = super.server_close();
        const threads = [...this.#threads];
        this.#threads.clear();
        if (!_setting(this, 'block_on_close') || threads.length === 0) return closed;
        return Promise.all(threads.map((t) => t.join())).then(() => undefined);
      }
    }
    // Python's name for it: ThreadingTCPServer.__mro__[1] is socketserver.ThreadingMixIn.
    const name = forking ? 'ForkingMixIn' : 'ThreadingMixIn';
    Object.defineProperty(Threading, 'name', { value: name });
    (QUALIFIED_NAMES as Map<Function, string>).set(Threading, `socketserver.${name}`);
    markBlocking(Threading.prototype, ['server_close']);
    // On every class the mixin makes, ThreadingTCPServer or a learner's `class S(ThreadingMixIn, TCPServer)`.
    _classAttributes(Threading, ['daemon_threads', 'block_on_close']);
    (forking ? _forkingClasses : _threadingClasses).push(Threading);
    return Threading;
  }

  function ThreadingMixIn<B extends _ServerClass>(Base: B) {
    return _threadingMixIn(Base, false);
  }

  /** ForkingMixIn: a process per request; here a task, like multiprocessing.Process (with its note). */
  function ForkingMixIn<B extends _ServerClass>(Base: B) {
    return _threadingMixIn(Base, true);
  }

  class ThreadingTCPServer extends ThreadingMixIn(TCPServer) {}
  class ThreadingUDPServer extends ThreadingMixIn(UDPServer) {}
  class ForkingTCPServer extends ForkingMixIn(TCPServer) {}
  class ForkingUDPServer extends ForkingMixIn(UDPServer) {}

  class BaseRequestHandler {
    request: unknown;
    client_address: PyAddress;
    server: BaseServer;

    /** A Python subclass with its own __init__ constructs this empty, then calls super().__init__(). */
    static [DEFERRED_INIT] = true;

    // A constructor cannot wait: it only stores; finish_request() runs the handler.
    constructor(request: unknown, client_address: PyAddress, server: BaseServer) {
      const deferred = (request as unknown) === DEFERRED_INIT;
      this.request = deferred ? undefined : request;
      this.client_address = client_address;
      this.server = server;
    }

    /** CPython's __init__: stores, then setup(), handle() and finish() (for a Python subclass's super().__init__). */
    async __init__(request: unknown, client_address: PyAddress, server: BaseServer): Promise<undefined> {
      this.request = request;
      this.client_address = client_address;
      this.server = server;
      _handledByInit.add(this);
      await this.setup();
      try {
        await this.handle();
      } finally {
        await this.finish();
      }
      return undefined;
    }

    setup(): unknown {
      return undefined;
    }

    handle(): unknown {
      return undefined;
    }

    finish(): unknown {
      return undefined;
    }
  }

  class StreamRequestHandler extends BaseRequestHandler {
    static rbufsize = -1;
    static wbufsize = 0;
    static timeout: number | null = null;
    static disable_nagle_algorithm = false;
    declare rbufsize: number;
    declare wbufsize: number;
    declare timeout: number | null;
    declare disable_nagle_algorithm: boolean;
    connection!: Socket;
    rfile!: ReturnType<Socket['makefile']>;
    wfile!: ReturnType<Socket['makefile']> | _SocketWriter;

    override setup(): unknown {
      this.connection = this.request as Socket;
      const timeout = _setting<number | null>(this, 'timeout');
      if (timeout !== null && timeout !== undefined) this.connection.settimeout(timeout);
      if (_setting(this, 'disable_nagle_algorithm')) this.connection.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
      this.rfile = this.connection.makefile('rb', _setting<number>(this, 'rbufsize'));
      const wbufsize = _setting<number>(this, 'wbufsize');
      this.wfile = wbufsize === 0 ? new _SocketWriter(this.connection) : this.connection.makefile('wb', wbufsize);
      return undefined;
    }

    override async finish(): Promise<undefined> {
      if (!this.wfile.closed) {
        try {
          await this.wfile.flush();
        } catch (e) {
          if (!(e instanceof OSError)) throw e;
        }
      }
      await this.wfile.close();
      await this.rfile.close();
      return undefined;
    }
  }

  class DatagramRequestHandler extends BaseRequestHandler {
    packet!: bytes;
    socket!: Socket;
    rfile!: BytesIO;
    wfile!: BytesIO;

    override setup(): unknown {
      const [packet, sock] = this.request as [bytes, Socket];
      this.packet = packet;
      this.socket = sock;
      this.rfile = new BytesIO(packet);
      this.wfile = new BytesIO();
      return undefined;
    }

    override async finish(): Promise<undefined> {
      await this.socket.sendto(this.wfile.getvalue(), this.client_address);
      return undefined;
    }
  }

  _classAttributes(BaseServer, ['timeout']);
  _classAttributes(TCPServer, ['address_family', 'socket_type', 'request_queue_size', 'allow_reuse_address', 'allow_reuse_port']);
  _classAttributes(UDPServer, ['max_packet_size']);
  _classAttributes(StreamRequestHandler, ['rbufsize', 'wbufsize', 'timeout', 'disable_nagle_algorithm']);
  withParams(TCPServer, { positional: ['server_address', 'RequestHandlerClass', 'bind_and_activate'] });
  withParams(BaseServer, { positional: ['server_address', 'RequestHandlerClass'] });
  withParams(TCPServer.prototype.__init__, { positional: ['server_address', 'RequestHandlerClass', 'bind_and_activate'] });
  withParams(BaseServer.prototype.__init__, { positional: ['server_address', 'RequestHandlerClass'] });
  withParams(BaseServer.prototype.serve_forever, { positional: ['poll_interval'] });
  markBlocking(BaseServer.prototype, ['serve_forever', 'handle_request', 'shutdown']);
  withParams(BaseRequestHandler, { positional: ['request', 'client_address', 'server'] });
  withParams(BaseRequestHandler.prototype.__init__, { positional: ['request', 'client_address', 'server'] });

  // A mixin is a function of its base here; isinstance() and issubclass() still see it as the
  // base class of every class it made (and a Forking class is no ThreadingMixIn, as in CPython),
  // and Python shows it as the class: <class 'socketserver.ThreadingMixIn'>.
  const madeBy = (mixin: Function): Function[] => (mixin === ThreadingMixIn ? _threadingClasses : _forkingClasses);
  for (const mixin of [ThreadingMixIn, ForkingMixIn]) {
    Object.defineProperty(mixin, MIXIN, { value: true });
    Object.defineProperty(mixin, Symbol.hasInstance, { value: (x: unknown) => madeBy(mixin).some((c) => x instanceof c) || _mixedAfter(x, mixin) });
    (QUALIFIED_NAMES as Map<Function, string>).set(mixin, `socketserver.${mixin.name}`);
  }

  // Python calls a class to make an object: `TCPServer(addr, Handler)` works without `new` too.
  return {
    BaseServer: callableClass(BaseServer, undefined, 'socketserver.BaseServer'),
    TCPServer: callableClass(TCPServer, undefined, 'socketserver.TCPServer'),
    UDPServer: callableClass(UDPServer, undefined, 'socketserver.UDPServer'),
    ThreadingTCPServer: callableClass(ThreadingTCPServer, undefined, 'socketserver.ThreadingTCPServer'),
    ThreadingUDPServer: callableClass(ThreadingUDPServer, undefined, 'socketserver.ThreadingUDPServer'),
    ForkingTCPServer: callableClass(ForkingTCPServer, undefined, 'socketserver.ForkingTCPServer'),
    ForkingUDPServer: callableClass(ForkingUDPServer, undefined, 'socketserver.ForkingUDPServer'),
    ThreadingMixIn,
    ForkingMixIn,
    BaseRequestHandler: callableClass(BaseRequestHandler, undefined, 'socketserver.BaseRequestHandler'),
    StreamRequestHandler: callableClass(StreamRequestHandler, undefined, 'socketserver.StreamRequestHandler'),
    DatagramRequestHandler: callableClass(DatagramRequestHandler, undefined, 'socketserver.DatagramRequestHandler'),
    [Symbol.toStringTag]: 'module',
    [pyRepr]: () => "<module 'socketserver' from '/usr/lib/python3.11/socketserver.py'>",
  };
}

export type SocketserverModule = ReturnType<typeof createSocketserver>;
