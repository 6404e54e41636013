// Text for a terminal narrower than the text was written for: lesson texts are wrapped by hand
// at about 88 columns, which a 60-column terminal would break in the middle of words. The
// paragraphs are joined again and wrapped at the terminal's width; code lines (four spaces),
// empty lines and list items keep their place, `inline code` is never split, and Chinese text
// may break between any two characters (but not before its closing punctuation).

import { displayWidth } from './display-width.ts';

/** CJK text, which may break between any two characters. */
const _WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Punctuation that must not start a line (kinsoku). */
const _NO_BREAK_BEFORE = /^[，。、：；！？）」』》〉”’,.:;!?)\]]/u;
const _TOKEN = /`[^`\n]*`|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s`\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|`|\s+/gu;
const _LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** The terminal's width when output is a terminal (undefined otherwise: text stays as written). */
export function terminalColumns(stream: { isTTY?: boolean; columns?: number } = process.stdout): number | undefined {
  return stream.isTTY && stream.columns ? stream.columns : undefined;
}

/** `text` rewrapped to `width` columns; unchanged when every line already fits (or no width). */
export function wrapText(text: string, width: number | undefined): string {
  const lines = text.split('\n');
  if (width === undefined || width < 20 || lines.every((l) => displayWidth(l) <= width)) return text;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(..._fill(_join(paragraph), width));
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '' || /^ {4}/.test(line)) {
      flush();
      out.push(line);
    } else {
      if (_LIST_ITEM.test(line)) flush();
      paragraph.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** The lines of one paragraph as one line: a space between words, none between Chinese characters. */
function _join(lines: readonly string[]): string {
  let joined = lines[0]!.trimEnd();
  for (const next of lines.slice(1).map((l) => l.trim())) {
    const wide = _WIDE.test(joined.at(-1) ?? '') && _WIDE.test(next[0] ?? '');
    joined += wide ? next : ` ${next}`;
  }
  return joined;
}

/** Greedy fill at `width`; a list item's continuation lines hang under its text. */
function _fill(paragraph: string, width: number): string[] {
  const indent = ' '.repeat(_LIST_ITEM.exec(paragraph)?.[0].length ?? /^\s*/.exec(paragraph)![0].length);
  const lines: string[] = [];
  let line = '';
  let space = false;
  for (const token of paragraph.match(_TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      space = line.trim() !== '';
      if (line === '') line = token; // the paragraph's own indentation
      continue;
    }
    const piece = space ? ` ${token}` : token;
    if (line.trim() !== '' && displayWidth(line + piece) > width && !_NO_BREAK_BEFORE.test(token)) {
      lines.push(line);
      line = indent + token;
    } else {
      line += piece;
    }
    space = false;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}
