// Python's mimetypes module: guessing a file's type and encoding from its name or URL, written in
// Python and run by the first import (as textwrap is), from the mimetypes documentation and
// python3 3.11's results. As python3 does, the first guess (init()) reads the system's mime.types
// files over the built-in table, so answers match python3's on the same machine. The built-in
// tables below are python3's data (printed from its types_map and common_types, in their order,
// written in mime.types' own format); the lookups, the database class and the file reader are ours.
// Left out: the Windows registry (read_windows_registry does nothing, as off Windows) and the
// command line.
import { native } from '../runtime/call.ts';
import type { PyModule } from '../modules.ts';

/** The _publish native: init() rebinds module globals (inited, types_map, ...), and socklab's
 *  module object holds a copy of each taken at import, so the new values are set on it too. */
export function mimetypesNatives(): { natives: Record<string, unknown>; attach: (module: PyModule) => void } {
  let target: PyModule | undefined;
  const publish = native('_publish', (a) => {
    if (target !== undefined) target[String(a[0])] = a[1];
    return null;
  });
  return { natives: { _publish: publish }, attach: (module) => { target = module; } };
}

export const MIMETYPES_SOURCE = String.raw`import os as _os
import re as _re

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'guess_extension',
           'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types', '/etc/httpd/mime.types', '/etc/httpd/conf/mime.types', '/etc/apache/mime.types',
    '/etc/apache2/mime.types', '/usr/local/etc/httpd/conf/mime.types', '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types', '/usr/local/etc/mime.types',
]
inited = False
_db = None

def _mime_types_lines(lines):
    # mime.types' format: a type, then its extensions without the dot; '#' starts a comment word.
    for line in lines:
        words = line.split()
        for at, word in enumerate(words):
            if word.startswith('#'):
                del words[at:]
                break
        if len(words) > 1:
            yield words[0], ['.' + word for word in words[1:]]

def _table(listing):
    table = {}
    for mime, extensions in _mime_types_lines(listing.splitlines()):
        for extension in extensions:
            table[extension] = mime
    return table

# Until init() runs, the module's maps are these defaults themselves (so a change to them is seen
# by the database init() builds, as in python3); every MimeTypes starts from a copy.
types_map = _table("""
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
""")
common_types = _table("""
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
""")
suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
_pristine = (types_map, common_types, suffix_map, encodings_map)

_SCHEME = _re.compile(r'([^/:]+):(.*)', _re.DOTALL)

def _path_text(url):
    if isinstance(url, (str, bytes)):
        return url
    to_path = getattr(type(url), '__fspath__', None)
    if to_path is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(url).__name__)
    return to_path(url)

def _data_url_type(rest):
    # RFC 2397: data:[<mediatype>][;base64],<data>; a missing or odd media type means text/plain.
    comma = rest.find(',')
    if comma < 0:
        return None
    semicolon = rest.find(';', 0, comma)
    mediatype = rest[:semicolon if semicolon >= 0 else comma]
    if '/' not in mediatype or '=' in mediatype:
        return 'text/plain'
    return mediatype

class MimeTypes:
    """A database of MIME types and file extensions, starting from the module's built-in tables."""

    def __init__(self, filenames=(), strict=True):
        strict_types, loose_types, suffixes, encodings = _pristine
        self.suffix_map = dict(suffixes)
        self.encodings_map = dict(encodings)
        # Indexed by strict: [False] the non-standard types, [True] the official ones.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for flag, table in ((True, strict_types), (False, loose_types)):
            for extension, mime in table.items():
                self.add_type(mime, extension, flag)
        # The first database made runs init() (which makes its own) before reading any file.
        if not inited:
            init()
        for name in filenames:
            self.read(name, strict)

    def guess_type(self, url, strict=True):
        url = _path_text(url)
        scheme = _SCHEME.match(url)
        if scheme is not None:
            if scheme.group(1).lower() == 'data':
                return _data_url_type(scheme.group(2)), None
            url = scheme.group(2)
        stem, ext = _os.path.splitext(url)
        while ext.lower() in self.suffix_map:
            stem, ext = _os.path.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            stem, ext = _os.path.splitext(stem)
        ext = ext.lower()
        mime = self.types_map[True].get(ext)
        if mime is None and not strict:
            mime = self.types_map[False].get(ext)
        return mime, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, ()) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as f:
            self.readfp(f, strict)

    def readfp(self, fp, strict=True):
        for mime, extensions in _mime_types_lines(iter(fp.readline, '')):
            for extension in extensions:
                self.add_type(mime, extension, strict)

    def read_windows_registry(self, strict=True):
        return None

def init(files=None):
    global inited, _db, types_map, common_types, suffix_map, encodings_map
    inited = True
    if files is None or _db is None:
        database = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        database = _db
    for name in files:
        if _os.path.isfile(name):
            database.read(name)
    types_map, common_types = database.types_map[True], database.types_map[False]
    suffix_map, encodings_map = database.suffix_map, database.encodings_map
    _db = database
    for name, value in (('inited', True), ('types_map', types_map), ('common_types', common_types),
                        ('suffix_map', suffix_map), ('encodings_map', encodings_map)):
        _publish(name, value)

def _database():
    if _db is None:
        init()
    return _db

def read_mime_types(file):
    try:
        with open(file, encoding='utf-8') as f:
            text = f.read()
    except OSError:
        return None
    database = MimeTypes()
    for mime, extensions in _mime_types_lines(text.splitlines()):
        for extension in extensions:
            database.add_type(mime, extension, True)
    return database.types_map[True]

def guess_type(url, strict=True):
    return _database().guess_type(url, strict)

def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)

def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)

def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)
`;
