// Valid Python that @lezer/python's grammar lacks, read by rewriting the source Lezer sees
// (parse.ts tries this only when Lezer's parse of the program failed):
//
// - `match a, b:` and open sequence patterns, `case 1, *rest:` (PEP 634's open_sequence_pattern,
//   star_named_expressions as the subject): parentheses are inserted, and the tree's offsets are
//   moved back to the program's, so the subject is the tuple `(a, b)` and the pattern `(1, *rest)`;
// - implicit string concatenation in a pattern, `case "a" "b":`, and PEP 614's decorators
//   (`@buttons[0].clicked.connect`): Lezer sees one token of the same length there (a string, a
//   name), whose node is then replaced by the program's own expression, parsed by itself.
//
// Every offset of the final tree is the program's, so tracebacks and carets point into its lines.
import { PyNode } from './syntax.ts';

interface _Insertion {
  /** Where, in the program's source. */
  at: number;
  text: string;
}

/** A span Lezer reads as one token of the same length (`kind`), replaced by the span's own expression. */
interface _Placeholder {
  from: number;
  to: number;
  kind: 'String' | 'VariableName';
}

export interface Relaxation {
  /** What Lezer parses. */
  source: string;
  insertions: _Insertion[];
  placeholders: _Placeholder[];
}

interface _Header {
  /** Offsets in the source: the header (after the keyword) and its end (before a guard or the `:`). */
  from: number;
  end: number;
  comma: boolean;
  /** Runs of two or more adjacent string literals, as [from, to]. */
  concatenations: [number, number][];
}

