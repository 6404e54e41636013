// Python's http package (Lib/http/__init__.py, client.py and server.py, CPython 3.11), written in
// Python and run by the first import, as heapq is: http.HTTPStatus (an IntEnum whose members carry
// phrase and description), http.client's HTTPConnection and HTTPResponse on socket.create_connection
// and makefile('rb'), and http.server's HTTPServer, ThreadingHTTPServer and BaseHTTPRequestHandler on
// socklab's socketserver. The request and response logic is CPython's, step by step (the request
// line's checks, send_response/send_header/end_headers' buffer, log_message's stderr line, the
// status line and Content-Length/chunked/close framing of a response). Differences: headers are
// http.client.HTTPMessage, a small class of its own (no email package); RemoteDisconnected is a
// ConnectionResetError only (one base); a response that closes the connection owns the socket
// (socklab's makefile does not keep a closed socket's fd open, as CPython's _io_refs do).
// Not here: HTTPS, SimpleHTTPRequestHandler, CGIHTTPRequestHandler, HTTPMethod.
// Provenance: much of the Python source below is CPython 3.11's own Lib/http, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).

/** http (its __init__): HTTPStatus. */
export const HTTP_SOURCE = String.raw`from enum import IntEnum

_STATUSES = [
    (100, 'CONTINUE', 'Continue', 'Request received, please continue'),
    (101, 'SWITCHING_PROTOCOLS', 'Switching Protocols', 'Switching to new protocol; obey Upgrade header'),
    (102, 'PROCESSING', 'Processing', ''),
    (103, 'EARLY_HINTS', 'Early Hints', ''),
    (200, 'OK', 'OK', 'Request fulfilled, document follows'),
    (201, 'CREATED', 'Created', 'Document created, URL follows'),
    (202, 'ACCEPTED', 'Accepted', 'Request accepted, processing continues off-line'),
    (203, 'NON_AUTHORITATIVE_INFORMATION', 'Non-Authoritative Information', 'Request fulfilled from cache'),
    (204, 'NO_CONTENT', 'No Content', 'Request fulfilled, nothing follows'),
    (205, 'RESET_CONTENT', 'Reset Content', 'Clear input form for further input'),
    (206, 'PARTIAL_CONTENT', 'Partial Content', 'Partial content follows'),
    (207, 'MULTI_STATUS', 'Multi-Status', ''),
    (208, 'ALREADY_REPORTED', 'Already Reported', ''),
    (226, 'IM_USED', 'IM Used', ''),
    (300, 'MULTIPLE_CHOICES', 'Multiple Choices', 'Object has several resources -- see URI list'),
    (301, 'MOVED_PERMANENTLY', 'Moved Permanently', 'Object moved permanently -- see URI list'),
    (302, 'FOUND', 'Found', 'Object moved temporarily -- see URI list'),
    (303, 'SEE_OTHER', 'See Other', 'Object moved -- see Method and URL list'),
    (304, 'NOT_MODIFIED', 'Not Modified', 'Document has not changed since given time'),
    (305, 'USE_PROXY', 'Use Proxy', 'You must use proxy specified in Location to access this resource'),
    (307, 'TEMPORARY_REDIRECT', 'Temporary Redirect', 'Object moved temporarily -- see URI list'),
    (308, 'PERMANENT_REDIRECT', 'Permanent Redirect', 'Object moved permanently -- see URI list'),
    (400, 'BAD_REQUEST', 'Bad Request', 'Bad request syntax or unsupported method'),
    (401, 'UNAUTHORIZED', 'Unauthorized', 'No permission -- see authorization schemes'),
    (402, 'PAYMENT_REQUIRED', 'Payment Required', 'No payment -- see charging schemes'),
    (403, 'FORBIDDEN', 'Forbidden', 'Request forbidden -- authorization will not help'),
    (404, 'NOT_FOUND', 'Not Found', 'Nothing matches the given URI'),
    (405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed', 'Specified method is invalid for this resource'),
    (406, 'NOT_ACCEPTABLE', 'Not Acceptable', 'URI not available in preferred format'),
    (407, 'PROXY_AUTHENTICATION_REQUIRED', 'Proxy Authentication Required', 'You must authenticate with this proxy before proceeding'),
    (408, 'REQUEST_TIMEOUT', 'Request Timeout', 'Request timed out; try again later'),
    (409, 'CONFLICT', 'Conflict', 'Request conflict'),
    (410, 'GONE', 'Gone', 'URI no longer exists and has been permanently removed'),
    (411, 'LENGTH_REQUIRED', 'Length Required', 'Client must specify Content-Length'),
    (412, 'PRECONDITION_FAILED', 'Precondition Failed', 'Precondition in headers is false'),
    (413, 'REQUEST_ENTITY_TOO_LARGE', 'Request Entity Too Large', 'Entity is too large'),
    (414, 'REQUEST_URI_TOO_LONG', 'Request-URI Too Long', 'URI is too long'),
    (415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type', 'Entity body in unsupported format'),
    (416, 'REQUESTED_RANGE_NOT_SATISFIABLE', 'Requested Range Not Satisfiable', 'Cannot satisfy request range'),
    (417, 'EXPECTATION_FAILED', 'Expectation Failed', 'Expect condition could not be satisfied'),
    (418, 'IM_A_TEAPOT', "I'm a Teapot", 'Server refuses to brew coffee because it is a teapot.'),
    (421, 'MISDIRECTED_REQUEST', 'Misdirected Request', 'Server is not able to produce a response'),
    (422, 'UNPROCESSABLE_ENTITY', 'Unprocessable Entity', ''),
    (423, 'LOCKED', 'Locked', ''),
    (424, 'FAILED_DEPENDENCY', 'Failed Dependency', ''),
    (425, 'TOO_EARLY', 'Too Early', ''),
    (426, 'UPGRADE_REQUIRED', 'Upgrade Required', ''),
    (428, 'PRECONDITION_REQUIRED', 'Precondition Required', 'The origin server requires the request to be conditional'),
    (429, 'TOO_MANY_REQUESTS', 'Too Many Requests', 'The user has sent too many requests in a given amount of time ("rate limiting")'),
    (431, 'REQUEST_HEADER_FIELDS_TOO_LARGE', 'Request Header Fields Too Large', 'The server is unwilling to process the request because its header fields are too large'),
    (451, 'UNAVAILABLE_FOR_LEGAL_REASONS', 'Unavailable For Legal Reasons', 'The server is denying access to the resource as a consequence of a legal demand'),
    (500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error', 'Server got itself in trouble'),
    (501, 'NOT_IMPLEMENTED', 'Not Implemented', 'Server does not support this operation'),
    (502, 'BAD_GATEWAY', 'Bad Gateway', 'Invalid responses from another server/proxy'),
    (503, 'SERVICE_UNAVAILABLE', 'Service Unavailable', 'The server cannot process the request due to a high load'),
    (504, 'GATEWAY_TIMEOUT', 'Gateway Timeout', 'The gateway server did not receive a timely response'),
    (505, 'HTTP_VERSION_NOT_SUPPORTED', 'HTTP Version Not Supported', 'Cannot fulfill request'),
    (506, 'VARIANT_ALSO_NEGOTIATES', 'Variant Also Negotiates', ''),
    (507, 'INSUFFICIENT_STORAGE', 'Insufficient Storage', ''),
    (508, 'LOOP_DETECTED', 'Loop Detected', ''),
    (510, 'NOT_EXTENDED', 'Not Extended', ''),
    (511, 'NETWORK_AUTHENTICATION_REQUIRED', 'Network Authentication Required', 'The client needs to authenticate to gain network access'),
]

HTTPStatus = IntEnum('HTTPStatus', [(name, value) for value, name, phrase, description in _STATUSES])
for _value, _name, _phrase, _description in _STATUSES:
    _member = HTTPStatus(_value)
    _member.phrase = _phrase
    _member.description = _description
`;

