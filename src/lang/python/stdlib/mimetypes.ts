// Python's mimetypes module (Lib/mimetypes.py, CPython 3.11), its guessing part, written in Python
// and run once by the first import, as textwrap is. As CPython's init() does, the first guess
// reads the system's mime.types files (/etc/mime.types on Debian) over a built-in table, so
// guess_type() answers what python3 answers on the same machine; suffix_map (.tgz is .tar.gz),
// encodings_map (.gz is gzip, case-sensitive) and the non-strict common_types are CPython's.
// The built-in table is the common part of CPython's (the files give the rest), so without a
// mime.types file fewer extensions are known; guess_extension() is not here.
// Provenance: much of the Python source below is CPython 3.11's own Lib/mimetypes.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
export const MIMETYPES_SOURCE = String.raw`import os

import re

posixpath = os.path

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False

suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
types_map = {
    '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
    '.doc': 'application/msword', '.bin': 'application/octet-stream', '.exe': 'application/octet-stream',
    '.o': 'application/octet-stream', '.pdf': 'application/pdf', '.p7c': 'application/pkcs7-mime',
    '.ps': 'application/postscript', '.wasm': 'application/wasm', '.xls': 'application/vnd.ms-excel',
    '.ppt': 'application/vnd.ms-powerpoint', '.csh': 'application/x-csh', '.dvi': 'application/x-dvi',
    '.gtar': 'application/x-gtar', '.hdf': 'application/x-hdf', '.h5': 'application/x-hdf5', '.latex': 'application/x-latex',
    '.nc': 'application/x-netcdf', '.pyc': 'application/x-python-code', '.pyo': 'application/x-python-code',
    '.sh': 'application/x-sh', '.shar': 'application/x-shar', '.swf': 'application/x-shockwave-flash',
    '.tar': 'application/x-tar', '.tcl': 'application/x-tcl', '.tex': 'application/x-tex', '.texi': 'application/x-texinfo',
    '.roff': 'application/x-troff', '.man': 'application/x-troff-man', '.zip': 'application/zip',
    '.xml': 'text/xml', '.xsl': 'application/xml', '.rdf': 'application/xml', '.wsdl': 'application/xml', '.xpdl': 'application/xml',
    '.3gp': 'audio/3gpp', '.aac': 'audio/aac', '.aif': 'audio/x-aiff', '.aiff': 'audio/x-aiff', '.au': 'audio/basic',
    '.mp3': 'audio/mpeg', '.mp2': 'audio/mpeg', '.opus': 'audio/opus', '.ra': 'audio/x-pn-realaudio', '.wav': 'audio/x-wav',
    '.avif': 'image/avif', '.bmp': 'image/bmp', '.gif': 'image/gif', '.ief': 'image/ief', '.jpg': 'image/jpeg', '.jpe': 'image/jpeg',
    '.jpeg': 'image/jpeg', '.heic': 'image/heic', '.heif': 'image/heif', '.png': 'image/png', '.svg': 'image/svg+xml',
    '.tiff': 'image/tiff', '.tif': 'image/tiff', '.ico': 'image/vnd.microsoft.icon', '.webp': 'image/webp',
    '.ppm': 'image/x-portable-pixmap', '.xbm': 'image/x-xbitmap', '.eml': 'message/rfc822', '.mht': 'message/rfc822',
    '.mhtml': 'message/rfc822', '.nws': 'message/rfc822', '.css': 'text/css', '.csv': 'text/csv', '.html': 'text/html',
    '.htm': 'text/html', '.md': 'text/markdown', '.markdown': 'text/markdown', '.txt': 'text/plain', '.bat': 'text/plain',
    '.c': 'text/plain', '.h': 'text/plain', '.ksh': 'text/plain', '.pl': 'text/plain', '.srt': 'text/plain',
    '.rtx': 'text/richtext', '.tsv': 'text/tab-separated-values', '.vtt': 'text/vtt', '.py': 'text/x-python',
    '.etx': 'text/x-setext', '.sgm': 'text/x-sgml', '.sgml': 'text/x-sgml', '.vcf': 'text/x-vcard',
    '.mp4': 'video/mp4', '.mpeg': 'video/mpeg', '.m1v': 'video/mpeg', '.mpa': 'video/mpeg', '.mpe': 'video/mpeg',
    '.mpg': 'video/mpeg', '.mov': 'video/quicktime', '.qt': 'video/quicktime', '.webm': 'video/webm',
    '.avi': 'video/x-msvideo', '.movie': 'video/x-sgi-movie',
}
common_types = {'.rtf': 'application/rtf', '.midi': 'audio/midi', '.mid': 'audio/midi', '.jpg': 'image/jpg',
                '.pict': 'image/pict', '.pct': 'image/pict', '.pic': 'image/pict', '.webp': 'image/webp', '.xul': 'text/xul'}

class MimeTypes:
    """MIME-types datastore."""

    def __init__(self, filenames=(), strict=True):
        self.encodings_map = encodings_map.copy()
        self.suffix_map = suffix_map.copy()
        self.types_map = ({}, {})
        for ext, type in types_map.items():
            self.add_type(type, ext, True)
        for ext, type in common_types.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Add a mapping between a type and an extension."""
        self.types_map[strict][ext] = type

    def guess_type(self, url, strict=True):
        """Guess the type of a file which is either a URL or a path-like object."""
        url = os.fspath(url) if hasattr(os, 'fspath') else url
        match = re.match('([^/:]+):(.*)', url, re.DOTALL)
        scheme = None
        if match:
            scheme, url = match.group(1).lower(), match.group(2)
        if scheme == 'data':
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            type = url[:semi] if semi >= 0 else url[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        if ext in self.types_map[True]:
            return self.types_map[True][ext], encoding
        if strict:
            return None, encoding
        return self.types_map[False].get(ext), encoding

    def guess_all_extensions(self, type, strict=True):
        """Guess the extensions for a file based on its MIME type."""
        type = type.lower()
        extensions = [ext for ext, t in self.types_map[True].items() if t == type]
        if not strict:
            extensions += [ext for ext, t in self.types_map[False].items() if t == type and ext not in extensions]
        return extensions

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        for line in fp:
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, '.' + suff, strict)

_db = None

def init(files=None):
    global inited, _db
    inited = True
    db = MimeTypes()
    for file in (knownfiles if files is None else files):
        if os.path.isfile(file):
            db.read(file)
    _db = db

def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]

def guess_type(url, strict=True):
    """Guess the type of a file based on its URL."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)

def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)

def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)
`;
