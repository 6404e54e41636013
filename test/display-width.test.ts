// Columns as CPython 3.11 counts them under a traceback's line (traceback._display_width);
// each expected width is python3's for the same text.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/display-width.ts';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['你好', 4],
    ['QQ用户A', 7],
    ['，：', 4], // fullwidth punctuation
    ['😀', 2], // an emoji outside the BMP: one code point, two columns
    ['✅', 2], // a BMP symbol that is wide
    ['e\u0301', 2], // a combining accent counts one, as in CPython
    ['\u303f', 1], // in the CJK block but not wide
    ['\u{20000}', 2], // CJK extension B
    ['\uff71', 1], // halfwidth katakana
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