/** http.client. */
export const HTTP_CLIENT_SOURCE = String.raw`import socket
from http import HTTPStatus
from urllib.parse import urlsplit

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# http.client.OK, http.client.NOT_FOUND, …: the HTTPStatus members, as CPython's module puts them in its globals.
globals().update(HTTPStatus.__members__)

responses = {v: v.phrase for v in HTTPStatus.__members__.values()}

_MAXLINE = 65536
_MAXHEADERS = 100
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

class HTTPMessage(object):
    """A message's headers, in order, looked up by name without regard to case."""

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        return iter([k for k, v in self._headers])

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type', 'text/plain')
        return value.split(';')[0].strip().lower()

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._headers) + '\n'

    def __str__(self):
        return self.as_string()

class HTTPException(Exception):
    pass

class NotConnected(HTTPException):
    pass

class InvalidURL(HTTPException):
    pass

class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version

class UnknownTransferEncoding(HTTPException):
    pass

class UnimplementedFileMode(HTTPException):
    pass

class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected
    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)
    __str__ = object.__str__

class ImproperConnectionState(HTTPException):
    pass

class CannotSendRequest(ImproperConnectionState):
    pass

class CannotSendHeader(ImproperConnectionState):
    pass

class ResponseNotReady(ImproperConnectionState):
    pass

class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line

class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))

class RemoteDisconnected(ConnectionResetError):
    pass

def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers

def _parse_header_lines(lines, _class=HTTPMessage):
    msg = _class()
    for line in lines:
        text = line.decode('iso-8859-1').rstrip('\r\n')
        if not text:
            break
        if text[0] in ' \t' and len(msg._headers):
            k, v = msg._headers[-1]
            msg._headers[-1] = (k, v + '\n' + text)
            continue
        name, sep, value = text.partition(':')
        if sep:
            msg._headers.append((name, value.lstrip(' \t')))
    return msg

def parse_headers(fp, _class=HTTPMessage):
    """Parses only RFC2822 headers from a file pointer."""
    return _parse_header_lines(_read_headers(fp), _class)

class HTTPResponse(object):
    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self._sock = None
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != HTTPStatus.CONTINUE:
                break
            _read_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        tr_enc = self.headers.get("transfer-encoding")
        if tr_enc and tr_enc.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        else:
            self.length = None
        if (status == HTTPStatus.NO_CONTENT or status == HTTPStatus.NOT_MODIFIED or
                100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            if conn and "close" in conn.lower():
                return True
            return False
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()
        if self._sock is not None:
            sock = self._sock
            self._sock = None
            sock.close()

    def close(self):
        if self.fp:
            self._close_conn()

    @property
    def closed(self):
        return self.fp is None

    def isclosed(self):
        return self.fp is None

    def flush(self):
        pass

    def readable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None:
            if self.length is not None and amt > self.length:
                amt = self.length
            s = self.fp.read(amt)
            if not s and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(s)
                if not self.length:
                    self._close_conn()
            return s
        else:
            if self.length is None:
                s = self.fp.read()
            else:
                try:
                    s = self._safe_read(self.length)
                except IncompleteRead:
                    self._close_conn()
                    raise
                self.length = 0
            self._close_conn()
            return s

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        i = line.find(b";")
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt=None):
        value = []
        while True:
            if self.chunk_left is None or self.chunk_left == 0:
                if self.chunk_left == 0:
                    self._safe_read(2)
                self.chunk_left = self._read_next_chunk_size()
                if self.chunk_left == 0:
                    _read_headers(self.fp)
                    self._close_conn()
                    break
            if amt is not None and amt <= self.chunk_left:
                value.append(self._safe_read(amt))
                self.chunk_left -= amt
                break
            value.append(self._safe_read(self.chunk_left))
            if amt is not None:
                amt -= self.chunk_left
            self.chunk_left = 0
        return b''.join(value)

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        result = self.fp.readline(limit)
        if not result and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(result)
            if not self.length:
                self._close_conn()
        return result

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        else:
            return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

class HTTPConnection(object):
    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=None, source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        (self.host, self.port) = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i+1:])
                except ValueError:
                    if host[i+1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i+1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        """Connect to the host and port specified in __init__."""
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self):
        """Close the connection to the HTTP server."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send 'data' to the server."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while True:
                datablock = data.read(self.blocksize)
                if not datablock:
                    break
                if isinstance(datablock, str):
                    datablock = datablock.encode("iso-8859-1")
                self.sock.sendall(datablock)
            return
        self.sock.sendall(data)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is not None:
            if isinstance(message_body, (bytes, bytearray)):
                chunks = (message_body,)
            elif hasattr(message_body, 'read'):
                chunks = iter(lambda: message_body.read(self.blocksize), b'')
            else:
                chunks = iter(message_body)
            for chunk in chunks:
                if not chunk:
                    continue
                if isinstance(chunk, str):
                    chunk = chunk.encode('iso-8859-1')
                if encode_chunked and self._http_vsn == 11:
                    chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
                self.send(chunk)
            if encode_chunked and self._http_vsn == 11:
                self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Send a request to the server."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._method = method
        url = url or '/'
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    nil, netloc, nil, nil, nil = urlsplit(url)
                if netloc:
                    self.putheader('Host', netloc)
                else:
                    host = self.host
                    port = self.port
                    host_enc = host
                    if ":" in host:
                        host_enc = '[' + host_enc + ']'
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', "%s:%s" % (host_enc, port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        """Send a request header line to the server."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
        value = b'\r\n\t'.join(values)
        header = header + b': ' + value
        self._output(header)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Indicate that the last header line has been sent to the server."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a complete request to the server."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        header_names = frozenset(k.lower() for k in headers)
        skip_host = 'host' in header_names
        skip_accept_encoding = 'accept-encoding' in header_names
        self.putrequest(method, url, skip_host=skip_host, skip_accept_encoding=skip_accept_encoding)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            else:
                return None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, (bytes, bytearray)):
            return len(body)
        if isinstance(body, str):
            return len(body)
        return None

    def getresponse(self):
        """Get the response from the server."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                # The response reads on after the connection is closed: it closes the socket.
                response._sock = self.sock
                self.sock = None
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise
`;

