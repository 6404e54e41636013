// Thin, allocation-light wrappers over the socket system calls. Each returns its result
// (>= 0) or -errno; nothing here throws for a failed call, so the socket layer decides what
// a failure means in Python's terms. Every fd is created non-blocking (CPython's sock_call
// discipline: try the call, wait for readiness on EAGAIN, retry). A socket whose program has
// nothing else to do may put its fd in blocking mode for a while (sysSetRecvBlocking), so the
// data calls pass MSG_DONTWAIT themselves: only a call given `block` ever waits.
import { libc } from './libc.ts';
import { CONSTANTS, EPOLL, ERRNO, FCNTL, POLL, SOCKADDR } from './platform.ts';
import { unpackSockAddr, type SockAddr } from './sockaddr.ts';

const NONBLOCK_CLOEXEC = CONSTANTS.SOCK_NONBLOCK | CONSTANTS.SOCK_CLOEXEC;
const { MSG_DONTWAIT, MSG_NOSIGNAL } = CONSTANTS;

// Scratch buffers for out-parameters; safe because every call here is synchronous.
const _addr = Buffer.alloc(SOCKADDR.STORAGE_LEN);
const _len = Buffer.alloc(4);
const _int = Buffer.alloc(4);

function _fail(): number {
  return -libc().errno();
}

function _ret(result: number): number {
  return result < 0 ? _fail() : result;
}

export function sysSocket(family: number, type: number, proto: number): number {
  return _ret(libc().socket(family, type | NONBLOCK_CLOEXEC, proto));
}

export function sysSocketpair(family: number, type: number, proto: number): [number, number] | number {
  const fds = [0, 0];
  const r = libc().socketpair(family, type | NONBLOCK_CLOEXEC, proto, fds);
  return r < 0 ? _fail() : [fds[0] ?? -1, fds[1] ?? -1];
}

export function sysBind(fd: number, addr: Buffer): number {
  return _ret(libc().bind(fd, addr, addr.length));
}

export function sysListen(fd: number, backlog: number): number {
  return _ret(libc().listen(fd, backlog));
}

export function sysAccept(fd: number): { fd: number; addr: SockAddr | undefined } | number {
  _len.writeUInt32LE(_addr.length, 0);
  const r = libc().accept4(fd, _addr, _len, NONBLOCK_CLOEXEC);
  if (r < 0) return _fail();
  return { fd: r, addr: unpackSockAddr(_addr, _len.readUInt32LE(0)) };
}

export function sysConnect(fd: number, addr: Buffer): number {
  return _ret(libc().connect(fd, addr, addr.length));
}

function _nameCall(fn: (fd: number, a: Buffer, l: Buffer) => number, fd: number): SockAddr | number {
  _len.writeUInt32LE(_addr.length, 0);
  const r = fn(fd, _addr, _len);
  if (r < 0) return _fail();
  return unpackSockAddr(_addr, _len.readUInt32LE(0)) ?? -22;
}

export function sysGetsockname(fd: number): SockAddr | number {
  return _nameCall(libc().getsockname, fd);
}

export function sysGetpeername(fd: number): SockAddr | number {
  return _nameCall(libc().getpeername, fd);
}

/** recv(2); with `block` it may wait (an fd in blocking mode: sysSetRecvBlocking), otherwise never. */
export function sysRecv(fd: number, buf: Uint8Array, n: number, flags: number, block = false): number {
  return _ret(Number(libc().recv(fd, buf, n, block ? flags : flags | MSG_DONTWAIT)));
}

export function sysRecvfrom(fd: number, buf: Uint8Array, n: number, flags: number, block = false): { n: number; addr: SockAddr | undefined } | number {
  _len.writeUInt32LE(_addr.length, 0);
  const r = Number(libc().recvfrom(fd, buf, n, block ? flags : flags | MSG_DONTWAIT, _addr, _len));
  if (r < 0) return _fail();
  return { n: r, addr: unpackSockAddr(_addr, _len.readUInt32LE(0)) };
}

