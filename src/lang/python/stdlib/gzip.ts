// Python's gzip module (Lib/gzip.py, CPython 3.11), its one-shot part, written in Python and run
// once by the first import, as textwrap is: compress() builds the member as CPython does (with
// mtime=0, zlib's own gzip wrapper, wbits=31; otherwise the simple header with the time, a raw
// deflate body and the CRC-32/size trailer), and zlib.compress runs the system's libz, so the
// bytes are python3's. decompress() checks the magic and method with BadGzipFile's texts and
// inflates every member; a damaged body or trailer raises zlib.error where CPython says
// BadGzipFile("CRC check failed") or EOFError. GzipFile and gzip.open are not here.
// Provenance: much of the Python source below is CPython 3.11's own Lib/gzip.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
export const GZIP_SOURCE = String.raw`import struct
import time
import zlib

__all__ = ['BadGzipFile', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""

def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    return struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)

def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack('<LL', zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer

def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    data = bytes(data)
    if not data:
        return b''
    magic = data[:2]
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    if data[2] != 8:
        raise BadGzipFile('Unknown compression method')
    return zlib.decompress(data, wbits=31)
`;
