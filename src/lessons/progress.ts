// Where the learner is in each lesson, kept as JSON under the user's config directory:
// $SOCKLAB_CONFIG_DIR (tests), else $XDG_CONFIG_HOME/socklab, else ~/.config/socklab.
// A missing or damaged file means "no progress yet": progress must never stop a lesson.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface LessonProgress {
  /** Index of the step the learner is on (0-based). */
  step: number;
  /** The lesson was completed at least once. */
  finished: boolean;
  /** ISO time of the first completion. */
  finishedAt?: string;
}

interface _File {
  format_version: 1;
  lessons: Record<string, LessonProgress>;
}

/** socklab's config directory for this user. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOCKLAB_CONFIG_DIR) return env.SOCKLAB_CONFIG_DIR;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'socklab');
}

export class ProgressStore {
  readonly file: string;
  #data: _File | undefined;

  constructor(dir: string = configDir()) {
    this.file = join(dir, 'progress.json');
  }

  get(id: string): LessonProgress | undefined {
    return this.#load().lessons[id];
  }

  /** Ids of the lessons finished at least once. */
  finished(): Set<string> {
    return new Set(Object.entries(this.#load().lessons).filter(([, p]) => p.finished).map(([id]) => id));
  }

  /** Records the step the learner is on. */
  setStep(id: string, step: number): void {
    const data = this.#load();
    const prev = data.lessons[id];
    data.lessons[id] = { ...prev, step, finished: prev?.finished ?? false };
    this.#save();
  }

  /** Marks a lesson finished; the next time it opens it starts from step 1 again. */
  finish(id: string): void {
    const data = this.#load();
    const prev = data.lessons[id];
    data.lessons[id] = { step: 0, finished: true, finishedAt: prev?.finishedAt ?? new Date().toISOString() };
    this.#save();
  }

  #load(): _File {
    if (this.#data) return this.#data;
    let data: _File = { format_version: 1, lessons: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<_File>;
      if (parsed && typeof parsed.lessons === 'object' && parsed.lessons !== null) {
        const lessons: Record<string, LessonProgress> = {};
        for (const [id, p] of Object.entries(parsed.lessons)) {
          if (p && Number.isInteger(p.step) && p.step >= 0) lessons[id] = { step: p.step, finished: p.finished === true, ...(typeof p.finishedAt === 'string' && { finishedAt: p.finishedAt }) };
        }
        data = { format_version: 1, lessons };
      }
    } catch {
      // no file yet, or not JSON: start afresh
    }
    this.#data = data;
    return data;
  }

  #save(): void {
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      // Write then rename, so a crash never leaves half a file.
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(this.#data, null, 2)}\n`);
      renameSync(tmp, this.file);
    } catch {
      // A read-only home must not break the lesson; progress is just not kept.
    }
  }
}
