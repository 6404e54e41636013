// Python's socket object on a real kernel socket. Every fd is non-blocking and every call
// follows CPython's sock_call(): try the system call, and on EAGAIN wait for readiness (with
// the deadline from the timeout, in the shared poller) and try again. So a timeout of None
// blocks, 0 raises BlockingIOError at once, and t > 0 raises TimeoutError('timed out').
// Calls that can block in Python return Promises; the others are synchronous.
import { types } from 'node:util';
import {
  ALONE_SLICE_US, BriefStart, BriefWait, CancelGroup, CONSTANTS, ERRNO, groupOf, POLL, PollFailure, packSockAddr, poller, setDeadlineTimer, sysAccept,
  sysAttemptBlocking, sysBind, sysClose, sysConnect, sysGetpeername, sysGetsockname, sysGetsockoptBytes,
  sysGetsockoptInt, sysListen, sysPollOne, sysRecv, sysRecvfrom, sysSend, sysSendto, sysSetNonBlocking,
  sysIsBlocking, sysSetRecvBlocking, sysSetsockopt, sysShutdown, sysSocket, sysDup, waitSlice, waitsAlone, type SockAddr,
} from '../kernel/index.ts';
import { fromSockAddr, toSockAddr, type PyAddress } from './address.ts';
import { asCInt, asCLong, asIndex, asSocketInt, asSsize, asTimeout, checkArity } from './args.ts';
import { bytes, bytesOver, copyBytes as _copy, toBytesLike } from './bytes.ts';
import { currentSignal, withCancelAtStart } from './cancel.ts';
import { osError } from './errno.ts';
import { OSError, TimeoutError, ValueError } from './exceptions.ts';
import { makefile, type SocketFile } from './makefile.ts';
import { checkAllocation } from './memory.ts';
import { pyRepr, str } from './format.ts';
import { pyTypeName } from './pytype.ts';
import { registerSocketClose, type SocketSpace, type SocketState } from './space.ts';
import { tuple } from './tuple.ts';

const { AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_NONBLOCK, SOCK_CLOEXEC, SOL_SOCKET } = CONSTANTS;
const { EAGAIN, EBADF, ECONNABORTED, EINTR, EINPROGRESS, EISCONN } = ERRNO;

/** Marks the Promises returned by the socket API (the REPL awaits only these implicitly). */
export const SOCKET_CALL = Symbol.for('socklab.socketCall');

/** What a socket-API Promise carries under SOCKET_CALL. */
export interface SocketCall {
  sock: Socket | undefined;
  method: string;
}

/** State shared by the sockets of one socket module (Python's module globals). */
export interface SocketModuleState {
  space: SocketSpace;
  defaultTimeout: number | null;
  /** fds that a socket(fileno=fd) object took over: another object may hold the same number. */
  adopted?: Set<number>;
}

/** A read-only view of a socket for the REPL's table and the lessons' checkpoints. */
export interface SocketInfo {
  fd: number;
  family: number;
  type: number;
  proto: number;
  state: SocketState;
  timeout: number | null;
  /** The local / remote address now, or (once closed) the last ones known. */
  laddr: PyAddress | undefined;
  raddr: PyAddress | undefined;
  listening: boolean;
  bytesSent: number;
  bytesReceived: number;
  /** Set (truthy) by SO_REUSEADDR. */
  reuseAddr: boolean;
}

// Every read goes to a reused buffer and what arrived is copied out, as CPython shrinks its
// buffer to what arrived; allocating a fresh 64 KiB buffer per recv(65536) made a 1-byte echo
// loop spend its time in the garbage collector. A large read that mostly fills the buffer hands
// the buffer itself over as the bytes object (no copy; bulk transfer), and the next large read
// allocates a new one. The copy-out happens synchronously after the system call (see recv()).
const _SCRATCH_SIZE = 16 * 1024;
const _scratch = Buffer.allocUnsafe(_SCRATCH_SIZE);
let _large: Buffer | undefined;

// Above this a read gets a buffer of its own that is not kept for the next one.
const _LARGE_KEEP = 1024 * 1024;
// No read returns more than this (a socket's receive queue is a few MiB at most), so recv(2**33)
// asks the kernel for this much; the size asked for still decides MemoryError as in CPython.
const _READ_MAX = 64 * 1024 * 1024;

/** A buffer for a read of up to `n` bytes; it may be shorter than `n` (read buf.length then). */
function _recvBuffer(n: number): Buffer {
  if (n <= _SCRATCH_SIZE) return _scratch;
  checkAllocation(n);
  if (n > _LARGE_KEEP) return Buffer.allocUnsafeSlow(Math.min(n, _READ_MAX));
  if (_large === undefined || _large.length < n) _large = Buffer.allocUnsafeSlow(n);
  return _large;
}

function _received(buf: Buffer, got: number): bytes {
  if (buf === _scratch || got < buf.length / 2) return _copyOut(buf, got);
  if (buf === _large) _large = undefined;
  return bytesOver(buf.buffer as ArrayBuffer, buf.byteOffset, got);
}

// Allocating an ArrayBuffer costs about 0.6 µs in V8, longer than a loopback send+recv, so small
// received data is carved out of a shared pool, as Node's Buffer.allocUnsafe does. (Not on the V8
// heap: koffi would move such an array to an ArrayBuffer of its own when it is sent back.)
const _POOLED_MAX = 4 * 1024;
const _POOL_SIZE = 64 * 1024;
let _pool = new ArrayBuffer(_POOL_SIZE);
let _poolOffset = 0;

// Up to this size a byte loop copies faster than making a view for set() (a typed array each).
const _LOOP_COPY_MAX = 64;

function _copyOut(buf: Buffer, got: number): bytes {
  let out: bytes;
  if (got > _POOLED_MAX) {
    out = bytesOver(new ArrayBuffer(got));
  } else {
    if (_poolOffset + got > _POOL_SIZE) {
      _pool = new ArrayBuffer(_POOL_SIZE);
      _poolOffset = 0;
    }
    // A Uint8Array made with bytes as new.target: constructing the subclass itself (`new bytes(...)`)
    // costs several µs here, more than the send and the recv together (BENCHMARKS.md, perfals);
    // Reflect.construct skips bytes' constructor, and V8 keeps the map it makes for the pair, so it
    // costs half of giving a Uint8Array bytes' prototype afterwards (a prototype transition each).
    out = Reflect.construct(Uint8Array, [_pool, _poolOffset, got], bytes) as bytes;
    _poolOffset += (got + 7) & ~7;
  }
  if (got <= _LOOP_COPY_MAX) {
    for (let i = 0; i < got; i++) out[i] = buf[i]!;
  } else {
    out.set(new Uint8Array(buf.buffer, buf.byteOffset, got));
  }
  return out;
}

// CPython's default listen() backlog: min(SOMAXCONN, 128).
const _DEFAULT_BACKLOG = 128;
/**
 * connect(AF_UNSPEC): the kernel's disconnect (tcp_disconnect), which its own blocking connect()
 * does when the handshake fails (__inet_stream_connect's sock_error path). A non-blocking connect
 * skips it and leaves the socket shut down (recv gives b''); after it recv raises ENOTCONN.
 */
