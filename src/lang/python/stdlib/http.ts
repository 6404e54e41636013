// Python's http package: http.HTTPStatus, http.client (HTTPConnection, HTTPResponse, HTTPMessage,
// parse_headers and the exceptions) and http.server (HTTPServer, ThreadingHTTPServer,
// BaseHTTPRequestHandler), written in Python and run by the first import of each (as heapq is),
// from the http.client/http.server documentation, RFC 9112's message syntax and python3 3.11's
// behaviour: the bytes a request puts on the wire (header order, Host, Accept-Encoding, chunked
// bodies), how a response is framed (Content-Length, chunked, read until close), the request line's
// checks and their error pages, and the log line on stderr. HTTPStatus's table is python3's data
// (printed from its members). Differences: HTTPMessage is a small class of its own (no email
// package), RemoteDisconnected is a ConnectionResetError only (socklab classes have one base), and
// a response that ends the connection owns the socket and closes it when read (socklab's makefile
// does not keep a closed socket's fd alive). Left out: HTTPS, tunnels, debug output, HTTPMethod,
// SimpleHTTPRequestHandler and CGIHTTPRequestHandler.

/** http (its __init__): HTTPStatus. */
export const HTTP_SOURCE = String.raw`from enum import IntEnum

# code NAME|phrase|description, one status a line (python3's HTTPStatus, in its order).
_STATUS_TABLE = """
100 CONTINUE|Continue|Request received, please continue
101 SWITCHING_PROTOCOLS|Switching Protocols|Switching to new protocol; obey Upgrade header
102 PROCESSING|Processing|
103 EARLY_HINTS|Early Hints|
200 OK|OK|Request fulfilled, document follows
201 CREATED|Created|Document created, URL follows
202 ACCEPTED|Accepted|Request accepted, processing continues off-line
203 NON_AUTHORITATIVE_INFORMATION|Non-Authoritative Information|Request fulfilled from cache
204 NO_CONTENT|No Content|Request fulfilled, nothing follows
205 RESET_CONTENT|Reset Content|Clear input form for further input
206 PARTIAL_CONTENT|Partial Content|Partial content follows
207 MULTI_STATUS|Multi-Status|
208 ALREADY_REPORTED|Already Reported|
226 IM_USED|IM Used|
300 MULTIPLE_CHOICES|Multiple Choices|Object has several resources -- see URI list
301 MOVED_PERMANENTLY|Moved Permanently|Object moved permanently -- see URI list
302 FOUND|Found|Object moved temporarily -- see URI list
303 SEE_OTHER|See Other|Object moved -- see Method and URL list
304 NOT_MODIFIED|Not Modified|Document has not changed since given time
305 USE_PROXY|Use Proxy|You must use proxy specified in Location to access this resource
307 TEMPORARY_REDIRECT|Temporary Redirect|Object moved temporarily -- see URI list
308 PERMANENT_REDIRECT|Permanent Redirect|Object moved permanently -- see URI list
400 BAD_REQUEST|Bad Request|Bad request syntax or unsupported method
401 UNAUTHORIZED|Unauthorized|No permission -- see authorization schemes
402 PAYMENT_REQUIRED|Payment Required|No payment -- see charging schemes
403 FORBIDDEN|Forbidden|Request forbidden -- authorization will not help
404 NOT_FOUND|Not Found|Nothing matches the given URI
405 METHOD_NOT_ALLOWED|Method Not Allowed|Specified method is invalid for this resource
406 NOT_ACCEPTABLE|Not Acceptable|URI not available in preferred format
407 PROXY_AUTHENTICATION_REQUIRED|Proxy Authentication Required|You must authenticate with this proxy before proceeding
408 REQUEST_TIMEOUT|Request Timeout|Request timed out; try again later
409 CONFLICT|Conflict|Request conflict
410 GONE|Gone|URI no longer exists and has been permanently removed
411 LENGTH_REQUIRED|Length Required|Client must specify Content-Length
412 PRECONDITION_FAILED|Precondition Failed|Precondition in headers is false
413 REQUEST_ENTITY_TOO_LARGE|Request Entity Too Large|Entity is too large
414 REQUEST_URI_TOO_LONG|Request-URI Too Long|URI is too long
415 UNSUPPORTED_MEDIA_TYPE|Unsupported Media Type|Entity body in unsupported format
416 REQUESTED_RANGE_NOT_SATISFIABLE|Requested Range Not Satisfiable|Cannot satisfy request range
417 EXPECTATION_FAILED|Expectation Failed|Expect condition could not be satisfied
418 IM_A_TEAPOT|I'm a Teapot|Server refuses to brew coffee because it is a teapot.
421 MISDIRECTED_REQUEST|Misdirected Request|Server is not able to produce a response
422 UNPROCESSABLE_ENTITY|Unprocessable Entity|
423 LOCKED|Locked|
424 FAILED_DEPENDENCY|Failed Dependency|
425 TOO_EARLY|Too Early|
426 UPGRADE_REQUIRED|Upgrade Required|
428 PRECONDITION_REQUIRED|Precondition Required|The origin server requires the request to be conditional
429 TOO_MANY_REQUESTS|Too Many Requests|The user has sent too many requests in a given amount of time ("rate limiting")
431 REQUEST_HEADER_FIELDS_TOO_LARGE|Request Header Fields Too Large|The server is unwilling to process the request because its header fields are too large
451 UNAVAILABLE_FOR_LEGAL_REASONS|Unavailable For Legal Reasons|The server is denying access to the resource as a consequence of a legal demand
500 INTERNAL_SERVER_ERROR|Internal Server Error|Server got itself in trouble
501 NOT_IMPLEMENTED|Not Implemented|Server does not support this operation
502 BAD_GATEWAY|Bad Gateway|Invalid responses from another server/proxy
503 SERVICE_UNAVAILABLE|Service Unavailable|The server cannot process the request due to a high load
504 GATEWAY_TIMEOUT|Gateway Timeout|The gateway server did not receive a timely response
505 HTTP_VERSION_NOT_SUPPORTED|HTTP Version Not Supported|Cannot fulfill request
506 VARIANT_ALSO_NEGOTIATES|Variant Also Negotiates|
507 INSUFFICIENT_STORAGE|Insufficient Storage|
508 LOOP_DETECTED|Loop Detected|
510 NOT_EXTENDED|Not Extended|
511 NETWORK_AUTHENTICATION_REQUIRED|Network Authentication Required|The client needs to authenticate to gain network access
"""

def _statuses():
    for line in _STATUS_TABLE.strip().splitlines():
        code, _, rest = line.partition(' ')
        name, phrase, description = rest.split('|')
        yield int(code), name, phrase, description

HTTPStatus = IntEnum("HTTPStatus", [(name, code) for code, name, _phrase, _description in _statuses()])
for _code, _, _phrase, _description in _statuses():
    HTTPStatus(_code).phrase = _phrase
    HTTPStatus(_code).description = _description
`;