/** send(2), which never blocks unless `block` is given (sysAttemptBlocking's probe). */
export function sysSend(fd: number, buf: Uint8Array, n: number, flags: number, block = false): number {
  return _ret(Number(libc().send(fd, buf, n, block ? flags | MSG_NOSIGNAL : flags | MSG_NOSIGNAL | MSG_DONTWAIT)));
}

export function sysSendto(fd: number, buf: Uint8Array, n: number, flags: number, addr: Buffer, block = false): number {
  return _ret(Number(libc().sendto(fd, buf, n, block ? flags | MSG_NOSIGNAL : flags | MSG_NOSIGNAL | MSG_DONTWAIT, addr, addr.length)));
}

export function sysShutdown(fd: number, how: number): number {
  return _ret(libc().shutdown(fd, how));
}

export function sysClose(fd: number): number {
  return _ret(libc().close(fd));
}

/** setsockopt(2) with an int, a buffer, or (null) a NULL pointer and `nullLength`, as CPython passes None. */
export function sysSetsockopt(fd: number, level: number, name: number, value: number | Uint8Array | null, nullLength = 0): number {
  if (value === null) return _ret(libc().setsockopt(fd, level, name, null, nullLength));
  if (typeof value === 'number') {
    _int.writeInt32LE(value | 0, 0);
    return _ret(libc().setsockopt(fd, level, name, _int, 4));
  }
  return _ret(libc().setsockopt(fd, level, name, value, value.length));
}

export function sysGetsockoptInt(fd: number, level: number, name: number): number | { errno: number } {
  _int.writeInt32LE(0, 0);
  _len.writeUInt32LE(4, 0);
  const r = libc().getsockopt(fd, level, name, _int, _len);
  return r < 0 ? { errno: libc().errno() } : _int.readInt32LE(0);
}

export function sysGetsockoptBytes(fd: number, level: number, name: number, buflen: number): Buffer | { errno: number } {
  const out = Buffer.alloc(buflen);
  _len.writeUInt32LE(buflen, 0);
  const r = libc().getsockopt(fd, level, name, out, _len);
  return r < 0 ? { errno: libc().errno() } : out.subarray(0, _len.readUInt32LE(0));
}

/** Makes an fd that came from elsewhere (socket(fileno=...), fromfd) non-blocking. */
export function sysSetNonBlocking(fd: number): number {
  const flags = libc().fcntl(fd, FCNTL.F_GETFL, 'int', 0);
  if (flags < 0) return _fail();
  return _ret(libc().fcntl(fd, FCNTL.F_SETFL, 'int', flags | FCNTL.O_NONBLOCK));
}

const _timeval = Buffer.alloc(16);
const _savedTimeval = Buffer.alloc(16);

/**
 * Runs `attempt` once with `fd` in blocking mode and SO_RCVTIMEO (events POLLIN) or SO_SNDTIMEO
 * (POLLOUT) set to `timeoutUs`, then puts the fd back as it was. This gives the kernel's answer
 * to a blocking call where a non-blocking one says EAGAIN although poll(2) reports the fd ready:
 * a shut-down UDP socket's recvfrom() returns 0, a shut-down AF_UNIX listener's accept() fails
 * with EINVAL, as CPython's blocking calls see them. It blocks the thread for at most timeoutUs
 * (then the call answers EAGAIN), so keep that short.
 */