const _UNSPEC_ADDRESS = Buffer.alloc(16);

// How long a blocking call may block this thread to get the kernel's own answer when poll(2)
// says ready and the non-blocking call says EAGAIN (see #ioWait).
const _BLOCKING_PROBE_US = 1000;
// The longest pause before polling again a socket that keeps being ready-but-EAGAIN.
const _FALSE_READY_PAUSE_MAX_MS = 50;

let _describe: (s: Socket) => SocketInfo;
let _keepError: (s: Socket, e: unknown) => void;
let _initSocket: (s: Socket, family: unknown, type: unknown, proto: unknown, fileno: unknown) => void;

/**
 * What a Python subclass of socket.socket constructs its instance with: an object without an fd
 * until its __init__ calls socket.__init__ (initSocket), as CPython's sock_new and sock_initobj.
 */
export const SOCKET_UNINITIALIZED = Symbol('socklab.socketUninitialized');

/** socket.__init__(family, type, proto, fileno) on an instance made with SOCKET_UNINITIALIZED. */
export function initSocket(s: Socket, family: unknown, type: unknown, proto: unknown, fileno: unknown): void {
  _initSocket(s, family, type, proto, fileno);
}

/** A subclass (a Python class) names itself in the repr: `<__main__.MySock fd=3, …>`. */
export const SOCKET_CLASS_LABEL = Symbol.for('socklab.socketClassLabel');

export class Socket {
  /** Python's name of the class (`object of type 'socket' has no len()`). */
  static readonly pyTypeName: string = 'socket';
  #ctx: SocketModuleState;
  #fd = -1;
  #family = 0;
  #type = 0;
  #proto = 0;
  #timeout: number | null = null;
  #state: SocketState = 'created';
  /** socket.__init__ has run (socket.py's _closed exists): repr says [closed] once fd is -1. */
  #initialized = true;
  /** The last connect() failed in blocking mode: see #connect() for what the next one does. */
  #connectFailed = false;
  // The waits in progress on this socket, which close() ends (made by the first wait).
  #closing: CancelGroup | undefined;
  #pendingError: unknown = undefined;
  #laddr: PyAddress | undefined;
  #raddr: PyAddress | undefined;
  #bytesSent = 0;
  #bytesReceived = 0;
  #reuseAddr = false;
  // Short waits on this thread before the shared poller (kernel/brief-wait.ts).
  readonly #brief = new BriefWait();
  // The fd is in blocking mode with a receive timeout of one slice (sysSetRecvBlocking): a script's
  // only task receives as CPython does, blocked in recv(2) itself (see #io).
  #recvBlocks = false;

