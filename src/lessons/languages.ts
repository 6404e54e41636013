// The two languages a step's code is written in: socklab's TypeScript line language (`code:`)
// and Python, the tutorials' own (`python:`). This file holds what depends on the language and
// nothing else: how a Python block splits into REPL inputs, which code a step has in a language,
// and how a text that names both forms of a line shows the learner's own form first.
import { t } from '../i18n/index.ts';
import type { CodeLanguage, Step } from './schema.ts';

export type { CodeLanguage } from './schema.ts';

export const CODE_LANGUAGES: readonly CodeLanguage[] = ['typescript', 'python'];

/** The step's code inputs in `language` (placeholders not filled in yet). */
export function stepCode(step: Step, language: CodeLanguage): readonly string[] {
  return language === 'python' ? step.python : step.code;
}

/** Python's keywords that continue the compound statement before them instead of starting one. */
const _CONTINUES = /^(elif|else|except|finally)\b/;

/**
 * Splits Python source into the inputs CPython's interactive REPL would run one by one: a simple
 * statement is one input; a compound statement (`while True:` and its indented body, with its
 * `elif`/`else`/`except`/`finally` clauses) is one input, ended by the next unindented line or
 * by an empty line (where the REPL's `...` prompt would run it); brackets left open continue the
 * input. Comment-only lines outside a block are dropped, as the REPL ignores them.
 */
export function pythonInputs(source: string): string[] {
  const inputs: string[] = [];
  let current: string[] = [];
  let depth = 0;
  const flush = () => {
    if (current.length > 0) inputs.push(current.join('\n'));
    current = [];
    depth = 0;
  };
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      if (depth === 0) flush();
      continue;
    }
    const continues = depth > 0 || (current.length > 0 && (/^\s/.test(line) || _CONTINUES.test(line)));
    if (!continues) {
      flush();
      if (/^#/.test(line)) continue;
    }
    current.push(line);
    depth = Math.max(0, depth + _bracketBalance(line));
  }
  flush();
  return inputs;
}

/** Opened minus closed brackets on a line, outside strings and comments. */
function _bracketBalance(line: string): number {
  let n = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') break;
    else if ('([{'.includes(ch)) n++;
    else if (')]}'.includes(ch)) n--;
  }
  return n;
}

/**
 * A line a text teaches in both languages is written `` `TypeScript form`|`Python form` ``
 * (two code spans joined by a bar). The learner sees their own language's form first and the
 * other one after it, named: `` `data, addr = s.recvfrom(1024)` (TypeScript: `[data, addr] = …`) ``.
 */
const _PAIR = /`([^`\n]+)`\|`([^`\n]+)`/g;

export function showLanguage(text: string, language: CodeLanguage): string {
  return _pickParagraphs(_pickBlocks(text, language), language).replace(_PAIR, (_all, ts: string, py: string) =>
    language === 'python' ? t('lessons.lang.pair', { mine: py, other: ts, language: 'TypeScript' }) : t('lessons.lang.pair', { mine: ts, other: py, language: 'Python' }),
  );
}


/**
 * A paragraph that only one language needs starts with its tag, `[python] ` or `[typescript] `
 * (`[python] Type \`import socket\` first`: TypeScript mode has socket preloaded). The learner of
 * that language reads it without the tag; the other one does not see it.
 */
const _PARAGRAPH_TAG = /^\[(python|typescript)\] /;

function _pickParagraphs(text: string, language: CodeLanguage): string {
  if (!text.includes('] ')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tag = (i === 0 || lines[i - 1]!.trim() === '') ? _PARAGRAPH_TAG.exec(lines[i]!) : null;
    if (!tag) {
      out.push(lines[i]!);
      continue;
    }
    if (tag[1] === language) {
      out.push(lines[i]!.slice(tag[0].length));
      continue;
    }
    // Left out with the empty line before it, so the paragraphs around it stay one line apart.
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') i++;
    if (out.length > 0 && out.at(-1)!.trim() === '') out.pop();
    else if (i + 1 < lines.length) i++; // the first paragraph: the empty line after it goes
  }
  return out.join('\n');
}

/** The first line of a code block written in Python: a Python comment, so the block stays valid Python. */
export const PYTHON_BLOCK = '# Python';

const _CODE_LINE = /^ {4}/;

/** Where each Python block is: [start (its tag line), end (exclusive)], and the block before it. */
function _pythonBlocks(lines: readonly string[]): { start: number; end: number; before?: { start: number; end: number } }[] {
  const found: { start: number; end: number; before?: { start: number; end: number } }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== PYTHON_BLOCK || !_CODE_LINE.test(lines[i]!)) continue;
    let end = i + 1;
    // Empty lines inside the block belong to it when it goes on after them.
    for (let j = end; j < lines.length; j++) {
      if (_CODE_LINE.test(lines[j]!)) end = j + 1;
      else if (lines[j]!.trim() !== '') break;
    }
    let b = i - 1;
    while (b >= 0 && lines[b]!.trim() === '') b--;
    let start = b + 1;
    for (let j = b; j >= 0 && (_CODE_LINE.test(lines[j]!) || lines[j]!.trim() === ''); j--) if (_CODE_LINE.test(lines[j]!)) start = j;
    found.push({ start: i, end, ...(start <= b && { before: { start, end: b + 1 } }) });
    i = end - 1;
  }
  return found;
}

/**
 * A program shown in both languages is a code block followed (after an empty line) by its Python
 * version, a block whose first line is `# Python`. The learner sees the one of their language:
 * in Python the Python block (without its tag) replaces the other; in TypeScript it is left out.
 */
function _pickBlocks(text: string, language: CodeLanguage): string {
  if (!text.includes(PYTHON_BLOCK)) return text;
  const lines = text.split('\n');
  const drop = new Set<number>();
  for (const block of _pythonBlocks(lines)) {
    const gapFrom = block.before ? block.before.end : block.start;
    if (language === 'python') {
      for (let i = block.before?.start ?? block.start; i <= block.start; i++) drop.add(i);
    } else {
      for (let i = gapFrom; i < block.end; i++) drop.add(i);
    }
  }
  return lines.filter((_l, i) => !drop.has(i)).join('\n');
}

/** The Python code blocks of a text, without their `# Python` tag. */
export function pythonBlocks(text: string): string[] {
  const lines = text.split('\n');
  return _pythonBlocks(lines).map((b) => lines.slice(b.start + 1, b.end).map((l) => l.slice(4)).join('\n').trimEnd());
}
