// Where the learner is in each lesson, kept as JSON under the user's config directory:
// $SOCKLAB_CONFIG_DIR (tests), else $XDG_CONFIG_HOME/socklab, else ~/.config/socklab.
//
// Progress must never stop a lesson, and must never be lost quietly:
// - every write happens under a lock file (progress.json.lock), re-reads the file first and
//   changes only the lesson it is about, so two socklab sessions keep each other's progress;
// - it writes a temporary file and renames it over the old one (a crash never leaves half a
//   file), and removes the temporary file when anything fails;
// - a damaged file is kept as progress.json.bak before it is replaced;
// - a file that cannot be read (permissions, no file descriptor free) is never overwritten;
// - when progress cannot be read or saved the learner is told once, in their language.
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { configDir } from '../config-dir.ts';
import { t } from '../i18n/index.ts';
import type { CodeLanguage } from './schema.ts';

export interface LessonProgress {
  /** Index of the step the learner is on (0-based). */
  step: number;
  /** The lesson was completed at least once. */
  finished: boolean;
  /** ISO time of the first completion. */
  finishedAt?: string;
  /** The language the learner typed the lesson's lines in last time (absent: TypeScript). */
  language?: CodeLanguage;
}

interface _File {
  format_version: 1;
  lessons: Record<string, LessonProgress>;
}

export { configDir };

/** How long a lock may be held before another session takes it (its owner died). */
const _STALE_LOCK_MS = 5_000;
/** How long to wait for another session's write. */
const _LOCK_WAIT_MS = 1_000;

type _Read =
  | { ok: true; data: _File }
  /** Not JSON, or not progress: replaceable once it is kept as .bak. */
  | { ok: false; damaged: true; why: string }
  /** Not readable now: must not be overwritten. */
  | { ok: false; damaged: false; why: string };

function _alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process
  }
}

/** The file is there but cannot be read now: it must not be overwritten. */
class _Unreadable extends Error {}

export class ProgressStore {
  readonly file: string;
  readonly #warn: (message: string) => void;
  readonly #warned = new Set<string>();
  /** What was read last (the file itself is read again before every write). */
  #data: _File | undefined;

  /** `warn` hears, once each, that progress could not be read or saved. */
  constructor(dir: string = configDir(), warn: (message: string) => void = () => {}) {
    this.file = join(dir, 'progress.json');
    this.#warn = warn;
  }

  get(id: string): LessonProgress | undefined {
    return this.#load().lessons[id];
  }

  /** Ids of the lessons finished at least once. */
  finished(): Set<string> {
    return new Set(Object.entries(this.#load().lessons).filter(([, p]) => p.finished).map(([id]) => id));
  }

  /** Records the step the learner is on, and (when given) the language they type it in. */
  setStep(id: string, step: number, language?: CodeLanguage): void {
    this.#update(id, (prev) => ({ ...prev, step, finished: prev?.finished ?? false, ...(language && { language }) }));
  }

  /** Marks a lesson finished; the next time it opens it starts from step 1 again. */
  finish(id: string): void {
    this.#update(id, (prev) => ({ step: 0, finished: true, finishedAt: prev?.finishedAt ?? new Date().toISOString(), ...(prev?.language && { language: prev.language }) }));
  }

  #load(): _File {
    if (this.#data) return this.#data;
    const read = this.#read();
    if (read.ok) this.#data = read.data;
    else if (read.damaged) this.#keepDamagedOrWarn(read.why);
    else this.#warnOnce('read', t('lessons.progress.cannotRead', { file: this.file, why: read.why }));
    // Not kept when unreadable: the next look tries again (a file descriptor may be free by then).
    return read.ok ? read.data : { format_version: 1, lessons: {} };
  }

  #read(): _Read {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT') return { ok: true, data: { format_version: 1, lessons: {} } };
      return { ok: false, damaged: false, why: err.code ?? err.message };
    }
    let parsed: Partial<_File> | null;
    try {
      parsed = JSON.parse(text) as Partial<_File> | null;
    } catch {
      return { ok: false, damaged: true, why: t('lessons.progress.notJson') };
    }
    if (!parsed || typeof parsed.lessons !== 'object' || parsed.lessons === null) return { ok: false, damaged: true, why: t('lessons.progress.notJson') };
    const lessons: Record<string, LessonProgress> = {};
    for (const [id, p] of Object.entries(parsed.lessons)) {
      if (!p || !Number.isInteger(p.step) || p.step < 0) continue;
      lessons[id] = {
        step: p.step,
        finished: p.finished === true,
        ...(typeof p.finishedAt === 'string' && { finishedAt: p.finishedAt }),
        ...((p.language === 'python' || p.language === 'typescript') && { language: p.language }),
      };
    }
    return { ok: true, data: { format_version: 1, lessons } };
  }

