// Translations from earlier runs, so that running the same program again (a learner re-running
// their script, a notebook re-run, a lesson's fixed code) skips parse → check → emit. The first
// translation in a process is mostly Lezer's parser running before V8 has optimised it
// (BENCHMARKS.md), and no code cache makes that faster. One JSON file per translation next to the
// code cache (src/start.ts lends the directory and the bundle's hash: a translation is valid only
// for the translator that made it), named by a hash of the source and the emitter's options.
// The hash is a JavaScript one, not node:crypto's (loading node:crypto cost ~6 ms of every
// `socklab run prog.py`): an entry holds the text it translates and counts only when that text is
// the one looked up, so two sources of one hash cost a translation, never a wrong program.
// Off with SOCKLAB_CODE_CACHE=0, like the code cache. Only successful translations are kept: an
// error is reported afresh each time, in the user's language of the day.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCache, lentTranslationName } from '../../bundle-hooks.ts';
import type { EmittedLine } from './emit.ts';
import { TRANSLATIONS_DIR, translationFile, translationName, translationText } from './translation-name.ts';

export interface Translation {
  /** The lines' text, joined by newlines. */
  js: string;
  lines: EmittedLine[];
  globals: string[];
  free: string[];
}

export interface TranslationCacheLimits {
  /** At most this many translations are kept; the least recently used go first. */
  maxEntries: number;
  /** And at most this many bytes of them. */
  maxBytes: number;
}

/** What names a translation: `text` is the emitter's options and the source, `name` its hash (the file's name). */
export interface TranslationKey {
  readonly name: string;
  readonly text: string;
}

const _LIMITS: TranslationCacheLimits = { maxEntries: 256, maxBytes: 32 * 1024 * 1024 };

/** What a file holds of a translation: its js is its lines' text, joined again when read. */
type _Stored = Omit<Translation, 'js'>;

function _isStored(x: unknown): x is _Stored {
  const t = x as _Stored;
  return typeof t === 'object' && t !== null && Array.isArray(t.globals) && Array.isArray(t.free) && Array.isArray(t.lines)
    && t.lines.every((l) => typeof l?.text === 'string' && typeof l.pyLine === 'number');
}

/** A directory of translations made by one bundle (`bundle`, its hash). */
export class TranslationCache {
  constructor(
    readonly dir: string,
    private readonly bundle: string,
    private readonly limits: TranslationCacheLimits = _LIMITS,
  ) {}

  /** The key of the translation of `source` with these emitter options. */
  key(source: string, options: string): TranslationKey {
    const text = translationText(source, options);
    return { name: lentTranslationName(text) ?? translationName(text), text };
  }

  private _file(key: TranslationKey): string {
    return join(this.dir, translationFile(this.bundle, key.name));
  }

  /** The stored translation, or undefined (none, unreadable, another text's, or not a translation: it is rewritten). */
  get(key: TranslationKey): Translation | undefined {
    const file = this._file(key);
    // A first translation's usual answer, without the exception (and its stack) of reading no file.
    if (!existsSync(file)) return undefined;
    let entry: { text?: unknown; translation?: unknown };
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as typeof entry;
    } catch {
      return undefined;
    }
    if (entry?.text !== key.text || !_isStored(entry.translation)) return undefined;
    try {
      const now = new Date();
      utimesSync(file, now, now); // recently used: kept when the cache is over its limits
    } catch {
      // read-only: the entry still counts
    }
    const { lines, globals, free } = entry.translation;
    return { js: lines.map((l) => l.text).join('\n'), lines, globals, free };
  }

  /** Stores a translation, whose js is its lines' text joined (atomically: a reader never sees half a file). Never fails. */
  set(key: TranslationKey, translation: Translation): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const file = this._file(key);
      const tmp = `${file}.${process.pid}.tmp`;
      const stored: _Stored = { lines: translation.lines, globals: translation.globals, free: translation.free };
      writeFileSync(tmp, JSON.stringify({ text: key.text, translation: stored }));
      renameSync(tmp, file);
      this._prune();
    } catch {
      // read-only or full disk: translated again next time
    }
  }

  /** Removes other bundles' translations, then the least recently used until within the limits. */
  private _prune(): void {
    const mine: { file: string; size: number; used: number }[] = [];
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (!name.startsWith(`${this.bundle}-`) || !name.endsWith('.json')) {
        // another bundle's (or a writer's that died before its rename, when older than a minute)
        if (!name.endsWith('.tmp') || Date.now() - statSync(file).mtimeMs > 60_000) rmSync(file, { force: true });
        continue;
      }
      const st = statSync(file);
      mine.push({ file, size: st.size, used: st.mtimeMs });
    }
    mine.sort((a, b) => b.used - a.used);
    let bytes = 0;
    mine.forEach((e, i) => {
      bytes += e.size;
      if (i >= this.limits.maxEntries || bytes > this.limits.maxBytes) rmSync(e.file, { force: true });
    });
  }
}

let _user: TranslationCache | undefined | null = null;

/** The user's translation cache (a `translations` directory beside the code cache), if there is one. */
export function userTranslationCache(): TranslationCache | undefined {
  if (_user === null) {
    const where = bundleCache();
    _user = where && new TranslationCache(join(where.dir, TRANSLATIONS_DIR), where.bundle);
  }
  return _user;
}
