// The socket API's calls that CPython implements in C without keyword parameters (METH_O,
// METH_VARARGS): `s.recv(bufsize=1024)` is CPython's "recv() takes no keyword arguments". The
// label is how CPython names the function in that message (`socket.bind()`, `_socket.htonl()`).
// The TypeScript REPL's kwcall and the Python front end's calls both refuse keywords with it.

/** socket object methods, by name, and their labels. */
export const NO_KEYWORDS_METHODS: Readonly<Record<string, string>> = {
  ...Object.fromEntries([
    'bind', 'connect', 'connect_ex', 'fileno', 'getblocking', 'getpeername', 'getsockname', 'gettimeout',
    'setblocking', 'settimeout', 'shutdown',
  ].map((name) => [name, `socket.${name}()`])),
  ...Object.fromEntries(['getsockopt', 'listen', 'recv', 'recvfrom', 'send', 'sendall', 'sendto', 'setsockopt'].map((name) => [name, `${name}()`])),
};

/** socket module functions, by name, and their labels. */
export const NO_KEYWORDS_FUNCTIONS: Readonly<Record<string, string>> = {
  gethostname: '_socket.gethostname()', gethostbyname: 'gethostbyname()', gethostbyname_ex: 'gethostbyname_ex()',
  getservbyname: 'getservbyname()', getservbyport: 'getservbyport()', getprotobyname: 'getprotobyname()',
  getdefaulttimeout: '_socket.getdefaulttimeout()', setdefaulttimeout: '_socket.setdefaulttimeout()',
  inet_aton: 'inet_aton()', inet_ntoa: 'inet_ntoa()', inet_pton: 'inet_pton()', inet_ntop: 'inet_ntop()',
  htons: 'htons()', ntohs: 'ntohs()', htonl: '_socket.htonl()', ntohl: '_socket.ntohl()',
  getnameinfo: 'getnameinfo()', gethostbyaddr: 'gethostbyaddr()',
};
