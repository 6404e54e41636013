// The hand-written parser (src/lang/python/descent.ts) against Lezer, its reference: for every
// Python program of the corpora, prefixes of each and a table of tricky snippets, parse() (descent
// first, Lezer when it does not know) gives what parseTree() + syntaxOf() give — the same tree
// node for node (names, ranges, children, comments, groups) or the same SyntaxError.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { misuseCandidates, parseCorrect } from '../../../src/lang/python/descent.ts';
import { parse, parseTree } from '../../../src/lang/python/parse.ts';
import { relax } from '../../../src/lang/python/relaxed.ts';
import { PySyntaxError } from '../../../src/lang/python/runtime/exceptions.ts';
import { syntaxOf, type PyNode } from '../../../src/lang/python/syntax.ts';
// @ts-expect-error: a JavaScript module of the benchmarks, without types
import { tutorialSource } from '../../../bench/lib/translate_source.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function _pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return _pythonFiles(path);
    return f.endsWith('.py') ? [path] : [];
  });
}

/** Every `python:` text in the lessons' YAML. */
function _lessonPrograms(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'python' && typeof x === 'string') out.push([`${where}.python`, x]);
        else walk(x, `${where}.${k}`);
      }
    }
  };
  const dir = join(ROOT, 'lessons');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) walk(parseYaml(readFileSync(join(dir, f), 'utf8')), f);
  return out;
}