/** http.server. */
export const HTTP_SERVER_SOURCE = String.raw`import http.client
import socket
import socketserver
import sys
import time
from http import HTTPStatus

__version__ = "0.6"

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

def _escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def _fqdn(host):
    # socket.getfqdn for the addresses a server binds: loopback's name is localhost.
    if host in ('', '0.0.0.0', '::'):
        return socket.gethostname()
    if host.startswith('127.') or host == '::1':
        return 'localhost'
    return host

class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        """Override server_bind to store the server name."""
        super().server_bind()
        host, port = self.server_address[:2]
        self.server_name = _fqdn(host)
        self.server_port = port

class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True

def _control_escape(message):
    out = []
    for c in message:
        n = ord(c)
        if n < 0x20 or 0x7f <= n < 0xa0:
            out.append('\\x%02x' % n)
        elif c == '\\':
            out.append('\\\\')
        else:
            out.append(c)
    return ''.join(out)

class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """HTTP request handler base class."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"

    def parse_request(self):
        """Parse a request (internal)."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1')
        requestline = requestline.rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if len(words) == 0:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith('HTTP/'):
                    raise ValueError
                base_version_number = version.split('/', 1)[1]
                version_number = base_version_number.split(".")
                if len(version_number) != 2:
                    raise ValueError
                if any(not component.isdigit() for component in version_number):
                    raise ValueError("non digit in http version")
                if any(len(component) > 10 for component in version_number):
                    raise ValueError("unreasonable length http version")
                version_number = int(version_number[0]), int(version_number[1])
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "Invalid HTTP version (%s)" % base_version_number)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
            return False
        conntype = self.headers.get('Connection', "")
        if conntype.lower() == 'close':
            self.close_connection = True
        elif conntype.lower() == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "")
        if (expect.lower() == "100-continue" and self.protocol_version >= "HTTP/1.1" and
                self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Handle a single HTTP request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = 'do_' + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                return
            method = getattr(self, mname)
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True
            return

    def handle(self):
        """Handle multiple requests if necessary."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send and log an error reply."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = '???', '???'
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED):
            content = (self.error_message_format % {
                'code': int(code),
                'message': _escape(message),
                'explain': _escape(explain)
            })
            body = content.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Add the response header to the headers buffer and log the response code."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Send the response header only."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                if code in self.responses:
                    message = self.responses[code][0]
                else:
                    message = ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(("%s %d %s\r\n" % (self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Send a MIME header to the headers buffer."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """Send the blank line ending the MIME headers."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        """Log an accepted request."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Log an error."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Log an arbitrary message to sys.stderr."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(), _control_escape(message)))

    def version_string(self):
        """Return the server software version string."""
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """Return the current date and time formatted for a message header."""
        if timestamp is None:
            timestamp = time.time()
        year, month, day, hh, mm, ss, wd, y, z = time.gmtime(timestamp)
        return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (self.weekdayname[wd], day, self.monthname[month], year, hh, mm, ss)

    def log_date_time_string(self):
        """Return the current time formatted for logging."""
        now = time.time()
        year, month, day, hh, mm, ss, x, y, z = time.localtime(now)
        s = "%02d/%3s/%04d %02d:%02d:%02d" % (day, self.monthname[month], year, hh, mm, ss)
        return s

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def address_string(self):
        """Return the client address."""
        return self.client_address[0]

    protocol_version = "HTTP/1.0"

    MessageClass = http.client.HTTPMessage

    responses = {v: (v.phrase, v.description) for v in HTTPStatus.__members__.values()}
`;