/** http.client. */
export const HTTP_CLIENT_SOURCE = String.raw`import socket
from http import HTTPStatus

HTTP_PORT = 80
HTTPS_PORT = 443

responses = {status: status.phrase for status in HTTPStatus}
for _status in HTTPStatus:
    globals()[_status.name] = _status

_MAXLINE = 65536
_MAXHEADERS = 100
_NOT_READ = 'UNKNOWN'  # what status, version, length... read before begin()
# A connection's states, as its ImproperConnectionState errors name them.
_IDLE, _STARTED, _SENT = 'Idle', 'Request-started', 'Request-sent'
_BODY_EXPECTED = ('PATCH', 'POST', 'PUT')
_END_OF_HEADERS = (b'\r\n', b'\n', b'')


class HTTPException(Exception):
    """The base of http.client's own errors."""

class NotConnected(HTTPException):
    """send() on a connection that is closed and does not open itself (auto_open false)."""

class InvalidURL(HTTPException):
    """A host with a port that is not a number, or a URL with control characters."""

class UnknownProtocol(HTTPException):
    """A status line whose version is neither HTTP/1.0 nor HTTP/1.x."""
    def __init__(self, version):
        self.version = version
        super().__init__(version)

class UnknownTransferEncoding(HTTPException):
    """Kept for compatibility: python3 never raises it either."""

class UnimplementedFileMode(HTTPException):
    """Kept for compatibility: python3 never raises it either."""

class IncompleteRead(HTTPException):
    """The body ended before its Content-Length or its last chunk."""
    def __init__(self, partial, expected=None):
        self.expected = expected
        self.partial = partial
        super().__init__(partial)

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    def __str__(self):
        return repr(self)

class ImproperConnectionState(HTTPException):
    """A call out of turn; the message names the connection's state."""

class CannotSendRequest(ImproperConnectionState):
    """A new request before the previous response was read."""

class CannotSendHeader(ImproperConnectionState):
    """putheader() or endheaders() outside a request being written."""

class ResponseNotReady(ImproperConnectionState):
    """getresponse() with no request sent, or with the last response unread."""

class BadStatusLine(HTTPException):
    """A first line that is not HTTP/x.y NNN reason."""
    def __init__(self, line):
        self.line = line or repr(line)
        super().__init__(self.line)

class LineTooLong(HTTPException):
    """A status, header or chunk-size line longer than 65536 bytes."""
    def __init__(self, line_type):
        super().__init__('got more than %d bytes when reading %s' % (_MAXLINE, line_type))

class RemoteDisconnected(ConnectionResetError):
    pass

error = HTTPException


class HTTPMessage:
    """A message's header fields, in order; names compare without case."""

    def __init__(self):
        self._fields = []
        self._first = None

    def _first_values(self):
        # name.lower() -> its first value, rebuilt after a change (get() is the hot path).
        if self._first is None:
            self._first = {}
            for key, value in self._fields:
                self._first.setdefault(key.lower(), value)
        return self._first

    @classmethod
    def _from_text(cls, text):
        message = cls()
        fields = message._fields
        for line in text.splitlines(True):
            if line in ('\r\n', '\n'):
                break
            if line[:1] in (' ', '\t') and fields:
                name, value = fields[-1]
                fields[-1] = (name, value + '\r\n' + line.rstrip('\r\n'))
                continue
            name, colon, value = line.partition(':')
            if not colon:
                break
            fields.append((name, value.lstrip(' \t').rstrip('\r\n')))
        return message

    def __len__(self):
        return len(self._fields)

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, name):
        return name.lower() in self._first_values()

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._fields.append((name, value))
        self._first = None

    def __delitem__(self, name):
        wanted = name.lower()
        self._fields = [field for field in self._fields if field[0].lower() != wanted]
        self._first = None

    def get(self, name, failobj=None):
        first = self._first if self._first is not None else self._first_values()
        return first.get(name.lower(), failobj)

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [value for key, value in self._fields if key.lower() == wanted]
        return found or failobj

    def keys(self):
        return [key for key, _ in self._fields]

    def values(self):
        return [value for _, value in self._fields]

    def items(self):
        return list(self._fields)

    def get_content_type(self):
        kind = self.get('content-type', '').split(';')[0].strip().lower()
        return kind if kind.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_content_charset(self, failobj=None):
        for param in self.get('content-type', '').split(';')[1:]:
            key, _, value = param.partition('=')
            if key.strip().lower() == 'charset':
                return value.strip().strip('"').lower()
        return failobj

    def as_string(self):
        lines = ['%s: %s\n' % (key, value.replace('\r\n', '\n')) for key, value in self._fields]
        return ''.join(lines) + '\n'

    def __str__(self):
        return self.as_string()


def _header_lines(fp):
    # The raw lines up to and including the blank one (or the end of the stream).
    lines = []
    while not lines or lines[-1] not in _END_OF_HEADERS:
        if len(lines) == _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        lines.append(fp.readline(_MAXLINE + 1))
        if len(lines[-1]) > _MAXLINE:
            raise LineTooLong('header line')
    return lines

def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from fp up to the blank line; return them as an HTTPMessage."""
    return _class._from_text(b''.join(_header_lines(fp)).decode('iso-8859-1'))


class HTTPResponse:
    """The response to one request, read from the connection's socket."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self._owned_socket = None
        self._closed = False
        self.headers = self.msg = None
        self.version = self.status = self.reason = _NOT_READ
        self.chunked = self.chunk_left = self.length = self.will_close = _NOT_READ

    def _status_line(self):
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong('status line')
        line = raw.decode('iso-8859-1')
        if not line:
            # The server closed without a word: most often a kept-alive connection it timed out.
            raise RemoteDisconnected('Remote end closed connection without response')
        words = line.split(None, 2)
        if len(words) < 2:
            raise BadStatusLine(line)
        if not words[0].startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(words[1])
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return words[0], code, words[2] if len(words) == 3 else ''

    def begin(self):
        if self.headers is not None:
            return
        version, code, reason = self._status_line()
        while code == 100:
            _header_lines(self.fp)
            version, code, reason = self._status_line()
        self.code = self.status = code
        self.reason = reason.strip()
        if not version.startswith('HTTP/1.'):
            raise UnknownProtocol(version)
        self.version = 10 if version == 'HTTP/1.0' else 11
        self.headers = self.msg = parse_headers(self.fp)
        coding = self.headers.get('transfer-encoding')
        self.chunked = bool(coding) and coding.lower() == 'chunked'
        self.chunk_left = None
        self.will_close = self._ends_connection()
        self.length = None
        declared = self.headers.get('content-length')
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if code in (204, 304) or code < 200 or self._method == 'HEAD':
            self.length = 0
        # Without a length or chunks, the body is whatever comes before the server closes.
        if self.length is None and not self.chunked:
            self.will_close = True

    def _ends_connection(self):
        connection = (self.headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        if self.headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        return 'keep-alive' not in (self.headers.get('proxy-connection') or '').lower()

    def _close_conn(self):
        fp, sock = self.fp, self._owned_socket
        self.fp = self._owned_socket = None
        if fp is not None:
            fp.close()
        if sock is not None:
            sock.close()

    def close(self):
        self._closed = True
        self._close_conn()

    @property
    def closed(self):
        return self._closed

    def isclosed(self):
        return self.fp is None

    def flush(self):
        if self.fp is not None:
            self.fp.flush()

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        line = self.readline()
        while line:
            yield line
            line = self.readline()

    def _exactly(self, count):
        data = self.fp.read(count)
        if len(data) < count:
            raise IncompleteRead(data, count - len(data))
        return data

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                data = self.fp.read(self.length)
                if len(data) < self.length:
                    raise IncompleteRead(data, self.length - len(data))
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None:
            amt = min(amt, self.length)
        data = self.fp.read(amt)
        if amt and not data:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if self.length == 0:
                self._close_conn()
        return data

    def _chunk_left_now(self):
        # The bytes left in the current chunk, reading the next chunk's size line when the last
        # one is used up; None once the last (zero-size) chunk and the trailer have been read.
        if self.chunk_left == 0:
            self._exactly(2)
            self.chunk_left = None
        if self.chunk_left is None:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong('chunk size')
            size = int(line.split(b';')[0].decode('latin-1'), 16)
            if size == 0:
                while True:
                    trailer = self.fp.readline(_MAXLINE + 1)
                    if len(trailer) > _MAXLINE:
                        raise LineTooLong('trailer line')
                    if trailer in _END_OF_HEADERS:
                        break
                self._close_conn()
                return None
            self.chunk_left = size
        return self.chunk_left

    def _read_chunked(self, amt):
        pieces = []
        try:
            while amt is None or amt > 0:
                left = self._chunk_left_now()
                if left is None:
                    break
                take = left if amt is None else min(left, amt)
                pieces.append(self._exactly(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b''.join(pieces)) from None
        except IncompleteRead:
            raise IncompleteRead(b''.join(pieces)) from None
        return b''.join(pieces)

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            line = b''
            while not line.endswith(b'\n') and (limit < 0 or len(line) < limit):
                byte = self.read(1)
                if not byte:
                    break
                line += byte
            return line
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if limit and not line:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is not None:
            return self.headers.items()
        raise ResponseNotReady()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _control_character(text, first, last, also=''):
    # The common case first: printable text holds none of C0 and DEL; a space, when it counts.
    if text.isprintable() and (last < ' ' or ' ' not in text):
        return None
    for c in text:
        if first <= c <= last or c in also:
            return c
    return None

def _valid_header_name(name):
    if not name or name[:1] in (b' ', b'\t', b'\x0b', b'\x0c'):
        return False
    return b':' not in name and b'\r' not in name and b'\n' not in name

def _valid_header_value(value):
    # A line break is allowed only as folding: followed by a space or tab (CR also by its LF).
    for at in range(len(value)):
        byte = value[at:at + 1]
        after = value[at + 1:at + 2]
        if byte == b'\n' and after not in (b' ', b'\t'):
            return False
        if byte == b'\r' and after not in (b' ', b'\t', b'\n'):
            return False
    return True

def _latin_1(data, name):
    try:
        return data.encode('iso-8859-1')
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(err.encoding, err.object, err.start, err.end,
                                 "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you want to send it encoded in UTF-8."
                                 % (name.title(), data[err.start:err.end], name)) from None


class HTTPConnection:
    """One HTTP/1.1 connection to a server: requests sent in turn, each answered by a response."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, blocksize=8192):
        self.sock = self._response = self._method = None
        self._state = _IDLE
        self._buffer = []
        self.timeout, self.source_address, self.blocksize = timeout, source_address, blocksize
        self.host, self.port = self._get_hostport(host, port)
        bad = _control_character(self.host, '\x00', '\x20', '\x7f')
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (self.host, bad))

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            if colon > host.rfind(']'):
                digits = host[colon + 1:]
                host = host[:colon]
                if not digits:
                    port = self.default_port
                else:
                    try:
                        port = int(digits)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
            else:
                port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self._state = _IDLE
        sock, response = self.sock, self._response
        self.sock = self._response = None
        if sock is not None:
            sock.close()
        if response is not None:
            response.close()

    def send(self, data):
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if hasattr(data, 'read'):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                self.sock.sendall(block.encode('iso-8859-1') if isinstance(block, str) else block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if not hasattr(data, '__iter__'):
                raise TypeError('data should be a bytes-like object or an iterable, got %r' % type(data)) from None
            for piece in data:
                self.sock.sendall(piece)

    def _body_pieces(self, body):
        if hasattr(body, 'read'):
            while True:
                block = body.read(self.blocksize)
                if not block:
                    return
                yield block.encode('iso-8859-1') if isinstance(block, str) else block
        elif isinstance(body, (bytes, bytearray)):
            yield body
        else:
            for piece in body:
                yield piece.encode('iso-8859-1') if isinstance(piece, str) else piece

    def _send_output(self, message_body=None, encode_chunked=False):
        head = b'\r\n'.join(self._buffer + [b'', b''])
        self._buffer = []
        if isinstance(message_body, (bytes, bytearray)) and not encode_chunked:
            self.send(head + message_body)
            return
        self.send(head)
        if message_body is None:
            return
        for piece in self._body_pieces(message_body):
            if not piece:
                continue
            self.send(b'%X\r\n%s\r\n' % (len(piece), piece) if encode_chunked else piece)
        if encode_chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if self._state != _IDLE:
            raise CannotSendRequest(self._state)
        self._state = _STARTED
        bad = None if method.isprintable() else _control_character(method, '\x00', '\x1f')
        if bad is not None:
            raise ValueError("method can't contain control characters. %r (found at least %r)" % (method, bad))
        self._method = method
        url = url or '/'
        bad = None if url.isprintable() and ' ' not in url else _control_character(url, '\x00', '\x20', '\x7f')
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (url, bad))
        self._buffer.append(('%s %s %s' % (method, url, self._http_vsn_str)).encode('ascii'))
        if not skip_host:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        if url.startswith('http'):
            # An absolute URL (a request through a proxy) names its own host.
            authority = url.split('//', 1)[1] if '//' in url else ''
            authority = authority.split('/', 1)[0].split('?', 1)[0].split('#', 1)[0]
            if authority:
                return authority
        host = self.host
        if ':' in host:
            host = '[' + host + ']'
        if self.port == self.default_port:
            return host
        return '%s:%s' % (host, self.port)

    def putheader(self, header, *values):
        if self._state != _STARTED:
            raise CannotSendHeader()
        header = header.encode('ascii') if hasattr(header, 'encode') else header
        if not _valid_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if (b'\n' in value or b'\r' in value) and not _valid_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._buffer.append(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._state != _STARTED:
            raise CannotSendHeader()
        self._state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        given = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in given, skip_accept_encoding='accept-encoding' in given)
        if 'content-length' not in given and 'transfer-encoding' not in given:
            encode_chunked = False
            if body is None:
                if method.upper() in _BODY_EXPECTED:
                    self.putheader('Content-Length', '0')
            elif isinstance(body, (str, bytes, bytearray)):
                self.putheader('Content-Length', str(len(body)))
            else:
                # A file or an iterable: its length is unknown until it is read, so chunks.
                self.putheader('Transfer-Encoding', 'chunked')
                encode_chunked = True
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _latin_1(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        if self._response is not None and not self._response.isclosed():
            raise ResponseNotReady(self._state)
        if self._state != _SENT or self._response is not None:
            raise ResponseNotReady(self._state)
        answer = self.response_class(self.sock, method=self._method)
        try:
            answer.begin()
        except BaseException as failure:
            # A connection the server dropped is of no further use; the response's file never is.
            if isinstance(failure, ConnectionError):
                self.close()
            answer.close()
            raise
        self._state = _IDLE
        if not answer.will_close:
            self._response = answer
            return answer
        # The response reads to the end of the connection: it takes the socket over.
        answer._owned_socket, self.sock = self.sock, None
        self.close()
        return answer
`;