const _TRICKY: [string, string][] = [
  ['empty file', ''],
  ['only a comment', '# nothing'],
  ['no final newline', 'x = 1'],
  ['comment without final newline', 'if x:\n    pass  # c'],
  ['blank lines and spaces', '\n\n   \nx = 1\n\n\t\n'],
  ['decorator', '@dec\ndef f():\n    pass\n'],
  ['decorators stacked, dotted, called, on a class, in a class body',
    '@a.b(1, k=2)\n@c\nclass A(B):\n    @property\n    def p(self): return 1\n    @p.setter\n    def p(self, v):\n        pass\n'],
  ['decorator with a comment, a blank line, a lone one', '@a  # why\n\n# note\n@b()\ndef f(): pass\n@x\n'],
  ['lambda', 'f = lambda: 0\ng = lambda a, b=2, *c, d, **e: a + b\nh = lambda  : 1\nk = lambda *, a: a\n'],
  ['f-strings', 'x = f"{a!r:>{w}} {b=} {c:.2f} {{x}} {d[\'k\']}" f\'{e["k"]}\' F"{1}" rf"\\d{x}" f"""{a}\n{b}"""\n'],
  ['f-string spec with colon', 'f"{t:%H:%M}"\nf"{x:{y}.{z}}"\nf"{a if b else c}"\nf"{x,}"\nf"{ x = }"\nf"{x!s}"\n'],
  ['f-string oddities', 'f"{x}}"\nf"{"a"}"\nf"{x!z}"\nf"{}"\nf"{lambda: 1}"\nf"{x:{{}}}"\n'],
  ['line continuations', 'x = 1 + \\\n    2\nif a and \\\n   b:\n    y = 3 \\\n        + 4\nz = \\\n3\n'],
  ['continuation dedenting', 'if x:\n    y = 1 + \\\n2\n'],
  ['continuations anywhere', 'if x:\n    y = 1 \\\n+ 2\n    z = f(1,\\\n  2)\nif a: \\\n    pass\nw = 1; \\\n  v = 2\ndef f(): \\\n  return 1\n'],
  ['continuation onto a blank or comment line', 'u = 1 \\\n\\\n  + 2\nt = \\\n    # c\n    1\n'],
  ['implicit concatenation', 's = ("a" "b"\n     \'c\' f"{d}")\nt = "x" "y"\n'],
  ['star-args', 'f(*a, **k)\nf(a, *b, c=1, **d)\n*a, b = c\n[*a, *b]\n{*a, 1}\n{**a, **b}\nprint(*a, sep="")\n'],
  ['slices with steps', 'x[::2]\nx[1:2:3]\nx[:-1]\nx[a:b, c]\nx[::]\nx[1:2,]\nx[...]\n'],
  ['chained comparisons', 'a < b <= c == d != e > f >= g\na is not b\na not in b in c\na is b is not c\n'],
  ['conditional expressions', 'x = a if b else c if d else e\ny = (a if b else c)\nz = [a if b else c for a in d if a]\n'],
  ['comprehensions', '[x for x in y for z in x if z if not z]\n{k: v for k, v in d.items() if k}\n{x for x in y}\n(x for x in y)\nf(x for x in y)\nsum(x * y for x, y in z)\n'],
  ['dict and set displays', 'd = {}\nd = {1: 2, "a": [3], (4, 5): {6}}\ns = {1, 2, 3,}\nd = {**a, 1: 2}\n'],
  ['not with and/or', 'not a and b\nnot a or b and c\na and not b or c\nnot not a\nnot a == b\nx = [not a and b]\na or not b and not c\nif not a and b or not c: pass\n'],
  ['not with a comment', 'x = [not a  # c\n     and b]\n'],
  ['not after a comparison', 'a == not b\n'],
  ['unary minus and power', '-x ** 2\n2 ** -1\n-2 ** -1 ** 3\n- - a\n~a + +b\na ** b ** c\n(-a) ** b\n'],
  ['arithmetic precedence', 'a + b * c - d / e // f % g @ h\na | b ^ c & d << e >> f\na << b + c\n-a * b\n'],
  ['keywords used as names', 'print(type(x))\nx.match = 4\nawait_ = 5\nasync_ = 6\nf(match, case=type)\n'],
  ['soft keywords at a statement start', 'type(x)\nmatch(x)\nmatch = 1\ncase = 2\ntype = 3\n'],
  ['print', 'print("a")\nprint (1)\nprint\np = print\nprint.__name__\n'],
  ['print as a value', 'f(print, 1)\nx = [print]\n'],
  ['Python 2 print', 'print "a"\n'],
  ['tabs in indentation', 'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n'],
  ['tabs and spaces', 'if x:\n        a\n\tb\n'],
  ['CRLF line ends', 'if x:\r\n    y = 1\r\n\r\nz = 2\r\n'],
  ['CRLF in a bracket', 'x = [1,\r\n     2]\r\n'],
  ['comments everywhere', '# a\nx = [1,  # b\n     2]  # c\n# d\ndef f(a,  # e\n      b):  # f\n    # g\n    return a  # h\n    # i\n# j\nif x:  # k\n    pass\n# l\nelse:\n    pass  # m\nf(a, # n\n  b)\n'],
  ['comment before else', 'try:\n    a\n# c\nexcept E:\n    b\n    # d\nfinally:\n    c\n'],
  ['comment in a statement group', 'a; b  # c\nx = 1;  # d\n'],
  ['non-ASCII', 'héllo = "wörld"\nπ = 3.14\n名前 = "名"\nprint(héllo, π, 名前)\ns = "😀"\n'],
  ['bytes prefixes', 'a = rb"\\d"\nb = Rb"x"\nc = BR"y"\nd = b"\\x00\\n"\ne = br"\\"\nf = u"x"\ng = R"\\n"\n'],
  ['escapes', 's = "\\n\\t\\\\\\x41\\u00e9\\U0001F600\\N{DASH}\\101\\o12\\\n"\n'],
  ['numbers', 'a = 0x_ff\nb = 1_000\nc = 1e-3\nd = 1j\ne = .5\nf = 1.5e+10\ng = 0o17\nh = 0b1010\ni = 10.25J\nj = 0\nk = 00\n'],
  ['odd numbers', 'x = 5.\ny = 1.e5\nz = 1__0\nw = 0x\nv = 1if x else 2\nu = 1.real\n'],
  ['ellipsis', 'x = ...\ndef f(): ...\n'],
  ['semicolons', 'a = 1; b = 2\nc = 3;\nif x: a; b\nif y: c;\n'],
  ['global and nonlocal', 'def f():\n    global a, b\n    def g():\n        nonlocal c\n'],
  ['try/except* refusal', 'try:\n    pass\nexcept* ValueError:\n    pass\n'],
  ['try/except forms', 'try:\n    a\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nexcept:\n    pass\nelse:\n    b\nfinally:\n    c\n'],
  ['Python 2 except', 'try:\n    a\nexcept E, e:\n    pass\n'],
  ['class with bases and keywords', 'class A(B, C, metaclass=M):\n    x: int = 1\n    def f(self, *a, **k) -> None:\n        """doc"""\n        super().f(*a, **k)\nclass D: pass\nclass E():\n    pass\n'],
  ['with several items', 'with a as b, c, d() as e:\n    pass\nwith (open(x)) as f: pass\n'],
  ['del, assert, raise from', 'del a, b[0], c.d\ndel (a, b)\nassert x, "msg"\nassert y\nraise E("m") from None\n'],
  ['imports', 'import a\nimport a.b.c as d, e\nfrom a import b\nfrom a.b import (c, d as e,)\nfrom a import *\n'],
  ['relative imports', 'from . import x\nfrom .. a import y\nfrom ...a import z\n'],
  ['assignments', 'a = b = c\na, b = b, a\na: int\nb: list = []\nx[0] += 1\na.b -= 2\nc **= 3\nd //= 4\ne >>= 5\nf @= g\nh |= 1,\n'],
  ['return forms', 'def f():\n    return\ndef g():\n    return a, *b\ndef h(): return 1\n'],
  ['params', 'def f(a, b=1, *args, c, d=2, **kw): pass\ndef g(*, a): pass\ndef i(a: int = 1, *b: str, **c: dict) -> list: pass\ndef j(a,): pass\n'],
  ['positional-only parameters', 'def h(a, /, b): pass\n'],
  ['loops', 'for a, b in c:\n    break\nelse:\n    continue\nwhile x:\n    pass\nelse:\n    pass\nfor x in 1, 2:\n    pass\nfor (a, b) in c: pass\nfor *a, b in c: pass\n'],
  ['elif chains', 'if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n'],
  ['nested blocks dedenting twice', 'def f():\n    if x:\n        return 1\n    # c\n  # d\n# e\ng = 1\n'],
  ['a block at the end without newline', 'def f():\n    if x:\n        return 1'],
  ['walrus', 'if (n := 1): pass\n'],
  ['yield and await', 'def f():\n    yield 1\n    x = yield\nasync def g():\n    await h()\n'],
  ['match statement', 'match x:\n    case 1:\n        pass\n'],
  ['generators in calls', 'f(x for x in y)\nf(a, (x for x in y))\n'],
  ['calls and attributes', 'a.b.c(d)[e](f).g\nx = a()()\nsocket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n'],
  ['parenthesized', '(a)\n((a))\n(a,)\n()\n(a, b,)\n(yield)\n(*a,)\n'],
  ['strings in parens over lines', 'x = ("a"\n     "b")\n'],
  ['triple-quoted strings', 'x = """a\nb "c" \'d\'\n"""\ny = \'\'\'e\n\'\'\'\n'],
  ['indent errors', 'if x:\npass\n'],
  ['unexpected indent', 'x = 1\n    y = 2\n'],
  ['unclosed bracket', 'x = (1,\n'],
  ['missing colon', 'if x\n    pass\n'],
  ['form feed', 'x = 1\n\x0c\ny = 2\n'],
  ['lone CR', 'x = 1\ry = 2\n'],
  ['spaces at the very end', 'x = 1\n   '],
  ['trailing comma oddities', 'import a,\nglobal a,\nassert a, b,\nwith a,: pass\nf(a,)\nx = 1,\n'],
  ['keyword argument oddities', 'f(a=1, *b)\nf(**a, b)\nf(a for a in b, c)\nf(x=y for y in z)\n'],
  ['lambda in comprehension if', '[x for x in y if lambda: x]\n'],
  ['conditional lambda', 'x = lambda: a if b else c\ny = a if b else lambda: c\n'],
  ['diamond', '1 <> 2\n'],
  ['keyword after dot', 'x.if\n'],
  ['backslash in strings', "s = 'a\\'b'\nt = r'a\\'b'\nu = '\\\\'\n"],
  ['dedent to an unknown level', 'if x:\n    a\n  b\n'],
  // What parse.ts's line scan (CPython's tokenizer errors) finds: descent.ts must know none of it.
  ['tab after spaces', 'if x:\n    a\n\tb\n'],
  ['tabs then spaces to the same column', 'if x:\n\ta\n        b\n'],
  ['a deeper tab indent', 'if x:\n        a\n        if y:\n\t\t b\n'],
  ['consistent tabs and spaces', 'if x:\n\t a\n\t if y:\n\t \tb\n\t c\n'],
  ['leading zeros', 'x = 0777\n'],
  ['zeros that are fine', 'x = 00\ny = 0_0\nz = 07.5\nw = 0e5\nv = 09j\n'],
  ['a keyword after a number', 'x = 1if y else 2\nz = [0x1for x in y]\n'],
  ['bytes with non-ASCII', 'x = b"é"\n'],
  ['non-ASCII in a bytes comment', 'x = b"e"  # é\n'],
  ['an invalid character', 'x = 1 $ 2\n'],
  ['a typographic quote', 'print(“hi”)\n'],
  ['a no-break space', 'x =\u00a01\n'],
  ['a mismatched bracket', 'x = (1, 2]\n'],
  ['an unmatched bracket', 'x = 1)\n'],
  ['unterminated strings', 'x = "abc\ny = 2\n'],
  ['an unterminated triple-quoted string', 'x = """abc\ny = 2\n'],
  ['a name of a combining mark', 'x = \u0301a\n'],
  // Found by the mutations below.
  ['a continuation before the line\'s first token', 'x = 1\n\\\ntry:\n    x = 2\nexcept E:\n    pass\n'],
  ['print and a non-ASCII letter', 'printé(x)\n'],
  ['a digit after an astral letter', '𝑥0𝑦 = 41\n'],
  ['a non-ASCII escape in bytes', "x = b'\\é'\n"],
  ['a quote of the f-string inside its braces', 'x = f\'{e["\'k"]}\'\n'],
  ['a spec that starts with =', 'f"{x:=5}"\nf"{x:={y}{z}}"\n'],
  ['a lone surrogate in a comment', '#\ud835 x\n'],
];

