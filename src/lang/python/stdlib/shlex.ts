// Python's shlex module, written in Python and run once by the first import, as textwrap is.
// split(), join() and quote() and the shlex class (posix and non-posix modes, punctuation_chars,
// whitespace_split, comments, escapes, source inclusion through `source`/sourcehook) behave as
// python3 3.11's: the same tokens, the same lineno, the same ValueErrors ("No closing quotation",
// "No escaped character"). Not here: the `debug` tracing output (the attribute exists, prints
// nothing). Written by socklab from the Python documentation (shlex, "Parsing Rules") and from
// experiments with python3; the lexer is one loop over the characters with a small mode per
// token kind (between tokens, a word, a punctuation run, a quotation, an escape).
export const SHLEX_SOURCE = String.raw`from collections import deque
from io import StringIO
import os
import re
import sys

__all__ = ['shlex', 'split', 'quote', 'join']

# Modes of the lexer.  'state' is public in CPython (' ' between tokens, None at the end of the
# input); between calls it only ever holds one of those two, so the other modes live in _mode.
_GAP, _WORD, _PUNCT, _QUOTE, _ESCAPE = range(5)

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        # Where the characters come from, and where the lexer stands in them.
        if instream is None:
            instream, infile = sys.stdin, None
        elif isinstance(instream, str):
            instream = StringIO(instream)  # a string is read as a stream
        self.instream, self.infile, self.lineno = instream, infile, 1
        self.filestack, self.source = deque(), None
        # The syntax, one attribute per class of character (all documented, all assignable).
        self.posix = posix
        self.eof = None if posix else ''
        self.wordchars = _ASCII_WORD + _LATIN1_WORD if posix else _ASCII_WORD
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.commenters = '#'
        self.quotes, self.escapedquotes = '\'"', '"'
        self.escape = '\\'
        # The tokens pushed back, the last token's mode (between tokens or at the end), tracing.
        self.pushback, self.token, self.state, self.debug = deque(), '', ' ', 0
        # punctuation_chars=True means the shell's operators; a string names its own set.
        marks = '();<>|&' if punctuation_chars is True else (punctuation_chars or '')
        self._punctuation_chars = marks
        if marks:
            # Characters read one too far while a punctuation run or a word ends.
            self._pushback_chars = deque()
            # Characters of file names and options join words, unless they are punctuation.
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?=' if c not in marks)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.instream = StringIO(newstream) if isinstance(newstream, str) else newstream
        self.infile, self.lineno = newfile, 1

    def pop_source(self):
        "Pop the input source stack."
        finished = self.instream
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        finished.close()
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self.pushback.appendleft(tok)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        if self.state is None:
            self.token = ''
            return self.eof
        posix = self.posix
        mode = _GAP
        text = ''
        quoted = False
        closing = ''      # the quotation mark that ends the current quotation
        escaper = ''      # the escape character just read
        resume = _WORD    # the mode an escape returns to
        while True:
            ch = self._next_char()
            if not ch:
                if mode == _QUOTE:
                    raise ValueError('No closing quotation')
                if mode == _ESCAPE:
                    raise ValueError('No escaped character')
                self.state = None
                break
            if mode == _QUOTE:
                if ch == closing:
                    if posix:
                        mode = _WORD
                    else:
                        text += ch
                        self.state = ' '
                        break
                elif posix and ch in self.escape and closing in self.escapedquotes:
                    escaper, resume, mode = ch, _QUOTE, _ESCAPE
                else:
                    text += ch
                continue
            if mode == _ESCAPE:
                # Inside a quotation the escape only escapes the quote or itself.
                if resume == _QUOTE and ch != escaper and ch != closing:
                    text += escaper
                text += ch
                mode = resume
                continue
            if mode == _GAP:
                if ch in self.whitespace:
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                    continue
                if posix and ch in self.escape:
                    escaper, resume, mode = ch, _WORD, _ESCAPE
                elif ch in self.wordchars:
                    text, mode = ch, _WORD
                elif ch in self._punctuation_chars:
                    text, mode = ch, _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        text = ch
                    closing, quoted, mode = ch, True, _QUOTE
                elif self.whitespace_split:
                    text, mode = ch, _WORD
                else:
                    # Any other character is a token of its own.
                    text = ch
                    self.state = ' '
                    break
                continue
            # A word or a punctuation run is being read.
            if ch in self.whitespace:
                self.state = ' '
                if text or (posix and quoted):
                    break
                mode = _GAP
                continue
            if ch in self.commenters:
                self._skip_comment()
                if posix:
                    self.state = ' '
                    if text or quoted:
                        break
                    mode = _GAP
                # Outside posix mode the word goes on after the comment's line.
                continue
            if mode == _PUNCT:
                if ch in self._punctuation_chars:
                    text += ch
                    continue
                self._pushback_chars.append(ch)
                self.state = ' '
                break
            if posix and ch in self.quotes:
                closing, quoted, mode = ch, True, _QUOTE
            elif posix and ch in self.escape:
                escaper, resume, mode = ch, _WORD, _ESCAPE
            elif (ch in self.wordchars or ch in self.quotes
                  or (self.whitespace_split and ch not in self._punctuation_chars)):
                text += ch
            else:
                if self._punctuation_chars:
                    self._pushback_chars.append(ch)
                else:
                    self.pushback.appendleft(ch)
                self.state = ' '
                if text or (posix and quoted):
                    break
                mode = _GAP
        self.token = ''
        if posix and not quoted and text == '':
            return None
        return text

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        name = newfile[1:-1] if newfile.startswith('"') else newfile
        # A relative name is taken from the directory of the file being read.
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return (name, open(name, 'r'))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        from warnings import warn
        warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join([quote(word) for word in split_command])


# What a shell never reads specially: ASCII letters and digits and a few marks.
_all_safe = re.compile(r'[\w@%+=:,./-]+', re.ASCII).fullmatch


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if s and _all_safe(s):
        return s
    if not s:
        return "''"
    # Single quotes keep everything literal; a single quote itself is closed, given in double
    # quotes, and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"
`;