/** http.server: HTTPServer, ThreadingHTTPServer and BaseHTTPRequestHandler. */
export const HTTP_SERVER_SOURCE = String.raw`import html
import http.client
import socket
import socketserver
import sys
import time
from http import HTTPStatus

__version__ = '0.6'

# The error page (python3's DEFAULT_ERROR_MESSAGE, a documented class attribute's default).
DEFAULT_ERROR_MESSAGE = '<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: %(code)d</p>\n        <p>Message: %(message)s.</p>\n        <p>Error code explanation: %(code)s - %(explain)s.</p>\n    </body>\n</html>\n'
DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8'


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        """Bind, then note the server's host name and port (server_name, server_port)."""
        super().server_bind()
        host = self.server_address[0]
        # 127.0.0.1 is localhost (python3's getfqdn says so through /etc/hosts); asking socklab's
        # getfqdn would start a resolver process for every server.
        self.server_name = 'localhost' if host == '127.0.0.1' else socket.getfqdn(host)
        self.server_port = self.server_address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def _log_safe(text):
    # Control characters (C0, DEL and C1) are written as \xNN and a backslash doubled, as python3
    # does, so a request cannot forge log lines.
    if text.isprintable() and '\\' not in text:
        return text
    return ''.join('\\x%02x' % ord(c) if c < ' ' or '\x7f' <= c <= '\x9f' else '\\\\' if c == '\\' else c
                   for c in text)

def _version_number(version):
    # 'HTTP/1.1' -> (1, 1); ValueError for anything else than HTTP/<digits>.<digits>.
    scheme, slash, number = version.partition('/')
    major, dot, minor = number.partition('.')
    digits = major.isdigit() and minor.isdigit() and len(major) <= 10 and len(minor) <= 10
    if scheme != 'HTTP' or not slash or not dot or not digits:
        raise ValueError(version)
    return int(major), int(minor)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Handles the requests of one connection: do_<METHOD> methods answer them."""

    sys_version = 'Python/' + sys.version.split()[0]
    server_version = 'BaseHTTP/' + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = 'HTTP/0.9'
    protocol_version = 'HTTP/1.0'
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description) for status in HTTPStatus}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    # The status line and headers queued until end_headers(); each handler gets its own list.
    _headers_buffer = None

    def parse_request(self):
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        self.requestline = self.raw_requestline.decode('iso-8859-1').rstrip('\r\n')
        words = self.requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            try:
                number = _version_number(words[-1])
            except ValueError:
                self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request version (%r)' % words[-1])
                return False
            if number >= (1, 1) and self.protocol_version >= 'HTTP/1.1':
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                'Invalid HTTP version (%s)' % words[-1].partition('/')[2])
                return False
            self.request_version = words[-1]
        if len(words) > 3:
            self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request syntax (%r)' % self.requestline)
            return False
        if len(words) == 1:
            self.send_error(HTTPStatus.BAD_REQUEST, 'Bad request syntax (%r)' % self.requestline)
            return False
        self.command, self.path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a bare "GET path", answered without a status line or headers.
            self.close_connection = True
            if self.command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST, 'Bad HTTP/0.9 request type (%r)' % self.command)
                return False
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Line too long', str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Too many headers', str(err))
            return False
        connection = self.headers.get('Connection', '').lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= 'HTTP/1.1':
            self.close_connection = False
        wants_continue = self.headers.get('Expect', '').lower() == '100-continue'
        if wants_continue and self.protocol_version >= 'HTTP/1.1' and self.request_version >= 'HTTP/1.1':
            return self.handle_expect_100()
        return True

    def handle(self):
        # One request at least; more while the connection is kept alive (HTTP/1.1).
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    def handle_one_request(self):
        try:
            line = self.raw_requestline = self.rfile.readline(65537)
            if not line:
                self.close_connection = True
            elif len(line) > 65536:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif self.parse_request():
                handler = getattr(self, 'do_' + self.command, None)
                if handler is None:
                    self.send_error(HTTPStatus.NOT_IMPLEMENTED, 'Unsupported method (%r)' % self.command)
                else:
                    handler()
                    self.wfile.flush()
        except TimeoutError as e:
            self.log_error('Request timed out: %r', e)
            self.close_connection = True

    def handle_expect_100(self):
        # The client waits for this interim answer before it sends the body.
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True  # False would refuse the request (a subclass's choice)

    def send_error(self, code, message=None, explain=None):
        short, long = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error('code %d, message %s', code, message)
        # 1xx, 204, 205 and 304 answers carry no body.
        has_body = code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED)
        page = b''
        if has_body:
            fields = {'code': code, 'message': html.escape(message, quote=False), 'explain': html.escape(explain, quote=False)}
            page = (self.error_message_format % fields).encode('UTF-8', 'replace')
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        if has_body:
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(page)))
        self.end_headers()
        if page and self.command != 'HEAD':
            self.wfile.write(page)

    def send_response(self, code, message=None):
        # The status line and the two headers every response has; logged once they are queued.
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())
        self.log_request(code)

    def send_response_only(self, code, message=None):
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        if self._headers_buffer is None:
            self._headers_buffer = []
        self._headers_buffer.append(('%s %d %s\r\n' % (self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        if self.request_version != 'HTTP/0.9':
            if self._headers_buffer is None:
                self._headers_buffer = []
            self._headers_buffer.append(('%s: %s\r\n' % (keyword, value)).encode('latin-1', 'strict'))
        # A handler's own Connection header decides whether the connection stays open.
        mode = value.lower() if keyword.lower() == 'connection' else None
        if mode in ('close', 'keep-alive'):
            self.close_connection = mode == 'close'

    def flush_headers(self):
        pending = self._headers_buffer
        if pending is not None:
            self._headers_buffer = []
            self.wfile.write(b''.join(pending))

    def end_headers(self):
        if self.request_version != 'HTTP/0.9':
            if self._headers_buffer is None:
                self._headers_buffer = []
            self._headers_buffer.append(b'\r\n')
        self.flush_headers()

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        # Errors go where every other line goes (a subclass may send them elsewhere).
        return self.log_message(format, *args)

    def log_message(self, format, *args):
        sys.stderr.write('%s - - [%s] %s\n' % (self.address_string(), self.log_date_time_string(), _log_safe(format % args)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        # RFC 9110's IMF-fixdate, always in GMT: "Sun, 06 Nov 1994 08:49:37 GMT".
        t = time.gmtime(time.time() if timestamp is None else timestamp)
        return '%s, %02d %s %d %02d:%02d:%02d GMT' % (
            self.weekdayname[t.tm_wday], t.tm_mday, self.monthname[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return '%02d/%s/%04d %02d:%02d:%02d' % (t.tm_mday, self.monthname[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]
`;
