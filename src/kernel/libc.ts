// The C library, through koffi. This is the only file that declares libc functions (libz.ts declares zlib's).
// Conventions for the wrappers in syscalls.ts: a call returns its result, or -errno on
// failure, read with koffi.errno() immediately after the call (nothing else may run in between).
import { createRequire } from 'node:module';
import { SUPPORTED } from './platform.ts';

// koffi is required on first use, not imported: finding and loading its native module costs
// about 7 ms, and the REPL reaches its first prompt without a system call. So is the require
// function (cli.ts loads this file for its error class at every start).
let _require: NodeJS.Require | undefined;

/** Thrown at start-up on a platform without a backend; the CLI prints its message and exits 1. */
export class UnsupportedPlatformError extends Error {
  constructor(readonly platform: string) {
    super(`socklab needs Linux: there is no socket backend for ${platform} yet.`);
    this.name = 'UnsupportedPlatformError';
  }
}

function _load() {
  if (!SUPPORTED) throw new UnsupportedPlatformError(process.platform);
  _require ??= createRequire(import.meta.url);
  const koffi = _require('koffi') as typeof import('koffi');
  const lib = koffi.load('libc.so.6');
  const addrinfo = koffi.struct('socklab_addrinfo', {
    ai_flags: 'int',
    ai_family: 'int',
    ai_socktype: 'int',
    ai_protocol: 'int',
    ai_addrlen: 'uint32_t',
    ai_addr: 'void *',
    ai_canonname: 'char *',
    ai_next: 'void *',
  });
  // netdb.h's struct servent and struct protoent (the aliases are not read).
  const servent = koffi.struct('socklab_servent', { s_name: 'char *', s_aliases: 'void *', s_port: 'int', s_proto: 'char *' });
  const protoent = koffi.struct('socklab_protoent', { p_name: 'char *', p_aliases: 'void *', p_proto: 'int' });
  return {
    koffi,
    addrinfo,
    servent,
    protoent,
    socket: lib.func('int socket(int domain, int type, int protocol)'),
    socketpair: lib.func('int socketpair(int domain, int type, int protocol, _Out_ int *sv)'),
    bind: lib.func('int bind(int fd, const void *addr, uint32_t len)'),
    listen: lib.func('int listen(int fd, int backlog)'),
    accept4: lib.func('int accept4(int fd, void *addr, void *len, int flags)'),
    connect: lib.func('int connect(int fd, const void *addr, uint32_t len)'),
    getsockname: lib.func('int getsockname(int fd, void *addr, void *len)'),
    getpeername: lib.func('int getpeername(int fd, void *addr, void *len)'),
    recv: lib.func('intptr_t recv(int fd, void *buf, uintptr_t n, int flags)'),
    recvfrom: lib.func('intptr_t recvfrom(int fd, void *buf, uintptr_t n, int flags, void *addr, void *len)'),
    send: lib.func('intptr_t send(int fd, const void *buf, uintptr_t n, int flags)'),
    sendto: lib.func('intptr_t sendto(int fd, const void *buf, uintptr_t n, int flags, const void *addr, uint32_t len)'),
    shutdown: lib.func('int shutdown(int fd, int how)'),
    close: lib.func('int close(int fd)'),
    setsockopt: lib.func('int setsockopt(int fd, int level, int name, const void *val, uint32_t len)'),
    getsockopt: lib.func('int getsockopt(int fd, int level, int name, void *val, void *len)'),
    fcntl: lib.func('int fcntl(int fd, int cmd, ...)'),
    dup: lib.func('int dup(int fd)'),
    poll: lib.func('int poll(void *fds, uint64_t nfds, int timeout)'),
    ppoll: lib.func('int ppoll(void *fds, uint64_t nfds, const void *tmo, const void *sigmask)'),
    epoll_create1: lib.func('int epoll_create1(int flags)'),
    epoll_ctl: lib.func('int epoll_ctl(int epfd, int op, int fd, void *event)'),
    epoll_wait: lib.func('int epoll_wait(int epfd, void *events, int maxevents, int timeout)'),
    sched_yield: lib.func('int sched_yield()'),
    eventfd: lib.func('int eventfd(unsigned int initval, int flags)'),
    read: lib.func('intptr_t read(int fd, void *buf, uintptr_t n)'),
    write: lib.func('intptr_t write(int fd, const void *buf, uintptr_t n)'),
    strerror: lib.func('const char *strerror(int errnum)'),
    gai_strerror: lib.func('const char *gai_strerror(int errcode)'),
    gethostname: lib.func('int gethostname(void *name, uintptr_t len)'),
    getaddrinfo: lib.func('int getaddrinfo(const char *node, const char *service, const socklab_addrinfo *hints, _Out_ void **res)'),
    freeaddrinfo: lib.func('void freeaddrinfo(void *res)'),
    getnameinfo: lib.func('int getnameinfo(const void *addr, uint32_t addrlen, void *host, uint32_t hostlen, void *serv, uint32_t servlen, int flags)'),
    getservbyname: lib.func('void *getservbyname(const char *name, const char *proto)'),
    getservbyport: lib.func('void *getservbyport(int port, const char *proto)'),
    getprotobyname: lib.func('void *getprotobyname(const char *name)'),
    inet_pton: lib.func('int inet_pton(int af, const char *src, void *dst)'),
    inet_ntop: lib.func('const char *inet_ntop(int af, const void *src, void *dst, uint32_t size)'),
    errno: () => koffi.errno(),
  };
}

let _libc: ReturnType<typeof _load> | undefined;

/** The loaded C library (loaded on first use: about 5 ms). */
export function libc(): ReturnType<typeof _load> {
  return (_libc ??= _load());
}
