// Python's textwrap module, written in Python and run once by the first import: wrap, fill,
// shorten, dedent, indent and TextWrapper with all of its options (width, the two indents,
// expand_tabs/tabsize, replace_whitespace, fix_sentence_endings, break_long_words,
// break_on_hyphens, drop_whitespace, max_lines, placeholder) and its ValueErrors. Lines are
// filled greedily from chunks (whitespace runs and words, words cut after the hyphen of a
// compound and around a dash), as python3 3.11 does; the chunking rules were found by comparing
// with python3's TextWrapper on many random texts. The docstrings are summaries, not CPython's.
// Written by socklab from the Python documentation and python3's behaviour.
export const TEXTWRAP_SOURCE = String.raw`import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# textwrap's whitespace is ASCII's six: a no-break space belongs to the word around it.
_whitespace = '\t\n\x0b\x0c\r '
_runs = re.compile('[\t\n\x0b\x0c\r ]+|[^\t\n\x0b\x0c\r ]+').findall
_letter = re.compile(r'[^\W\d]').match
_word_char = re.compile(r'\w').match
# A dash between words may follow a word character or one of these.
_DASH_AFTER = '!"&\',.?'
_sentence_end = re.compile(r'[a-z][.!?]["\']?\Z').search


def _two_letters(s):
    """True when s opens with two letters, or a letter, one hyphen and a letter."""
    if len(s) < 2 or not _letter(s[0]):
        return False
    if _letter(s[1]):
        return True
    return len(s) >= 3 and s[1] == '-' and _letter(s[2]) is not None


def _cut_word(word):
    """A word's pieces where hyphens may break it: after the hyphen of a compound whose parts
    have two letters next to it (well-known), and on both sides of a dash (--) between words."""
    size = len(word)
    cuts = []
    at = word.find('-')
    while at >= 0:
        end = at
        while end < size and word[end] == '-':
            end += 1
        if end - at > 1:
            if (at > 0 and end < size and _word_char(word[end])
                    and (_word_char(word[at - 1]) or word[at - 1] in _DASH_AFTER)):
                cuts.append(at)
                cuts.append(end)
        else:
            before = word[max(0, at - 3):at][::-1]
            if _two_letters(before) and _two_letters(word[at + 1:at + 4]):
                cuts.append(end)
        at = word.find('-', end)
    if not cuts:
        return [word]
    pieces = []
    start = 0
    for cut in cuts:
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return pieces


class TextWrapper:
    """Object for wrapping/filling text: wrap() gives the lines, fill() joins them.

    The options are attributes, read at each call; the _methods are the steps a subclass
    may replace.
    """

    # str.translate table of replace_whitespace: each whitespace character becomes a space.
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.max_lines, self.placeholder = max_lines, placeholder

    # -- the steps of wrap(), each one a method a subclass may replace

    def _munge_whitespace(self, text):
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        runs = _runs(text)
        if not self.break_on_hyphens or '-' not in text:
            return runs
        chunks = []
        for run in runs:
            if '-' in run and run[0] not in _whitespace:
                chunks.extend(_cut_word(run))
            else:
                chunks.append(run)
        return chunks

    def _fix_sentence_endings(self, chunks):
        # A space after a word ending a sentence becomes two.
        for k in range(1, len(chunks)):
            if chunks[k] == ' ' and _sentence_end(chunks[k - 1]):
                chunks[k] = '  '

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        word = reversed_chunks[-1]
        if not self.break_long_words:
            # Alone on its line, a word too long goes whole; otherwise it waits for the next line.
            if not cur_line:
                cur_line.append(word)
                reversed_chunks.pop()
            return
        room = width - cur_len if width >= 1 else 1
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Prefer to cut after the last hyphen that fits, unless only hyphens precede it.
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.initial_indent if limit == 1 else self.subsequent_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        todo = chunks[::-1]          # popped from the end: the next chunk is todo[-1]
        lines = []
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Whitespace opening a line other than the first is dropped.
            if self.drop_whitespace and lines and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if (limit is None or len(lines) + 1 < limit
                    or ((not todo or (self.drop_whitespace and len(todo) == 1 and not todo[0].strip()))
                        and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: words give way to the placeholder until it fits.
            lines.append(self._with_placeholder(lines, line, used, room, indent))
            break
        return lines

    def _with_placeholder(self, lines, line, used, room, indent):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                return indent + ''.join(line) + mark
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines.pop()
                return previous + mark
        return indent + mark.lstrip()

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the public interface

    def wrap(self, text):
        """Return text as a list of lines of at most self.width columns."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Return text wrapped to self.width columns, as one string of lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _margin(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove any common leading whitespace from every line in \x60text\x60."""
    lines = text.split('\n')
    common = None
    for k, line in enumerate(lines):
        lead = _margin(line)
        if len(lead) == len(line):
            lines[k] = ''          # a line of spaces and tabs only
            continue
        if common is None:
            common = lead
        elif not lead.startswith(common):
            size = 0
            for a, b in zip(common, lead):
                if a != b:
                    break
                size += 1
            common = common[:size]
    if common:
        cut = len(common)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    wanted = str.strip if predicate is None else predicate
    return ''.join([prefix + line if wanted(line) else line for line in text.splitlines(True)])
`;