export function sysAttemptBlocking<T>(fd: number, events: number, timeoutUs: number, attempt: () => T): T {
  const flags = libc().fcntl(fd, FCNTL.F_GETFL, 'int', 0);
  if (flags < 0) return attempt();
  const option = events & POLL.POLLOUT ? CONSTANTS.SO_SNDTIMEO : CONSTANTS.SO_RCVTIMEO;
  _len.writeUInt32LE(16, 0);
  const saved = libc().getsockopt(fd, CONSTANTS.SOL_SOCKET, option, _savedTimeval, _len) === 0;
  const us = Math.max(1, Math.floor(timeoutUs));
  _timeval.writeBigInt64LE(BigInt(Math.floor(us / 1e6)), 0);
  _timeval.writeBigInt64LE(BigInt(us % 1e6), 8);
  libc().setsockopt(fd, CONSTANTS.SOL_SOCKET, option, _timeval, 16);
  libc().fcntl(fd, FCNTL.F_SETFL, 'int', flags & ~FCNTL.O_NONBLOCK);
  try {
    return attempt();
  } finally {
    libc().fcntl(fd, FCNTL.F_SETFL, 'int', flags | FCNTL.O_NONBLOCK);
    if (saved) libc().setsockopt(fd, CONSTANTS.SOL_SOCKET, option, _savedTimeval, 16);
  }
}

/**
 * Puts `fd` in blocking mode with SO_RCVTIMEO set to `timeoutUs` (on), or back in non-blocking mode
 * with no receive timeout (off). In blocking mode a recv with `block` waits in the kernel, as
 * CPython's recv on a socket without a timeout does (one system call per wait instead of three:
 * recv, poll, recv), for at most `timeoutUs`, and a signal ends it with EINTR whatever SA_RESTART
 * says (signal(7): input socket calls with SO_RCVTIMEO are never restarted). Turning it on fails
 * (false) when the fd already has a receive timeout of its own (set by the program), which this
 * would lose. The other calls pass MSG_DONTWAIT, so they still never block; accept(2) and
 * connect(2) do not take flags: a socket must be turned off before them.
 */
export function sysSetRecvBlocking(fd: number, on: boolean, timeoutUs = 0): boolean {
  const flags = libc().fcntl(fd, FCNTL.F_GETFL, 'int', 0);
  if (flags < 0) return false;
  if (on) {
    _len.writeUInt32LE(16, 0);
    if (libc().getsockopt(fd, CONSTANTS.SOL_SOCKET, CONSTANTS.SO_RCVTIMEO, _timeval, _len) !== 0) return false;
    if (_timeval.readBigInt64LE(0) !== 0n || _timeval.readBigInt64LE(8) !== 0n) return false;
  }
  const us = on ? Math.max(1, Math.floor(timeoutUs)) : 0;
  _timeval.writeBigInt64LE(BigInt(Math.floor(us / 1e6)), 0);
  _timeval.writeBigInt64LE(BigInt(us % 1e6), 8);
  if (libc().setsockopt(fd, CONSTANTS.SOL_SOCKET, CONSTANTS.SO_RCVTIMEO, _timeval, 16) !== 0) return false;
  return libc().fcntl(fd, FCNTL.F_SETFL, 'int', on ? flags & ~FCNTL.O_NONBLOCK : flags | FCNTL.O_NONBLOCK) === 0;
}

/** Whether `fd` is in blocking mode (O_NONBLOCK clear). */
export function sysIsBlocking(fd: number): boolean {
  const flags = libc().fcntl(fd, FCNTL.F_GETFL, 'int', 0);
  return flags >= 0 && (flags & FCNTL.O_NONBLOCK) === 0;
}

const _pollfd = Buffer.alloc(8);
const _timespec = Buffer.alloc(16);

/**
 * poll(2) on one fd from this thread for at most `timeoutUs` microseconds: its revents, 0 when
 * the time ran out (or a signal interrupted it), or -errno. It blocks the event loop, so it is
 * only for waits known to be short (see BriefWait).
 */