/**
 * The snippets above that Lezer's path accepts and descent.ts leaves to it: refusals, and what
 * it does not know (check.ts then reports the error or the refusal from Lezer's tree).
 */
const _LEFT_TO_LEZER = new Set(['continuation onto a blank or comment line', 'not with a comment', 'not after a comparison',
  'soft keywords at a statement start', 'try/except* refusal', 'Python 2 except', 'relative imports', 'positional-only parameters',
  'walrus', 'match statement', 'lone CR', 'spaces at the very end', 'trailing comma oddities', 'diamond', 'keyword after dot',
  'a keyword after a number', 'a name of a combining mark',
  // A bare `yield` Lezer reads only as parse.ts spells it for it (`ÿield`).
  'yield and await', 'parenthesized']);

/** The corpus programs left to Lezer the same way: each is refused, is CPython's SyntaxError found in check.ts, or has a yield. */
const _CORPUS_LEFT_TO_LEZER = [
  // A statement that starts with `type` (`type(*args)`, `type.__init__(cls, …)`): the soft keyword is Lezer's.
  'test/python/cases/class_metaclass_type_calls.py', 'test/python/cases/class_type_three_args.py',
  'test/python/cases/err_generator_traceback.py', 'test/python/cases/err_match_class_positional.py',
  // async def, await, async with and async for: the descent leaves them to Lezer.
  ...['async_comprehension_outside', 'async_for_outside', 'async_with_outside', 'await_lambda', 'await_outside_async', 'await_outside_function'].map((n) => `test/python/cases/err_syntax_${n}.py`),
  'test/python/cases/err_syntax_double_semicolon.py', 'test/python/cases/err_syntax_elif_no_condition.py', 'test/python/cases/err_syntax_except_star_bare.py', 'test/python/cases/err_syntax_except_star_mixed.py',
  'test/python/cases/err_syntax_fstring_lambda.py',
  'test/python/cases/err_syntax_import_trailing_comma.py', 'test/python/cases/err_syntax_invalid.py',
  ...['alternatives_names', 'capture_unreachable', 'duplicate_key', 'name_twice', 'two_stars', 'wildcard_alternative'].map((n) => `test/python/cases/err_syntax_match_${n}.py`), 'test/python/cases/err_syntax_not_equal.py',
  'test/python/cases/err_syntax_raise_comma.py', 'test/python/cases/err_syntax_return_async_generator.py', ...['after_keyword', 'attribute', 'class_body', 'iterable', 'rebind', 'subscript'].map((n) => `test/python/cases/err_syntax_walrus_${n}.py`),
  'test/python/cases/err_syntax_yield_comprehension.py', 'test/python/cases/err_syntax_yield_from_async.py', 'test/python/cases/err_syntax_yield_outside.py',
  'test/python/cases/lang_async_comprehension.py', 'test/python/cases/lang_async_generator.py', 'test/python/cases/lang_async_never_awaited.py', 'test/python/cases/lang_async_protocols.py',
  'test/python/cases/lang_bound_method_values.py', 'test/python/cases/lang_except_star.py', 'test/python/cases/lang_float_literals.py', 'test/python/cases/lang_generator_basic.py', 'test/python/cases/lang_generator_close.py', 'test/python/cases/lang_generator_socket.py', 'test/python/cases/lang_generator_stopiteration.py', 'test/python/cases/lang_match.py', 'test/python/cases/lang_trailing_dot_float_lezer.py', 'test/python/cases/lang_walrus.py',
  // enum's cases match on members (and the chat protocol reads with :=): left to Lezer as lang_match is.
  'test/python/cases/lib_contextlib_asynccontextmanager.py', 'test/python/cases/lib_enum_basics.py', 'test/python/cases/lib_enum_int_flag.py',
  ...['agen_lines', 'echo_streams', 'future_states', 'gather_order', 'groups_timeouts', 'locks', 'locks_order', 'loop_scheduling', 'protocol_server', 'queue', 'queue_kinds', 'queue_order', 'run_sigint', 'sock_blocking', 'stream_edges', 'stream_flow', 'task_cancel', 'taskgroup', 'timeout', 'transport_flow', 'wait_for', 'wait_kinds'].map((n) => `test/python/cases/mod_asyncio_${n}.py`),
  // The asyncio tutorials (async def, await): left to Lezer as mod_asyncio_* are.
  ...['chat_broadcast', 'echo_protocol', 'protocol_client', 'readexactly', 'wait_for_client'].map((n) => `test/python/cases/tut_asyncio_${n}.py`),
  // A @contextmanager's generator (yield): the descent leaves generators to Lezer.
  'test/python/cases/tut_contextlib_with.py',
  'test/python/cases/tut_enum_chat_protocol.py',
  'test/python/cases/tut_run_in_executor_blocking.py',
  'test/python/refused/generator_lambda.py'];