  /** Under the lock: read the file again, change lesson `id` only, write it back. */
  #update(id: string, change: (prev: LessonProgress | undefined) => LessonProgress): void {
    const mine = this.#data?.lessons[id];
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      this.#locked(() => {
        const read = this.#read();
        if (!read.ok && !read.damaged) throw new _Unreadable(read.why);
        if (!read.ok) this.#keepDamaged(read.why);
        const data = read.ok ? read.data : { format_version: 1 as const, lessons: {} };
        const prev = data.lessons[id];
        // Another session may have finished this lesson meanwhile: finishing is never undone.
        const base = prev && mine ? { ...prev, finished: prev.finished || mine.finished, ...((prev.finishedAt ?? mine.finishedAt) && { finishedAt: prev.finishedAt ?? mine.finishedAt }) } : prev ?? mine;
        data.lessons[id] = change(base);
        this.#write(data);
        this.#data = data;
        this.#removeDeadTemporaries();
      });
    } catch (e) {
      // The lesson goes on; this session remembers the step, and the learner knows it is not saved.
      const data = this.#data ?? { format_version: 1, lessons: {} };
      data.lessons[id] = change(data.lessons[id]);
      this.#data = data;
      if (e instanceof _Unreadable) this.#warnOnce('read', t('lessons.progress.cannotRead', { file: this.file, why: e.message }));
      else this.#warnOnce('save', t('lessons.progress.cannotSave', { file: this.file, why: (e as NodeJS.ErrnoException).code ?? String(e) }));
    }
  }

  #write(data: _File): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
      renameSync(tmp, this.file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never made
      }
      throw e;
    }
  }

  /** Temporary files of sessions that died between writing and renaming (a crash, a kill -9). */
  #removeDeadTemporaries(): void {
    const prefix = `${basename(this.file)}.`;
    for (const name of readdirSync(dirname(this.file))) {
      const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -4)) : NaN;
      if (!Number.isInteger(pid) || pid === process.pid || _alive(pid)) continue;
      try {
        unlinkSync(join(dirname(this.file), name));
      } catch {
        // gone already
      }
    }
  }

  /** Runs `fn` holding progress.json.lock; a lock older than a few seconds is a dead session's. */
  #locked(fn: () => void): void {
    const lock = `${this.file}.lock`;
    const deadline = Date.now() + _LOCK_WAIT_MS;
    let fd: number | undefined;
    while (fd === undefined) {
      try {
        fd = openSync(lock, 'wx');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        let age = 0;
        try {
          age = Date.now() - statSync(lock).mtimeMs;
        } catch {
          continue; // released just now
        }
        if (age > _STALE_LOCK_MS || Date.now() > deadline) {
          try {
            unlinkSync(lock);
          } catch {
            // someone else took it over first
          }
          continue;
        }
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
    try {
      fn();
    } finally {
      closeSync(fd);
      try {
        unlinkSync(lock);
      } catch {
        // taken over as stale: nothing to remove
      }
    }
  }

  #keepDamagedOrWarn(why: string): void {
    try {
      this.#keepDamaged(why);
    } catch (e) {
      this.#warnOnce('read', t('lessons.progress.cannotRead', { file: this.file, why: (e as Error).message }));
    }
  }

  /** Copies a damaged file to progress.json.bak (once), before anything replaces it. */
  #keepDamaged(why: string): void {
    if (this.#warned.has('damaged')) return;
    try {
      copyFileSync(this.file, `${this.file}.bak`);
    } catch (e) {
      throw new _Unreadable((e as NodeJS.ErrnoException).code ?? String(e));
    }
    this.#warnOnce('damaged', t('lessons.progress.damaged', { file: this.file, why, bak: `${this.file}.bak` }));
  }

  #warnOnce(kind: string, message: string): void {
    if (this.#warned.has(kind)) return;
    this.#warned.add(kind);
    this.#warn(message);
  }
}