export function sysPollOne(fd: number, events: number, timeoutUs: number): number {
  const us = Math.max(0, Math.floor(timeoutUs));
  _pollfd.writeInt32LE(fd, 0);
  _pollfd.writeInt16LE(events, 4);
  _pollfd.writeInt16LE(0, 6);
  // struct timespec { long tv_sec; long tv_nsec; } on 64-bit Linux (little-endian halves).
  _timespec.writeUInt32LE(Math.floor(us / 1e6), 0);
  _timespec.writeUInt32LE((us % 1e6) * 1000, 8);
  const r = libc().ppoll(_pollfd, 1, _timespec, null);
  if (r < 0) {
    const errno = libc().errno();
    return errno === ERRNO.EINTR ? 0 : -errno;
  }
  return r === 0 ? 0 : _pollfd.readInt16LE(6);
}

/** epoll_create1(2) with EPOLL_CLOEXEC: a program's own epoll set (select.epoll). */
export function sysEpollCreate(): number {
  return _ret(libc().epoll_create1(EPOLL.CLOEXEC));
}

const _epollEvent = Buffer.alloc(EPOLL.EVENT_SIZE);

/** epoll_ctl(2): `op` (EPOLL.CTL_ADD / CTL_MOD / CTL_DEL) of `fd` with `events` (EPOLLET, EPOLLONESHOT too), data = fd. */
export function sysEpollCtl(epfd: number, op: number, fd: number, events: number): number {
  _epollEvent.fill(0);
  _epollEvent.writeUInt32LE(events >>> 0, 0);
  _epollEvent.writeInt32LE(fd, EPOLL.DATA_OFFSET);
  return _ret(libc().epoll_ctl(epfd, op, fd, _epollEvent));
}

/** epoll_wait(2) that does not wait (timeout 0): up to `max` [fd, events] pairs, or -errno. */
export function sysEpollWaitNow(epfd: number, max: number): [number, number][] | number {
  const buf = Buffer.alloc(EPOLL.EVENT_SIZE * max);
  const n = libc().epoll_wait(epfd, buf, max, 0);
  if (n < 0) return _fail();
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) out.push([buf.readInt32LE(i * EPOLL.EVENT_SIZE + EPOLL.DATA_OFFSET), buf.readUInt32LE(i * EPOLL.EVENT_SIZE)]);
  return out;
}

/** sched_yield(2): lets another runnable process on this core go first. */
export function sysYield(): void {
  libc().sched_yield();
}

export function sysDup(fd: number): number {
  return _ret(libc().dup(fd));
}

/** glibc's message for an errno, which is what Python prints (`Connection refused`). */
export function strerror(errno: number): string {
  return libc().strerror(errno) ?? `Unknown error ${errno}`;
}

/** glibc's message for a getaddrinfo error (`Name or service not known`). */
export function gaiStrerror(code: number): string {
  return libc().gai_strerror(code) ?? `Unknown error ${code}`;
}

/** getservbyname(3) over /etc/services: the port (host order), or null when there is no such entry. */
export function sysGetservbyname(name: string, proto: string | null): number | null {
  const { koffi, servent, getservbyname } = libc();
  const found = getservbyname(name, proto);
  if (!found) return null;
  const port = (koffi.decode(found, servent) as { s_port: number }).s_port;
  return ((port & 0xff) << 8) | ((port >> 8) & 0xff);
}

/** getservbyport(3): the service name of a port (host order), or null. */
export function sysGetservbyport(port: number, proto: string | null): string | null {
  const { koffi, servent, getservbyport } = libc();
  const found = getservbyport(((port & 0xff) << 8) | ((port >> 8) & 0xff), proto);
  if (!found) return null;
  return (koffi.decode(found, servent) as { s_name: string }).s_name;
}

/** getprotobyname(3) over /etc/protocols: the protocol number, or null. */
export function sysGetprotobyname(name: string): number | null {
  const { koffi, protoent, getprotobyname } = libc();
  const found = getprotobyname(name);
  if (!found) return null;
  return (koffi.decode(found, protoent) as { p_proto: number }).p_proto;
}

export function sysGethostname(): string {
  const buf = Buffer.alloc(256);
  libc().gethostname(buf, buf.length);
  const end = buf.indexOf(0);
  return buf.subarray(0, end === -1 ? buf.length : end).toString('utf8');
}