/** Every difference between Lezer's tree (syntaxOf) and the descent's, as readable lines. */
function _differences(lezer: PyNode, ours: PyNode, out: string[] = []): string[] {
  const at = `${lezer.name}@${lezer.from}-${lezer.to}`;
  if (lezer.name !== ours.name || lezer.from !== ours.from || lezer.to !== ours.to) {
    out.push(`${at}: ours ${ours.name}@${ours.from}-${ours.to}`);
    return out;
  }
  for (const group of ['Statement', 'Expression']) {
    if (lezer.type.is(group) !== ours.type.is(group)) out.push(`${at}: in group ${group} ${lezer.type.is(group)}, ours ${ours.type.is(group)}`);
  }
  if ((lezer.parent?.from ?? -1) !== (ours.parent?.from ?? -1) || lezer.parent?.name !== ours.parent?.name) out.push(`${at}: parent`);
  const all = (n: PyNode): PyNode[] => {
    const kids: PyNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    return kids;
  };
  const a = all(lezer);
  const b = all(ours);
  const names = (xs: PyNode[]) => xs.map((c) => `${c.name}@${c.from}-${c.to}`).join(' ');
  if (names(a) !== names(b)) {
    out.push(`${at}: children\n  lezer ${names(a)}\n  ours  ${names(b)}`);
    return out;
  }
  if (names(lezer.children) !== names(ours.children)) out.push(`${at}: children without comments`);
  if ((lezer.lastChild?.from ?? -1) !== (ours.lastChild?.from ?? -1)) out.push(`${at}: last child`);
  a.forEach((c, i) => {
    if ((c.prevSibling?.from ?? -1) !== (b[i]!.prevSibling?.from ?? -1)) out.push(`${at}: prevSibling of child ${i}`);
    _differences(c, b[i]!, out);
  });
  return out;
}