const _STRING_START = /^(?:[rRbBuUfF]{0,2})(['"])/;

/** The end of the string literal starting at `i` (its prefix included), or -1 when it does not end on the line. */
function _stringEnd(line: string, i: number): number {
  const m = _STRING_START.exec(line.slice(i));
  if (!m) return -1;
  const q = m[1]!;
  let j = i + m[0].length;
  const triple = line.startsWith(q.repeat(3), j - 1);
  if (triple) j += 2;
  const close = triple ? q.repeat(3) : q;
  while (j < line.length) {
    if (line[j] === '\\') j += 2;
    else if (line.startsWith(close, j)) return j + close.length;
    else j++;
  }
  return -1;
}

/**
 * A `match` or `case` header on one line: from `start` (after the keyword) to its first `:` outside
 * brackets and strings; for a case, the pattern ends at a guard's `if`.
 */
function _header(line: string, start: number, offset: number, isCase: boolean): _Header | undefined {
  let depth = 0;
  let comma = false;
  let end = -1;
  let lastString: [number, number] | undefined;
  let run: [number, number] | undefined;
  const concatenations: [number, number][] = [];
  const closeRun = (): void => {
    if (run) concatenations.push([offset + run[0], offset + run[1]]);
    run = undefined;
  };
  for (let i = start; i < line.length;) {
    const c = line[i]!;
    if (c === '#') break;
    if (/[ \t]/.test(c)) {
      i++;
      continue;
    }
    const atWord = i === 0 || !/[\w]/.test(line[i - 1]!);
    // A literal, its prefix (b, r, f, rb…) included, where no name runs on into it.
    if (atWord && _STRING_START.test(line.slice(i))) {
      const e = _stringEnd(line, i);
      if (e < 0) return undefined;
      if (lastString && /^[ \t]*$/.test(line.slice(lastString[1], i))) run = [run?.[0] ?? lastString[0], e];
      else closeRun();
      lastString = [i, e];
      i = e;
      continue;
    }
    lastString = undefined;
    closeRun();
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && c === ',') comma = true;
    else if (depth === 0 && c === ':') {
      end = i;
      break;
    } else if (depth === 0 && isCase && atWord && /^if(?!\w)/.test(line.slice(i))) {
      end = i;
      break;
    }
    if (depth < 0) return undefined;
    i++;
  }
  closeRun();
  if (end < 0 || depth !== 0) return undefined;
  let e = end;
  while (e > start && /[ \t]/.test(line[e - 1]!)) e--;
  if (e === start) return undefined;
  return { from: offset + start, end: offset + e, comma, concatenations };
}

/** A decorator's expression that Lezer's (a dotted name, maybe called once) is not: [from, to] in the line. */
function _wideDecorator(line: string): [number, number] | undefined {
  const m = /^([ \t]*)@([^#]*?)[ \t]*(?:#.*)?\r?$/.exec(line);
  if (!m || m[2] === '' || /^[\w.]+(?:\([^()]*\))?$/.test(m[2]!)) return undefined;
  let depth = 0;
  for (const c of m[2]!.replace(/'[^']*'|"[^"]*"/g, "''")) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  const from = m[1]!.length + 1;
  return [from, from + m[2]!.length];
}

/** The rewrites that let Lezer read `source`, or undefined when it has none of these constructs. */
export function relax(source: string): Relaxation | undefined {
  const insertions: _Insertion[] = [];
  const placeholders: _Placeholder[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const m = /^[ \t]*(match|case)[ \t]+(?![=.([\],:;)]|if\b|in\b|is\b|and\b|or\b|not\b)/.exec(line);
    const header = m ? _header(line, m[0].length, offset, m[1] === 'case') : undefined;
    if (header) {
      if (header.comma) insertions.push({ at: header.from, text: '(' }, { at: header.end, text: ')' });
      if (m![1] === 'case') for (const [from, to] of header.concatenations) placeholders.push({ from, to, kind: 'String' });
    }
    const deco = line.trimStart().startsWith('@') ? _wideDecorator(line) : undefined;
    if (deco) placeholders.push({ from: offset + deco[0], to: offset + deco[1], kind: 'VariableName' });
    offset += line.length + 1;
  }
  if (insertions.length === 0 && placeholders.length === 0) return undefined;
  let text = source;
  for (const p of placeholders) {
    const width = p.to - p.from;
    const token = p.kind === 'String' ? `"${'x'.repeat(width - 2)}"` : '_'.repeat(width);
    text = text.slice(0, p.from) + token + text.slice(p.to);
  }
  let out = '';
  let last = 0;
  for (const ins of insertions) {
    out += text.slice(last, ins.at) + ins.text;
    last = ins.at;
  }
  return { source: out + text.slice(last), insertions, placeholders };
}

/** The deepest node of `kind` spanning exactly [from, to]. */
function _nodeAt(node: PyNode, from: number, to: number, kind: string): PyNode | undefined {
  if (node.from > from || node.to < to) return undefined;
  for (const c of node.children) {
    const found = _nodeAt(c, from, to, kind);
    if (found) return found;
  }
  return node.name === kind && node.from === from && node.to === to ? node : undefined;
}

/**
 * The tree of the relaxed source made the program's: offsets moved back over the inserted text
 * (an inserted token takes the place where it was inserted, with no width), and each placeholder
 * replaced by its span's expression (`expression(text)`, the expression node of that text alone).
 * Undefined when a placeholder is not where it should be.
 */
export function restore(top: PyNode, relaxation: Relaxation, source: string, expression: (text: string) => PyNode | undefined): PyNode | undefined {
  const starts: number[] = [];
  let shift = 0;
  for (const ins of relaxation.insertions) {
    starts.push(ins.at + shift);
    shift += ins.text.length;
  }
  const map = (pos: number): number => {
    let moved = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      const width = relaxation.insertions[i]!.text.length;
      if (pos >= at + width) moved += width;
      else if (pos > at) return relaxation.insertions[i]!.at;
      else break;
    }
    return pos - moved;
  };
  if (starts.length > 0) PyNode._remap(top, map);
  for (const p of relaxation.placeholders) {
    const old = _nodeAt(top, p.from, p.to, p.kind);
    const replacement = expression(source.slice(p.from, p.to));
    if (!old || !replacement) return undefined;
    PyNode._remap(replacement, (pos) => pos + p.from);
    PyNode._graft(old, replacement);
  }
  return top;
}
