// Python's gzip module, the one-shot half: compress(), decompress() and BadGzipFile, written in
// Python and run by the first import (as textwrap is), from the gzip documentation, RFC 1952 and
// python3 3.11's results. compress() lets zlib (the system's libz, see zlib.ts) write the whole
// member when mtime is 0, as python3's bytes show (OS byte 3), and otherwise frames a raw deflate
// stream itself: a 10-byte header with the mtime, XFL 2 for level 9 / 4 for level 1, OS 255, then
// the CRC-32 and the size. decompress() reads the first member's header here, so its errors are
// python3's (BadGzipFile's texts, EOFError when it is cut short; FEXTRA/FNAME/FCOMMENT/FHCRC are
// stepped over, the header CRC unchecked as python3 leaves it), and inflates the rest with zlib,
// translating its complaints into the same texts. Left out: GzipFile, gzip.open, the command line;
// bytes after zero padding are ignored rather than read as a further member.
export const GZIP_SOURCE = String.raw`import struct as _struct
import time as _time
import zlib as _zlib

__all__ = ['BadGzipFile', 'compress', 'decompress']

class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""

_GZIP_MAGIC = b'\x1f\x8b'
_DEFLATE = 8
_FLAG_HCRC, _FLAG_EXTRA, _FLAG_NAME, _FLAG_COMMENT = 2, 4, 8, 16
_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'

def _bytes_like(data):
    if type(data) is bytes:
        return data
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)

def compress(data, compresslevel=9, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        return _zlib.compress(data, level=compresslevel, wbits=31)
    raw = _zlib.compress(data, level=compresslevel, wbits=-15)
    stamp = int(_time.time() if mtime is None else mtime)
    extra_flags = {9: 2, 1: 4}.get(compresslevel, 0)
    head = _GZIP_MAGIC + _struct.pack('<BBIBB', _DEFLATE, 0, stamp, extra_flags, 255)
    return head + raw + _struct.pack('<II', _zlib.crc32(data), len(data) & 0xffffffff)

def _end_of_header(data):
    # Where the deflate stream of the member at the start of data begins (RFC 1952, 2.3).
    if data[:2] != _GZIP_MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
    if len(data) < 10:
        raise EOFError(_TRUNCATED)
    if data[2] != _DEFLATE:
        raise BadGzipFile('Unknown compression method')
    flags = data[3]
    at = 10
    if flags & _FLAG_EXTRA:
        if len(data) < at + 2:
            raise EOFError(_TRUNCATED)
        at += 2 + _struct.unpack('<H', data[at:at + 2])[0]
    for flag in (_FLAG_NAME, _FLAG_COMMENT):
        if flags & flag:
            nul = data.find(b'\x00', at)
            if nul < 0:
                raise EOFError(_TRUNCATED)
            at = nul + 1
    if flags & _FLAG_HCRC:
        at += 2
    if at > len(data):
        raise EOFError(_TRUNCATED)
    return at

def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    data = _bytes_like(data)
    if not data:
        return b''
    if len(data) < 10 or data[:3] != b'\x1f\x8b\x08' or data[3]:
        # zlib is handed the member with its optional fields dropped: it would check FHCRC.
        body = _end_of_header(data)
        data = data[:3] + b'\x00' + data[4:10] + data[body:]
    try:
        return _zlib.decompress(data, wbits=31)
    except _zlib.error as e:
        text = str(e)
        if 'Error -5 ' in text:
            raise EOFError(_TRUNCATED) from None
        if 'incorrect data check' in text:
            raise BadGzipFile('CRC check failed') from None
        if 'incorrect length check' in text:
            raise BadGzipFile('Incorrect length of data produced') from None
        raise
`;