type _Outcome = { tree: PyNode } | { error: string };

function _outcome(run: () => PyNode): _Outcome {
  try {
    return { tree: run() };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: `${e.kind}: ${e.message} (${e.lineno}:${e.offset})` };
  }
}

/** What is wrong with parse() on `source`, compared with Lezer's: [] when nothing. */
function _compare(source: string): string[] {
  const lezer = _outcome(() => syntaxOf(parseTree(source, 'x.py').tree));
  const ours = _outcome(() => parse(source, 'x.py').top);
  // Valid Python Lezer's grammar lacks (`match a, b:`): parse() reads it through relaxed.ts, never
  // the descent, and reports the rewritten program's error, which may come after Lezer's first one.
  if ('error' in lezer && relax(source) !== undefined && parseCorrect(source) === null) return [];
  if ('error' in lezer) return 'error' in ours && ours.error === lezer.error ? [] : [`Lezer: ${lezer.error}; parse(): ${'error' in ours ? ours.error : 'a tree'}`];
  if ('error' in ours) return [`Lezer: a tree; parse(): ${ours.error}`];
  return [..._differences(lezer.tree, ours.tree), ..._candidateDifferences(ours.tree)];
}

/** The nodes misuse.ts's parser checks read, in the order of a walk of the whole tree. */
const _MISUSE_NODES = new Set(['AssignStatement', 'UpdateStatement', 'DeleteStatement', 'ForStatement', 'ArgList', 'ParamList', 'ImportStatement', 'IfStatement']);

