// How a translation in the translation cache is named (translation-cache.ts), apart from the
// cache itself: src/start.ts, which may not load the bundle's modules, asks whether a program's
// translation is there to choose the code cache of the start (BENCHMARKS.md, perfstart7).

/** The directory of translations, in the code cache's directory. */
export const TRANSLATIONS_DIR = 'translations';

/** What a translation is the translation of: the emitter's options (for `socklab run`, the mode `exec`) and the source. */
export function translationText(source: string, options: string): string {
  return `${options}\0${source}`;
}

/** Two 32-bit FNV-1a hashes of different bases (hex) and the length: a file name, not a proof of identity. */
export function translationName(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
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