  static {
    _describe = (s) => ({
      fd: s.#fd,
      family: s.#family,
      type: s.#type,
      proto: s.#proto,
      state: s.#state,
      timeout: s.#timeout,
      laddr: s.#fd >= 0 ? s.#nameOr(sysGetsockname, s.#laddr) : s.#laddr,
      raddr: s.#fd >= 0 ? s.#nameOr(sysGetpeername, s.#raddr) : s.#raddr,
      listening: s.#state === 'listening',
      bytesSent: s.#bytesSent,
      bytesReceived: s.#bytesReceived,
      reuseAddr: s.#reuseAddr,
    });
    _initSocket = (s, family, type, proto, fileno) => s.#init(family, type, proto, fileno);
    _keepError = (s, e) => {
      if (s.#fd >= 0 && s.#pendingError === undefined) s.#pendingError = e;
    };
  }

  /**
   * Python's `socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`.
   * Learners get here through the module's `socket()` function, which supplies `ctx`.
   */
  constructor(ctx: SocketModuleState, family: unknown = -1, type: unknown = -1, proto: unknown = -1, fileno: unknown = undefined) {
    this.#ctx = ctx;
    // A Python subclass's instance before its __init__ has called socket.__init__ (sock_new:
    // fd -1, family, type and proto 0, not yet marked closed).
    if (family === SOCKET_UNINITIALIZED) {
      this.#initialized = false;
      return;
    }
    this.#init(family, type, proto, fileno);
  }

  /** socket.__init__ (sock_initobj): makes (or adopts) the fd. */
  #init(family: unknown, type: unknown, proto: unknown, fileno: unknown): void {
    const ctx = this.#ctx;
    // Only fileno takes None in CPython; a missing argument (undefined, the REPL's None) is the default.
    let fam = family === undefined ? -1 : asSocketInt(family);
    let typ = type === undefined ? -1 : asSocketInt(type);
    let pro = proto === undefined ? -1 : asSocketInt(proto);
    const adopted = fileno !== undefined && fileno !== null && !(fileno instanceof _AcceptedFd);
    if (fileno instanceof _AcceptedFd) {
      // accept4() made it non-blocking and close-on-exec, and no other object has its number.
      this.#fd = fileno.fd;
      this.#state = 'connected';
    } else if (adopted) {
      // The fd is a C int taken without a range check (CPython: 2**40 becomes fd 0).
      const fd = Number(BigInt.asIntN(32, BigInt(asCLong(fileno))));
      if (fd < 0) throw new ValueError('negative file descriptor');
      if (fam === -1) fam = _sockoptInt(fd, CONSTANTS.SO_DOMAIN);
      if (typ === -1) typ = _sockoptInt(fd, CONSTANTS.SO_TYPE);
      if (pro === -1) pro = _sockoptInt(fd, CONSTANTS.SO_PROTOCOL);
      const r = sysSetNonBlocking(fd);
      if (r < 0) throw osError(-r);
      this.#fd = fd;
      (ctx.adopted ??= new Set()).add(fd);
    } else {
      if (fam === -1) fam = AF_INET;
      if (typ === -1) typ = SOCK_STREAM;
      if (pro === -1) pro = 0;
      const fd = sysSocket(fam, typ & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), pro);
      if (fd < 0) throw osError(-fd);
      this.#fd = fd;
    }
    this.#family = fam;
    // Python's .type hides the SOCK_NONBLOCK / SOCK_CLOEXEC flags; SOCK_NONBLOCK means timeout 0.
    this.#type = typ & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    this.#proto = pro;
    this.#timeout = typ & SOCK_NONBLOCK ? 0 : ctx.defaultTimeout;
    this.#initialized = true;
    if (adopted) this.#state = this.#guessState();
    ctx.space.record({ kind: 'created', sock: this });
  }

  // ---- attributes -------------------------------------------------------------------------

  get family(): number {
    return this.#family;
  }

  get type(): number {
    return this.#type;
  }

  get proto(): number {
    return this.#proto;
  }

  /** Python's read-only `timeout` attribute (None → undefined). */
  get timeout(): number | undefined {
    return this.#timeout ?? undefined;
  }

  // ---- synchronous calls ------------------------------------------------------------------

  bind(address: PyAddress): undefined {
    checkArity('bind', arguments.length, 1, 1, 'exactly-one');
    return this.#sync('bind', () => {
      const addr = toSockAddr(this.#family, address, 'bind');
      this.#check(sysBind(this.#fd, packSockAddr(addr)));
      if (this.#state === 'created') this.#state = 'bound';
      this.#laddr = this.#nameOr(sysGetsockname, undefined);
      this.#ctx.space.record({ kind: 'bound', sock: this, laddr: this.#laddr });
      return undefined;
    });
  }

  listen(backlog?: number): undefined {
    checkArity('listen', arguments.length, 0, 1, 'at-most');
    return this.#sync('listen', () => {
      const n = backlog === undefined ? _DEFAULT_BACKLOG : Math.max(0, asCInt(backlog));
      this.#check(sysListen(this.#fd, n));
      this.#state = 'listening';
      this.#laddr = this.#nameOr(sysGetsockname, this.#laddr);
      this.#ctx.space.record({ kind: 'listening', sock: this, backlog: n });
      return undefined;
    });
  }

  close(): undefined {
    _noArguments('close', arguments.length);
    if (this.#fd < 0) return undefined;
    this.#laddr = this.#nameOr(sysGetsockname, this.#laddr);
    // A TCP connection's peer never changes (getpeername() gives it, or ENOTCONN once reset): the
    // one known since accept() or connect() is the last one.
    if (this.#type !== SOCK_STREAM || this.#state !== 'connected' || this.#raddr === undefined) {
      this.#raddr = this.#nameOr(sysGetpeername, this.#raddr);
    }
    const fd = this.#fd;
    this.#fd = -1;
    this.#state = 'closed';
    this.#recvBlocks = false;
    // Wake every wait on this fd before the number can be reused by a new socket.
    this.#endWaits();
    if (this.#closing !== undefined) poller.forget(fd);
    sysClose(fd);
    this.#ctx.space.record({ kind: 'closed', sock: this });
    // Another object made with socket(fileno=fd) shared this fd: it is gone for that one too, and
    // must not go on to use the number once the kernel gives it to a new socket. (Only fds some
    // socket(fileno=) took are looked for: closing stays O(1) with a thousand sockets open.)
    if (this.#ctx.adopted?.delete(fd)) {
      for (const twin of [...this.#ctx.space.sockets]) {
        if (twin.#fd === fd) twin.#forget();
      }
    }
    return undefined;
  }

  /** Marks this object closed without touching its fd (which is not its own any more). */
  #forget(): void {
    // The fd goes on elsewhere (detach(), a twin closed it): as it came, non-blocking.
    this.#recvNonBlocking();
    this.#fd = -1;
    this.#state = 'closed';
    this.#endWaits();
    this.#ctx.space.record({ kind: 'closed', sock: this });
  }

  /** Ends the waits in progress with EBADF (the socket was closed); no error is made when none waits. */
  #endWaits(): void {
    if (this.#closing !== undefined && this.#closing.size > 0) this.#closing.cancel(osError(EBADF));
  }

  /** Closes the socket object without closing the fd, and returns the fd. */
  detach(): number {
    _noArguments('detach', arguments.length);
    const fd = this.#fd;
    if (fd < 0) return -1;
    this.#forget();
    return fd;
  }

  /**
   * socket.py's dup(): a new socket object on a dup(2) of the fd, with this one's timeout
   * (`self.__class__(self.family, self.type, self.proto, fileno=fd)`; a Python subclass's is the
   * Python front end's, which calls the class).
   */
  dup(): Socket {
    _noArguments('dup', arguments.length);
    const copy = this.#fd < 0 ? -EBADF : sysDup(this.#fd);
    if (copy < 0) throw osError(-copy);
    const twin = new Socket(this.#ctx, this.#family, this.#type, this.#proto, copy);
    twin.settimeout(this.#timeout);
    return twin;
  }

  fileno(): number {
    checkArity('fileno', arguments.length, 0, 0, 'none');
    return this.#fd;
  }

  shutdown(how: number): undefined {
    checkArity('shutdown', arguments.length, 1, 1, 'exactly-one');
    return this.#sync('shutdown', () => {
      const h = asSocketInt(how);
      this.#check(sysShutdown(this.#fd, h));
      this.#ctx.space.record({ kind: 'shutdown', sock: this, how: h });
      return undefined;
    });
  }

  getsockname(): PyAddress {
    checkArity('getsockname', arguments.length, 0, 0, 'none');
    return this.#sync('getsockname', () => this.#name(sysGetsockname));
  }

  getpeername(): PyAddress {
    checkArity('getpeername', arguments.length, 0, 0, 'none');
    return this.#sync('getpeername', () => this.#name(sysGetpeername));
  }

  setsockopt(level: number, optname: number, value: number | boolean | Uint8Array | null, optlen?: number): undefined {
    const given = arguments.length;
    return this.#sync('setsockopt', () => {
      // The program's own SO_RCVTIMEO replaces the one of the blocking receives (which then stop).
      if (level === SOL_SOCKET && optname === CONSTANTS.SO_RCVTIMEO) this.#recvNonBlocking();
      // CPython tries three argument forms in turn (ints; level, name, None, optlen; a buffer)
      // and reports the last one's error, so only the buffer form's messages ever show.
      if (given === 4 && (value === null || value === undefined) && _isCInt(level) && _isCInt(optname) && _isIndex(optlen)) {
        const r = sysSetsockopt(this.#fd, Number(level), Number(optname), null, _asCUnsigned(optlen));
        this.#check(r);
        return undefined;
      }
      if (given !== 3) throw new TypeError(`setsockopt() takes exactly 3 arguments (${given} given)`);
      const lvl = asCInt(level);
      const name = asCInt(optname);
      let raw: number | Uint8Array;
      if (_isCInt(value)) raw = asCInt(value);
      else if (ArrayBuffer.isView(value) || types.isAnyArrayBuffer(value)) raw = toBytesLike(value);
      else throw new TypeError(`a bytes-like object is required, not '${pyTypeName(value)}'`);
      this.#check(sysSetsockopt(this.#fd, lvl, name, raw));
      if (lvl === SOL_SOCKET && name === CONSTANTS.SO_REUSEADDR) this.#reuseAddr = raw !== 0;
      this.#ctx.space.record({ kind: 'option', sock: this, level: lvl, name, value: raw });
      return undefined;
    });
  }

  getsockopt(level: number, optname: number, buflen?: number): number | bytes {
    const given = arguments.length;
    return this.#sync('getsockopt', () => {
      checkArity('getsockopt', given, 2, 3, 'at-least');
      // The program sees its own SO_RCVTIMEO, not the blocking receives' slice.
      if (level === SOL_SOCKET && optname === CONSTANTS.SO_RCVTIMEO) this.#recvNonBlocking();
      const lvl = asCInt(level);
      const name = asCInt(optname);
      // buflen 0 (or none) asks for an int, as in CPython.
      if (buflen === undefined || (_isIndex(buflen) && asIndex(buflen) === 0)) {
        const r = sysGetsockoptInt(this.#fd, lvl, name);
        if (typeof r !== 'number') throw osError(r.errno);
        return r;
      }
      const len = asCInt(buflen);
      if (len <= 0 || len > 1024) throw new OSError('getsockopt buflen out of range');
      const r = sysGetsockoptBytes(this.#fd, lvl, name, len);
      if (!Buffer.isBuffer(r)) throw osError(r.errno);
      return _copy(r);
    });
  }

  settimeout(value: number | null | undefined): undefined {
    checkArity('settimeout', arguments.length, 1, 1, 'exactly-one');
    return this.#sync('settimeout', () => {
      // CPython stores the timeout before it touches the fd, so a closed socket keeps it
      // and still raises EBADF.
      this.#timeout = asTimeout(value);
      if (this.#fd < 0) throw osError(EBADF);
      this.#ctx.space.record({ kind: 'timeout', sock: this, timeout: this.#timeout });
      return undefined;
    });
  }

  gettimeout(): number | undefined {
    checkArity('gettimeout', arguments.length, 0, 0, 'none');
    return this.#timeout ?? undefined;
  }

  setblocking(flag: boolean): undefined {
    checkArity('setblocking', arguments.length, 1, 1, 'exactly-one');
    return this.#sync('setblocking', () => {
      const on = typeof flag === 'boolean' ? flag : asIndex(flag) !== 0;
      this.#timeout = on ? null : 0;
      if (this.#fd < 0) throw osError(EBADF);
      this.#ctx.space.record({ kind: 'timeout', sock: this, timeout: this.#timeout });
      return undefined;
    });
  }

  getblocking(): boolean {
    checkArity('getblocking', arguments.length, 0, 0, 'none');
    // CPython answers from the stored timeout, even on a closed socket.
    return this.#timeout !== 0;
  }

  // ---- calls that can block: Promises ---------------------------------------------------

  accept(): Promise<readonly [Socket, PyAddress]> {
    const given = arguments.length;
    // Not an async body: a client already in the listen queue is accepted synchronously (#io).
    return this.#async('accept', () => {
      _noArguments('accept', given);
      return _then(this.#io(POLL.POLLIN, false, undefined, sysAccept, undefined, undefined, undefined), (got) => {
        const conn = Socket.#adopt(this.#ctx, got.fd, this.#family, this.#type, this.#proto);
        const raddr = fromSockAddr(got.addr) ?? '';
        conn.#raddr = raddr;
        this.#ctx.space.record({ kind: 'accepted', sock: this, conn, raddr });
        return tuple(conn, raddr) as readonly [Socket, PyAddress];
      });
    });
  }

  connect(address: PyAddress): Promise<undefined> {
    const given = arguments.length;
    return this.#async('connect', async () => {
      checkArity('connect', given, 1, 1, 'exactly-one');
      const errno = await this.#connect(address, 'connect');
      if (errno === -1) throw new TimeoutError('timed out');
      if (errno !== 0) throw osError(errno);
      return undefined;
    });
  }

  connect_ex(address: PyAddress): Promise<number> {
    const given = arguments.length;
    return this.#async('connect_ex', async () => {
      checkArity('connect_ex', given, 1, 1, 'exactly-one');
      const errno = await this.#connect(address, 'connect_ex');
      // CPython reports an expired timeout from connect_ex() as EWOULDBLOCK.
      return errno === -1 ? EAGAIN : errno;
    });
  }

  recv(bufsize: number, flags = 0): Promise<bytes> {
    // As #async() does, without a closure per call (recv and send are a ping-pong's every call).
    let r: bytes | Promise<bytes>;
    try {
      this.#raisePending();
      r = this.#recv(arguments.length, bufsize, flags);
    } catch (e) {
      return this.#refused('recv', e);
    }
    return this.#answer('recv', r);
  }

  #recv(given: number, bufsize: unknown, flags: unknown): bytes | Promise<bytes> {
    checkArity('recv', given, 1, 2, 'at-least');
    // CPython converts every argument before it checks any ("n|i", then bufsize < 0).
    const size = asSsize(bufsize);
    const f = asCInt(flags);
    const n = this.#bufsize(size, 'recv');
    // CPython allocates the buffer before it polls or calls the kernel.
    checkAllocation(n);
    // CPython answers recv(0) itself, without the kernel (even on a closed socket).
    if (n === 0) return new bytes(new ArrayBuffer(0));
    const got = this.#io(POLL.POLLIN, true, undefined, _recvOnce, n, f, undefined);
    if (got instanceof Promise) return got.then((data) => this.#received(data, undefined));
    return this.#received(got, undefined);
  }

  recvfrom(bufsize: number, flags = 0): Promise<readonly [bytes, PyAddress | undefined]> {
    const given = arguments.length;
    return this.#async('recvfrom', () => {
      checkArity('recvfrom', given, 1, 2, 'at-least');
      const size = asSsize(bufsize);
      const f = asCInt(flags);
      const n = this.#bufsize(size, 'recvfrom');
      checkAllocation(n);
      const got = this.#io(POLL.POLLIN, true, undefined, _recvfromOnce, n, f, undefined);
      return _then(got, ({ data, addr }) => {
        const from = fromSockAddr(addr);
        return tuple(this.#received(data, from), from) as readonly [bytes, PyAddress | undefined];
      });
    });
  }

  recv_into(buffer: Uint8Array, nbytes = 0, flags = 0): Promise<number> {
    const given = arguments.length;
    return this.#async('recv_into', async () => {
      if (given === 0) throw new TypeError("recv_into() missing required argument 'buffer' (pos 1)");
      checkArity('recv_into', given, 1, 3, 'at-least');
      const target = _writableView(buffer);
      let n = asSsize(nbytes);
      const f = asCInt(flags);
      if (n < 0) throw new ValueError('negative buffersize in recv_into');
      if (n === 0) n = target.length;
      if (n > target.length) throw new ValueError('buffer too small for requested bytes');
      // Nothing to read into: CPython returns 0 without the kernel.
      if (n === 0) return 0;
      const got = await this.#io(POLL.POLLIN, true, undefined, _recvIntoOnce, target, n, f);
      this.#received(_copy(target.subarray(0, got)), undefined);
      return got;
    });
  }

  /** Python's recvfrom_into(buffer, nbytes=0, flags=0) -> (nbytes, address). */
  recvfrom_into(buffer: Uint8Array, nbytes = 0, flags = 0): Promise<readonly [number, PyAddress | undefined]> {
    const given = arguments.length;
    return this.#async('recvfrom_into', async () => {
      if (given === 0) throw new TypeError("recvfrom_into() missing required argument 'buffer' (pos 1)");
      checkArity('recvfrom_into', given, 1, 3, 'at-least');
      const target = _writableView(buffer, 'recvfrom_into');
      let n = asSsize(nbytes);
      const f = asCInt(flags);
      if (n < 0) throw new ValueError('negative buffersize in recvfrom_into');
      if (n === 0) n = target.length;
      else if (n > target.length) throw new ValueError('nbytes is greater than the length of the buffer');
      // Unlike recv_into, CPython asks the kernel even for an empty buffer.
      const got = await this.#io(POLL.POLLIN, true, undefined, _recvfromIntoOnce, target, n, f);
      const from = fromSockAddr(got.addr);
      this.#received(_copy(target.subarray(0, got.n)), from);
      return tuple(got.n, from) as readonly [number, PyAddress | undefined];
    });
  }

  send(data: Uint8Array, flags = 0): Promise<number> {
    // As recv(): no closure per call.
    let r: number | Promise<number>;
    try {
      this.#raisePending();
      r = this.#send(arguments.length, data, flags);
    } catch (e) {
      return this.#refused('send', e);
    }
    return this.#answer('send', r);
  }

  #send(given: number, data: unknown, flags: unknown): number | Promise<number> {
    checkArity('send', given, 1, 2, 'at-least');
    const buf = toBytesLike(data);
    const f = asCInt(flags);
    const got = this.#io(POLL.POLLOUT, false, undefined, _sendOnce, buf, f, undefined);
    if (got instanceof Promise) return got.then((n) => this.#sentOf(buf, n));
    return this.#sentOf(buf, got);
  }

  sendall(data: Uint8Array, flags = 0): Promise<undefined> {
    let r: undefined | Promise<undefined>;
    try {
      this.#raisePending();
      r = this.#sendall(arguments.length, data, flags);
    } catch (e) {
      return this.#refused('sendall', e);
    }
    return this.#answer('sendall', r);
  }

  #sendall(given: number, data: unknown, flags: unknown): undefined | Promise<undefined> {
    checkArity('sendall', given, 1, 2, 'at-least');
    const buf = toBytesLike(data);
    const f = asCInt(flags);
    // The timeout bounds the whole call, not each send (CPython >= 3.5).
    const deadline = this.#timeout !== null && this.#timeout > 0 ? performance.now() + this.#timeout * 1000 : undefined;
    // The first send usually takes everything: then no Promise is awaited at all.
    const got = this.#io(POLL.POLLOUT, false, deadline, _sendOnce, buf, f, undefined);
    if (got instanceof Promise) return got.then((n) => this.#sendallFrom(buf, n, f, deadline, currentSignal()));
    return this.#sendallFrom(buf, got, f, deadline, currentSignal());
  }

  /** sendall() once `n` bytes of `buf` went: done, or the rest. */
  #sendallFrom(buf: Uint8Array, n: number, f: number, deadline: number | undefined, signal: AbortSignal | undefined): undefined | Promise<undefined> {
    this.#sentOf(buf, n);
    return n === buf.length ? undefined : this.#sendallRest(buf, n, f, deadline, signal);
  }

  /** sendall() after a partial send; its waits listen to the signal of the call, read when it was made. */
  async #sendallRest(buf: Uint8Array, offset: number, f: number, deadline: number | undefined, signal: AbortSignal | undefined): Promise<undefined> {
    while (offset < buf.length) {
      const rest = buf.subarray(offset);
      const n = await withCancelAtStart(signal, () => this.#io(POLL.POLLOUT, false, deadline, _sendOnce, rest, f, undefined));
      this.#sentOf(rest, n);
      offset += n;
    }
    return undefined;
  }

  sendto(data: Uint8Array, flagsOrAddress: number | PyAddress, address?: PyAddress): Promise<number> {
    const given = arguments.length;
    return this.#async('sendto', async () => {
      checkArity('sendto', given, 2, 3, 'range');
      const buf = toBytesLike(data);
      // With three arguments the second is the flags; an array there is an address, a Python tuple.
      if (given === 3 && Array.isArray(flagsOrAddress)) throw new TypeError("'tuple' object cannot be interpreted as an integer");
      const f = given === 3 ? asCInt(flagsOrAddress) : 0;
      const target = given === 3 ? address : flagsOrAddress;
      const addr = packSockAddr(toSockAddr(this.#family, target, 'sendto'));
      const n = await this.#io(POLL.POLLOUT, false, undefined, _sendtoOnce, buf, f, addr);
      // The kernel binds an unbound socket to an ephemeral port on its first sendto().
      if (this.#state === 'created') this.#state = 'bound';
      this.#sent(buf.subarray(0, n), fromSockAddr(_unpackTarget(target, this.#family)));
      return n;
    });
  }

  /** Python's makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None): makefile.ts. */
  makefile(...args: unknown[]): SocketFile {
    return makefile(this, args);
  }

  // ---- display ----------------------------------------------------------------------------

  /** CPython's socket.__repr__, byte for byte. */
  [pyRepr](): string {
    const closed = this.#fd < 0 && this.#initialized;
    const label = (this.constructor as { [SOCKET_CLASS_LABEL]?: string })[SOCKET_CLASS_LABEL] ?? 'socket.socket';
    let s = `<${label}${closed ? ' [closed]' : ''} fd=${this.#fd}, family=${this.#family}, type=${this.#type}, proto=${this.#proto}`;
    if (!closed) {
      const laddr = this.#nameOr(sysGetsockname, undefined);
      if (laddr !== undefined && laddr !== '' && !(laddr instanceof Uint8Array && laddr.length === 0)) s += `, laddr=${str(laddr)}`;
      const raddr = this.#nameOr(sysGetpeername, undefined);
      if (raddr !== undefined && raddr !== '' && !(raddr instanceof Uint8Array && raddr.length === 0)) s += `, raddr=${str(raddr)}`;
    }
    return `${s}>`;
  }

  toString(): string {
    return this[pyRepr]();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this[pyRepr]();
  }

  /** `using s = socket.socket()` closes it at the end of the block, like Python's `with`. */
  [(Symbol as { dispose?: symbol }).dispose ?? Symbol.for('nodejs.dispose')](): void {
    this.close();
  }

  // ---- internals ----------------------------------------------------------------------------

  static #adopt(ctx: SocketModuleState, fd: number, family: number, type: number, proto: number): Socket {
    // CPython: socket(self.family, self.type, self.proto, fileno=fd); the new socket takes the
    // default timeout, not the listener's.
    return new Socket(ctx, family, type, proto, new _AcceptedFd(fd));
  }

  /** connect()'s shared body: 0 on success, errno on failure, -1 when the timeout expired. */
  async #connect(address: PyAddress, caller: string): Promise<number> {
    this.#raisePending();
    const addr = packSockAddr(toSockAddr(this.#family, address, caller));
    if (this.#fd < 0) return EBADF;
    // connect(2) takes no MSG_DONTWAIT: it must find the fd non-blocking.
    this.#recvNonBlocking();
    let r = sysConnect(this.#fd, addr);
    while (r === -EINTR) r = sysConnect(this.#fd, addr);
    // Some kernels answer the first connect() after a failed non-blocking one with ECONNABORTED
    // and only then start over; CPython's blocking connect() gets its error from the kernel
    // directly and never sees that, so a blocking socket tries again at once, as it would.
    if (r === -ECONNABORTED && this.#connectFailed && this.#timeout === null) r = sysConnect(this.#fd, addr);
    this.#connectFailed = false;
    if (r < 0) {
      const errno = -r;
      if (errno !== EINPROGRESS || this.#timeout === 0) return errno;
      const previous = this.#state;
      this.#state = 'connecting';
      try {
        // On loopback the answer (accepted or refused) is usually there already.
        const ready = sysPollOne(this.#fd, POLL.POLLOUT, 0) > 0
          || await this.#wait(POLL.POLLOUT, this.#timeout === null ? undefined : this.#timeout * 1000, currentSignal());
        if (!ready) return -1;
      } catch (e) {
        if (this.#state === 'connecting') this.#state = previous;
        throw e;
      }
      const soerr = sysGetsockoptInt(this.#fd, SOL_SOCKET, CONSTANTS.SO_ERROR);
      const failed = typeof soerr === 'number' ? soerr : soerr.errno;
      if (failed !== 0 && failed !== EISCONN) {
        this.#state = previous;
        // What CPython's blocking connect() would have taken from the kernel itself (timeout
        // mode reads SO_ERROR as this does, and then sees the kernel's ECONNABORTED too).
        this.#connectFailed = this.#timeout === null;
        if (this.#connectFailed) sysConnect(this.#fd, _UNSPEC_ADDRESS);
        return failed;
      }
      // CPython's blocking connect() returns from the kernel with the socket SS_CONNECTED, so a
      // second connect() raises EISCONN; finish our non-blocking one the same way. (With a
      // timeout CPython itself stops at SO_ERROR, and so does this.)
      if (this.#timeout === null) sysConnect(this.#fd, addr);
    }
    this.#state = 'connected';
    this.#raddr = this.#nameOr(sysGetpeername, undefined);
    this.#ctx.space.record({ kind: 'connected', sock: this, raddr: this.#raddr });
    return 0;
  }

  /**
   * sock_call(): try, and on EAGAIN wait for `events` (within the timeout) and try again. When the
   * first try succeeds (or fails for good) this answers synchronously, without a Promise: a
   * loopback send or recv costs about 1 µs, and each Promise layer costs as much again. With a
   * timeout CPython polls before the first try (a UDP socket's accept() with settimeout(0.05) times
   * out rather than raising EOPNOTSUPP); a zero-time poll on this thread does the same cheaply.
   */
  #io<T, A, B, C>(events: number, canBlock: boolean, deadline: number | undefined, attempt: Attempt<T, A, B, C>, a: A, b: B, c: C): T | Promise<T> {
    if (this.#fd < 0) throw osError(EBADF);
    if (this.#timeout !== null && this.#timeout > 0 && sysPollOne(this.#fd, events, 0) === 0) {
      if (!this.#briefWait(events, deadline)) return this.#ioWait(events, false, deadline, attempt, a, b, c);
    }
    if (this.#recvBlocks && canBlock && this.#timeout === null && this.#brief.blocksAlone() && !currentSignal()?.aborted) {
      // A receive of a script's only task, whose last one waited alone: recv(2) itself waits, as
      // CPython's does (one system call instead of recv, ppoll, recv), for up to a slice; a
      // signal ends it early with EINTR (Ctrl+C: the turn in #recvAlone runs its handler).
      const r = attempt(this.#fd, true, a, b, c);
      if (typeof r !== 'number' || r >= 0) return r as T;
      if (r !== -EAGAIN && r !== -EINTR) throw osError(-r);
      return this.#ioWait(events, true, deadline, attempt, a, b, c);
    }
    let r = attempt(this.#fd, false, a, b, c);
    while (r === -EINTR) r = attempt(this.#fd, false, a, b, c);
    if (typeof r !== 'number' || r >= 0) return r as T;
    if (r !== -EAGAIN || this.#timeout === 0) throw osError(-r);
    // The peer of a ping-pong usually answers within the brief wait: then this call still answers
    // synchronously, without the async #ioWait() and the Promises it costs. After a yield the call
    // itself is retried (kernel/brief-wait.ts), then once more after the timed wait.
    const limitMs = this.#briefLimit(deadline);
    const start = this.#brief.begin(limitMs);
    if (start !== BriefStart.None) {
      if (start === BriefStart.Yielded) r = attempt(this.#fd, false, a, b, c);
      if (r === -EAGAIN && this.#brief.wait(this.#fd, events, limitMs)) r = attempt(this.#fd, false, a, b, c);
      else if (r !== -EAGAIN) this.#brief.ready();
      if (typeof r !== 'number' || r >= 0) {
        // It waited alone: the next receive waits in recv(2) itself (above).
        if (start === BriefStart.Alone && canBlock && !this.#recvBlocks && this.#timeout === null) {
          this.#recvBlocks = sysSetRecvBlocking(this.#fd, true, ALONE_SLICE_US);
        }
        return r as T;
      }
      if (r !== -EAGAIN && r !== -EINTR) throw osError(-r);
    }
    return this.#ioWait(events, canBlock, deadline, attempt, a, b, c);
  }

  /** How long a brief wait may take (undefined: no deadline); 0 when the call is being cancelled. */
  #briefLimit(deadline: number | undefined): number | undefined {
    if (currentSignal()?.aborted) return 0;
    if (deadline !== undefined) return deadline - performance.now();
    return this.#timeout === null ? undefined : this.#timeout * 1000;
  }

  /** The whole brief wait (yield, poll, timed poll) for a call that has not been tried yet. */
  #briefWait(events: number, deadline: number | undefined): boolean {
    return this.#brief.tryWait(this.#fd, events, this.#briefLimit(deadline));
  }

  /**
   * #io() once nothing was ready: wait, try again, until done or timed out. poll(2) can report a
   * socket ready whose non-blocking call still says EAGAIN: another call took the data first, or
   * the socket was shut down (a UDP socket's recvfrom(), an AF_UNIX listener's accept()), where a
   * blocking call gets an answer from the kernel that a non-blocking one never does. Retrying at
   * once would spin without yielding (timers, peers and Ctrl+C starved), so a blocking socket asks
   * the kernel that blocking question, bounded by a short SO_RCVTIMEO/SO_SNDTIMEO, and a socket
   * that is still ready-but-EAGAIN goes back through the poller, after a pause that grows while
   * it keeps happening (CPython itself spins there until the timeout: the result is the same).
   */
  async #ioWait<T, A, B, C>(events: number, canBlock: boolean, deadline: number | undefined, attempt: Attempt<T, A, B, C>, a: A, b: B, c: C): Promise<T> {
    const signal = currentSignal();
    if (canBlock && this.#recvBlocks && this.#timeout === null) {
      const got = await this.#recvAlone(signal, attempt, a, b, c);
      if (got !== undefined) return got;
    }
    if (deadline === undefined && this.#timeout !== null && this.#timeout > 0) {
      deadline = performance.now() + this.#timeout * 1000;
    }
    let falseReady = 0;
    // The caller has just tried a brief wait (or found that none may start): not again at once.
    let first = true;
    for (;;) {
      let remaining = deadline === undefined ? undefined : deadline - performance.now();
      if (remaining !== undefined && remaining <= 0) throw new TimeoutError('timed out');
      if (falseReady > 1) {
        await this.#pause(Math.min(_FALSE_READY_PAUSE_MAX_MS, 2 ** (falseReady - 2), remaining ?? Infinity), signal);
        remaining = deadline === undefined ? undefined : deadline - performance.now();
        if (remaining !== undefined && remaining <= 0) throw new TimeoutError('timed out');
      }
      if (first || falseReady > 0 || signal?.aborted || !this.#brief.tryWait(this.#fd, events, remaining)) {
        const waitStart = performance.now();
        if (!(await this.#wait(events, remaining, signal))) throw new TimeoutError('timed out');
        const waited = performance.now() - waitStart;
        this.#brief.observe(waited);
        // A wait that really waited ends a run of false readiness.
        if (waited > 2) falseReady = 0;
      }
      first = false;
      if (this.#fd < 0) throw osError(EBADF);
      let r = attempt(this.#fd, false, a, b, c);
      if (typeof r !== 'number' || r >= 0) return r as T;
      if (r === -EINTR) continue;
      if (r === -EAGAIN && this.#timeout === null) {
        this.#recvNonBlocking();
        r = sysAttemptBlocking(this.#fd, events, _BLOCKING_PROBE_US, () => attempt(this.#fd, true, a, b, c));
        if (typeof r !== 'number' || r >= 0) return r as T;
        if (r === -EINTR) continue;
      }
      // settimeout(0) from elsewhere while this call waited makes the next EAGAIN raise, as in CPython.
      if (r !== -EAGAIN || this.#timeout === 0) throw osError(-r);
      falseReady++;
    }
  }

  /**
   * #ioWait() of a receive on a blocking fd (#io): the only task's wait is recv(2) itself, in
   * slices with a turn of the event loop before each, as #wait() does with ppoll(2). Undefined
   * once some other work appeared (then the caller waits through the poller) or the fd is not in
   * blocking mode any more: a twin made by fromfd() shares its O_NONBLOCK, and a recv that
   * answered EAGAIN at once would spin.
   */
  async #recvAlone<T, A, B, C>(signal: AbortSignal | undefined, attempt: Attempt<T, A, B, C>, a: A, b: B, c: C): Promise<T | undefined> {
    while (this.#recvBlocks) {
      await this.#turn(signal);
      if (!waitsAlone()) return undefined;
      this.#brief.claim();
      const r = attempt(this.#fd, true, a, b, c);
      if (typeof r !== 'number' || r >= 0) return r as T;
      if (r === -EINTR) continue;
      if (r !== -EAGAIN) throw osError(-r);
      if (!sysIsBlocking(this.#fd)) this.#recvNonBlocking();
    }
    return undefined;
  }

  /** One turn of the event loop (timers, I/O, Ctrl+C's handler); close and cancellation reject. */
  async #turn(signal: AbortSignal | undefined): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw signal.reason;
    if (this.#fd < 0) throw osError(EBADF);
  }

  /** Waits `ms` on a timer; close and cancellation reject, as in #wait(). */
  #pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#fd < 0) return Promise.reject(osError(EBADF));
    const user = signal === undefined ? undefined : groupOf(signal);
    const closing = (this.#closing ??= new CancelGroup());
    return new Promise<void>((resolve, reject) => {
      const pause = {
        cancel(reason: unknown) {
          cancelTimer();
          user?.delete(pause);
          closing.delete(pause);
          reject(reason);
        },
      };
      const cancelTimer = setDeadlineTimer(ms, () => {
        user?.delete(pause);
        closing.delete(pause);
        resolve();
      });
      user?.add(pause);
      closing.add(pause);
    });
  }

  /** Waits for readiness; false when the time ran out. Close and cancellation reject. */
  async #wait(events: number, timeoutMs: number | undefined, signal: AbortSignal | undefined): Promise<boolean> {
    if (waitsAlone()) {
      const deadline = timeoutMs === undefined ? undefined : performance.now() + timeoutMs;
      // A script's only task waits on this thread, as CPython's blocking call does, in slices with
      // a turn of the event loop before each (kernel/brief-wait.ts); through the poller once some
      // other work appears. The turn may be what starts that work (the caller of this call going
      // on, a task woken by it), so it is looked for again after the turn, before blocking.
      for (;;) {
        await this.#turn(signal);
        if (!waitsAlone()) break;
        this.#brief.claim();
        const left = deadline === undefined ? undefined : deadline - performance.now();
        if (waitSlice(this.#fd, events, left)) return true;
        if (left !== undefined && deadline! - performance.now() <= 0) return false;
      }
      timeoutMs = deadline === undefined ? undefined : Math.max(0, deadline - performance.now());
    }
    try {
      const result = await poller.wait(this.#fd, events, timeoutMs, signal, (this.#closing ??= new CancelGroup()));
      // The time is up, but the poll thread may simply have been late to report what happened in
      // time (CPython's poll() runs on the calling thread): look once more before timing out.
      return result.ready || (this.#fd >= 0 && sysPollOne(this.#fd, events, 0) > 0);
    } catch (e) {
      // No fd free for the poller's eventfd (EMFILE): Python's OSError, and the next wait tries again.
      if (e instanceof PollFailure) throw osError(e.errno);
      throw e;
    }
  }

  /** Puts the fd back in non-blocking mode if the blocking receives had taken it (#io). */
  #recvNonBlocking(): void {
    if (!this.#recvBlocks) return;
    this.#recvBlocks = false;
    sysSetRecvBlocking(this.#fd, false);
  }

  /** Runs a synchronous call: raises a kept error first, logs a raised one. */
  #sync<T>(call: string, body: () => T): T {
    try {
      this.#raisePending();
      return body();
    } catch (e) {
      this.#ctx.space.record({ kind: 'error', sock: this, call, error: e as Error });
      throw e;
    }
  }

  /**
   * Runs a call that can block: a marked Promise that logs a raised error. `body` runs at once
   * (as an async function's body would, up to its first await) and may answer synchronously.
   */
  #async<T>(call: string, body: () => T | Promise<T>): Promise<T> {
    let r: T | Promise<T>;
    try {
      this.#raisePending();
      r = body();
    } catch (e) {
      return this.#refused(call, e);
    }
    return this.#answer(call, r);
  }

  /** A blocking call's Promise (#async) for what its body returned: a value now, or a Promise. */
  #answer<T>(call: string, r: T | Promise<T>): Promise<T> {
    if (!(r instanceof Promise)) {
      // Answered at once: fulfilled, it can neither fail nor be interrupted, so nothing needs its
      // mark (keepUnobservedError); isSocketCall() knows it as the last one answered. The mark's
      // defineProperty costs about 0.5 µs, as much as the rest of a loopback send.
      const promise = Promise.resolve(r);
      _answered = promise;
      return promise;
    }
    // No closure is named here (`const f = () => ...`): the bundle keeps function names, which
    // costs an Object.defineProperty per closure made.
    return this.#marked(call, r.then(undefined, (e: unknown) => this.#failed(call, e)));
  }

  /** A blocking call's Promise (#async) when its body raised at once: rejected, marked, logged. */
  #refused(call: string, e: unknown): Promise<never> {
    this.#ctx.space.record({ kind: 'error', sock: this, call, error: e as Error });
    return this.#marked(call, Promise.reject(e));
  }

  #marked<T>(call: string, promise: Promise<T>): Promise<T> {
    Object.defineProperty(promise, SOCKET_CALL, { value: { sock: this, method: call } satisfies SocketCall });
    return promise;
  }

  /** Logs the error a blocking call raised, and raises it again. */
  #failed(call: string, e: unknown): never {
    this.#ctx.space.record({ kind: 'error', sock: this, call, error: e as Error });
    throw e;
  }

  #raisePending(): void {
    if (this.#pendingError === undefined) return;
    const e = this.#pendingError;
    this.#pendingError = undefined;
    throw e;
  }

  #check(r: number): void {
    if (this.#fd < 0) throw osError(EBADF);
    if (r < 0) throw osError(-r);
  }

  #bufsize(x: unknown, caller: string): number {
    const n = asSsize(x);
    if (n < 0) throw new ValueError(`negative buffersize in ${caller}`);
    return n;
  }

  #name(call: (fd: number) => SockAddr | number): PyAddress {
    if (this.#fd < 0) throw osError(EBADF);
    const r = call(this.#fd);
    if (typeof r === 'number') throw osError(-r);
    return fromSockAddr(r) ?? '';
  }

  #nameOr(call: (fd: number) => SockAddr | number, fallback: PyAddress | undefined): PyAddress | undefined {
    if (this.#fd < 0) return fallback;
    const r = call(this.#fd);
    return typeof r === 'number' ? fallback : (fromSockAddr(r) ?? fallback);
  }

  /** The state of an fd adopted from elsewhere (accept(), socket(fileno=...)). */
  #guessState(): SocketState {
    if (_sockoptInt(this.#fd, CONSTANTS.SO_ACCEPTCONN)) return 'listening';
    return typeof sysGetpeername(this.#fd) === 'number' ? 'created' : 'connected';
  }

  // Every send and recv: no event object when nothing keeps or sees it (`socklab run`, space.ts).
  #received(data: bytes, from: PyAddress | undefined): bytes {
    this.#bytesReceived += data.length;
    const space = this.#ctx.space;
    if (data.length === 0 ? space.endObserved : space.observed) space.record({ kind: 'received', sock: this, data, from });
    else space.skip();
    return data;
  }

  /** send() of `buf` sent its first `n` bytes: logged, and `n` returned. */
  #sentOf(buf: Uint8Array, n: number): number {
    this.#sent(n === buf.length ? buf : buf.subarray(0, n), undefined);
    return n;
  }

  #sent(data: Uint8Array, to: PyAddress | undefined): void {
    this.#bytesSent += data.length;
    const space = this.#ctx.space;
    if (space.observed) space.record({ kind: 'sent', sock: this, data, to });
    else space.skip();
  }
}

registerSocketClose(Socket.prototype.close);

/** The fileno of a socket that accept() made: known to be connected, non-blocking and not shared. */
class _AcceptedFd {
  constructor(readonly fd: number) {}
}

/**
 * One try of a data call on `fd` for #io(): its result, or -errno. With `block` the call may wait
 * in the kernel (a receive on an fd in blocking mode, or sysAttemptBlocking's probe). The
 * arguments are passed along rather than captured, so that a call makes no closure.
 */
type Attempt<T, A, B, C> = (fd: number, block: boolean, a: A, b: B, c: C) => T | number;

// The buffer is taken and emptied inside the attempt: it is shared by every socket, and another
// socket's recv may run while this one waits or before this call resolves.
function _recvOnce(fd: number, block: boolean, n: number, flags: number): bytes | number {
  const buf = _recvBuffer(n);
  const r = sysRecv(fd, buf, Math.min(n, buf.length), flags, block);
  return r < 0 ? r : _received(buf, r);
}

function _recvfromOnce(fd: number, block: boolean, n: number, flags: number): { data: bytes; addr: SockAddr | undefined } | number {
  const buf = _recvBuffer(n);
  const r = sysRecvfrom(fd, buf, Math.min(n, buf.length), flags, block);
  return typeof r === 'number' ? r : { data: _received(buf, r.n), addr: r.addr };
}

function _recvIntoOnce(fd: number, block: boolean, target: Uint8Array, n: number, flags: number): number {
  return sysRecv(fd, target, n, flags, block);
}

function _recvfromIntoOnce(fd: number, block: boolean, target: Uint8Array, n: number, flags: number): { n: number; addr: SockAddr | undefined } | number {
  return sysRecvfrom(fd, target, n, flags, block);
}

function _sendOnce(fd: number, block: boolean, buf: Uint8Array, flags: number): number {
  return sysSend(fd, buf, buf.length, flags, block);
}

function _sendtoOnce(fd: number, block: boolean, buf: Uint8Array, flags: number, addr: Buffer): number {
  return sysSendto(fd, buf, buf.length, flags, addr, block);
}

/** Applies `f` to a value now, or to a Promise's value when it comes. */
function _then<T, U>(x: T | Promise<T>, f: (value: T) => U | Promise<U>): U | Promise<U> {
  return x instanceof Promise ? x.then(f) : f(x);
}

/** "takes 1 positional argument but N were given", for methods that take only self. */
function _noArguments(name: string, given: number): void {
  if (given > 0) throw new TypeError(`socket.${name}() takes 1 positional argument but ${given + 1} were given`);
}

function _isIndex(x: unknown): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean' || typeof x === 'bigint';
}

function _isCInt(x: unknown): boolean {
  if (!_isIndex(x)) return false;
  const n = Number(x);
  return n >= -2147483648 && n <= 2147483647;
}

/** PyArg "I": an int taken modulo 2**32, without an overflow check. */
function _asCUnsigned(x: unknown): number {
  return Number(BigInt.asUintN(32, BigInt(asIndex(x))));
}

function _sockoptInt(fd: number, name: number): number {
  const r = sysGetsockoptInt(fd, SOL_SOCKET, name);
  if (typeof r !== 'number') throw osError(r.errno);
  return r;
}

function _writableView(buffer: unknown, caller = 'recv_into'): Uint8Array {
  // socklab's bytes is a Uint8Array, but Python's bytes is read-only.
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof bytes)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  const name = buffer === null || buffer === undefined ? 'None' : pyTypeName(buffer);
  throw new TypeError(`${caller}() argument 1 must be read-write bytes-like object, not ${name}`);
}

function _unpackTarget(target: unknown, family: number): SockAddr | undefined {
  try {
    return toSockAddr(family, target, 'sendto');
  } catch {
    return undefined;
  }
}

/** The read-only view of a socket that the REPL and the lessons use. */
export function describeSocket(sock: Socket): SocketInfo {
  return _describe(sock);
}

/**
 * Keeps an error that no one waited for (a socket-API Promise rejected with no handler) so that
 * the socket's next call raises it, as the kernel keeps a pending error. Returns false when
 * `promise` is not a socket-API Promise.
 */
export function keepUnobservedError(promise: Promise<unknown>, reason: unknown): boolean {
  const call = (promise as unknown as Record<symbol, SocketCall | undefined>)[SOCKET_CALL];
  if (!call) return false;
  if (call.sock) _keepError(call.sock, reason);
  return true;
}

/**
 * The last socket call that answered at once, unmarked (#async). The implicit await asks about a
 * call's Promise right after the call returned it (`__sl_box(s.recv(1024))`), so the last one is
 * the one it asks about.
 */
let _answered: Promise<unknown> | undefined;

/**
 * Whether `x` is a Promise returned by the socket API. (`_answered` is undefined until a call has
 * answered at once, and a boxed call such as shutdown() or join() returns undefined.)
 */
export function isSocketCall(x: unknown): x is Promise<unknown> {
  return (x === _answered && x !== undefined) || (typeof x === 'object' && x !== null && SOCKET_CALL in x);
}

/** Whether `x` is a socket call's Promise that was fulfilled when it was returned: it cannot be interrupted. */
export function answeredAtOnce(x: unknown): boolean {
  return x === _answered && x !== undefined;
}

export { AF_INET, AF_INET6, AF_UNIX };
