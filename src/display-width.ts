// How many terminal columns a text takes, by CPython 3.11's rule (traceback._display_width): a
// character whose Unicode East Asian Width is W (wide) or F (fullwidth) takes two, every other
// code point one. CPython measures the ^ and ~ under a traceback's line this way, so a Chinese
// line keeps its marks under the expression; the socket table and wrapped lesson text use it
// to line up columns.

/**
 * The East Asian Width W and F characters of Unicode 14.0 (the data of CPython 3.11's
 * unicodedata), unassigned code points between them folded into the ranges.
 */
const _WIDE = new RegExp(
  '[' +
    '\\u{1100}-\\u{115f}' + // Hangul Jamo initial consonants
    // BMP symbols that emoji made wide: watch, hourglass, weather, zodiac, sports, marks.
    '\\u{231a}-\\u{231b}\\u{2329}-\\u{232a}\\u{23e9}-\\u{23ec}\\u{23f0}\\u{23f3}\\u{25fd}-\\u{25fe}' +
    '\\u{2614}-\\u{2615}\\u{2648}-\\u{2653}\\u{267f}\\u{2693}\\u{26a1}\\u{26aa}-\\u{26ab}\\u{26bd}-\\u{26be}' +
    '\\u{26c4}-\\u{26c5}\\u{26ce}\\u{26d4}\\u{26ea}\\u{26f2}-\\u{26f3}\\u{26f5}\\u{26fa}\\u{26fd}\\u{2705}' +
    '\\u{270a}-\\u{270b}\\u{2728}\\u{274c}\\u{274e}\\u{2753}-\\u{2755}\\u{2757}\\u{2795}-\\u{2797}\\u{27b0}' +
    '\\u{27bf}\\u{2b1b}-\\u{2b1c}\\u{2b50}\\u{2b55}' +
    // CJK radicals, punctuation (。、「」), kana, bopomofo, CJK ideographs, Yi, Hangul syllables.
    '\\u{2e80}-\\u{303e}\\u{3041}-\\u{3247}\\u{3250}-\\u{4dbf}\\u{4e00}-\\u{a4c6}\\u{a960}-\\u{a97c}' +
    '\\u{ac00}-\\u{d7a3}\\u{f900}-\\u{fad9}' +
    // Vertical and small forms, fullwidth forms (，：！？ＡＢ１２), fullwidth signs (￥).
    '\\u{fe10}-\\u{fe19}\\u{fe30}-\\u{fe6b}\\u{ff01}-\\u{ff60}\\u{ffe0}-\\u{ffe6}' +
    // Tangut, Khitan, kana supplements; emoji and pictographs; CJK ideograph extensions B–G.
    '\\u{16fe0}-\\u{1b2fb}\\u{1f004}\\u{1f0cf}\\u{1f18e}\\u{1f191}-\\u{1f19a}\\u{1f200}-\\u{1f320}' +
    '\\u{1f32d}-\\u{1f335}\\u{1f337}-\\u{1f37c}\\u{1f37e}-\\u{1f393}\\u{1f3a0}-\\u{1f3ca}\\u{1f3cf}-\\u{1f3d3}' +
    '\\u{1f3e0}-\\u{1f3f0}\\u{1f3f4}\\u{1f3f8}-\\u{1f43e}\\u{1f440}\\u{1f442}-\\u{1f4fc}\\u{1f4ff}-\\u{1f53d}' +
    '\\u{1f54b}-\\u{1f54e}\\u{1f550}-\\u{1f567}\\u{1f57a}\\u{1f595}-\\u{1f596}\\u{1f5a4}\\u{1f5fb}-\\u{1f64f}' +
    '\\u{1f680}-\\u{1f6c5}\\u{1f6cc}\\u{1f6d0}-\\u{1f6d2}\\u{1f6d5}-\\u{1f6df}\\u{1f6eb}-\\u{1f6ec}' +
    '\\u{1f6f4}-\\u{1f6fc}\\u{1f7e0}-\\u{1f7f0}\\u{1f90c}-\\u{1f93a}\\u{1f93c}-\\u{1f945}\\u{1f947}-\\u{1f9ff}' +
    '\\u{1fa70}-\\u{1faf6}\\u{20000}-\\u{3134a}' +
    ']',
  'u',
);

// Text without any character of the table's first range and above is one column a character.
const _MAYBE_WIDE = /[\u1100-\u{10ffff}]/u;

/** The columns `text` takes on a terminal (CPython's _display_width of the whole text). */
export function displayWidth(text: string): number {
  if (!_MAYBE_WIDE.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += _WIDE.test(ch) ? 2 : 1;
  return width;
}