/** Whether misuseCandidates() lists those nodes of a descent tree, in that order. */
function _candidateDifferences(top: PyNode): string[] {
  const candidates = misuseCandidates(top);
  if (!candidates) return [];
  const walked: PyNode[] = [];
  const walk = (n: PyNode): void => {
    if (_MISUSE_NODES.has(n.name)) walked.push(n);
    n.children.forEach(walk);
  };
  walk(top);
  const listed = candidates.filter((c) => _MISUSE_NODES.has(c.name));
  const same = listed.length === walked.length && listed.every((c, i) => c === walked[i]);
  return same ? [] : [`misuse candidates: ${listed.map((c) => `${c.name}@${c.from}`).join(' ')} against the walk's ${walked.map((c) => `${c.name}@${c.from}`).join(' ')}`];
}

/** The source, and prefixes of it cut at several lines and inside lines. */
function _cuts(source: string): string[] {
  const lines = source.split('\n');
  const out = [source];
  for (const f of [0.2, 0.45, 0.7, 0.9]) {
    const k = Math.floor(lines.length * f);
    out.push(lines.slice(0, k).join('\n') + '\n', lines.slice(0, k).join('\n'));
    const c = Math.floor(source.length * f);
    out.push(source.slice(0, c));
  }
  return [...new Set(out)];
}

const _CORPUS: [string, string][] = [
  ...['test/python/cases', 'test/python/refused', 'test/conformance/cases'].flatMap((d) =>
    _pythonFiles(join(ROOT, d)).map((f): [string, string] => [f.slice(ROOT.length + 1), readFileSync(f, 'utf8')])),
  ..._lessonPrograms(),
  ['bench/lib/translate_source.mjs', tutorialSource() as string],
];

/** Whether Lezer's path accepts `source` (the programs the descent should know). */
function _accepted(source: string): boolean {
  return 'tree' in _outcome(() => syntaxOf(parseTree(source, 'x.py').tree));
}

describe('descent.ts, the parser for correct programs', () => {
  it.each(_TRICKY)('gives Lezer\'s tree or Lezer\'s error: %s', (name, source) => {
    for (const cut of _cuts(source)) expect(_compare(cut), JSON.stringify(cut)).toEqual([]);
    // A snippet Lezer accepts is the descent's own, or one it leaves to Lezer.
    if (_accepted(source)) expect(parseCorrect(source) === null).toBe(_LEFT_TO_LEZER.has(name));
  });

  it('gives Lezer\'s tree or Lezer\'s error for every corpus program and prefixes of it', () => {
    const failures: string[] = [];
    for (const [name, source] of _CORPUS) {
      for (const cut of _cuts(source)) {
        const d = _compare(cut);
        if (d.length > 0) failures.push(`${name} (${cut.length} of ${source.length} characters): ${d.slice(0, 3).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('gives Lezer\'s tree or Lezer\'s error for corpus programs with a character changed', () => {
    // A small deterministic generator (mulberry32): the same mutations every run.
    let seed = 9;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const inserts = ['(', ')', '[', ']', '{', '}', ':', ',', '\t', ' ', '    ', '\n', '"', "'", '#', '\\', '\\\n', '=', 'not ', '*', '-', '.', '0', 'é', '\r'];
    const failures: string[] = [];
    for (const [name, source] of _CORPUS) {
      for (let k = 0; k < 12; k++) {
        const at = Math.floor(random() * source.length);
        const r = random();
        const mutated = r < 0.3 ? source.slice(0, at) + source.slice(at + 1)
          : r < 0.4 ? source.slice(0, at) + source[at] + source.slice(at)
          : source.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + source.slice(at);
        const d = _compare(mutated);
        if (d.length > 0) failures.push(`${name} changed at ${at}: ${JSON.stringify(mutated.slice(Math.max(0, at - 20), at + 20))}: ${d.slice(0, 2).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('knows every program of the corpus that Lezer accepts', () => {
    const accepted = _CORPUS.filter(([, source]) => _accepted(source));
    const unknown = accepted.filter(([, source]) => parseCorrect(source) === null).map(([name]) => name);
    console.log(`descent.ts knows ${accepted.length - unknown.length} of the ${accepted.length} corpus programs Lezer accepts (${_CORPUS.length} in all)`);
    expect(unknown).toEqual(_CORPUS_LEFT_TO_LEZER);
  });
});
