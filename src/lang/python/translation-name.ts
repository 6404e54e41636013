// How a translation in the translation cache is named (translation-cache.ts), apart from the
// cache itself: src/start.ts, which may not load the bundle's modules, asks whether a program's
// translation is there to choose the code cache of the start (BENCHMARKS.md, perfstart7).

/** The directory of translations, in the code cache's directory. */
export const TRANSLATIONS_DIR = 'translations';

/** What a translation is the translation of: the emitter's options (for `socklab run`, the mode `exec`) and the source. */
export function translationText(source: string, options: string): string {
  return `${options}\0${source}`;
}

/**
 * Two 32-bit FNV-1a-style hashes of different bases (hex) and the length: a file name, not a proof
 * of identity. They mix the text's UTF-8 bytes four at a time (little-endian words, then the last
 * bytes one by one). A loop per character ran long enough over a 300-line program for V8 to compile
 * it with TurboFan on the spot (OSR), twice a start (src/start.ts, then translation-cache.ts):
 * 15–23 M instructions of the ~130 M that a first translation of it adds to `socklab run`
 * (BENCHMARKS.md, "pyprod"). A quarter of the iterations stays in the baseline tiers.
 */
export function translationName(text: string): string {
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  if (bytes.byteOffset % 4 !== 0) bytes = Uint8Array.from(bytes); // an Int32Array view must be aligned
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ w, 0x01000193) ^ (b >>> 15);
  }
  for (let i = words.length * 4; i < bytes.length; i++) {
    const c = bytes[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}${text.length.toString(16)}`;
}

/** The file of the translation named `name` made by the bundle of hash `bundle`. */
export function translationFile(bundle: string, name: string): string {
  return `${bundle}-${name}.json`;
}
