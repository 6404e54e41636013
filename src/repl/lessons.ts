// The REPL's side of the lessons (src/lessons/, built separately): the interface agreed with
// it, and a loader that tells "not built yet" apart from "broken".
import type { SocketSpace } from '../socket/index.ts';

/** What a lesson may do with the REPL. */
export interface LessonHost {
  space: SocketSpace;
  /** Writes a block of text above the prompt. */
  print(text: string): void;
  setPrompt(prompt: string): void;
  /** Evaluates `code` as if the learner typed it, echoing it. */
  typeLine(code: string): Promise<void>;
  /** A learner variable, for `variable` checks. */
  lookup?(name: string): { defined: boolean; value?: unknown };
}

export interface LessonCommand {
  help: string;
  action(arg: string): Promise<void> | void;
}

export interface LessonController {
  /** `.lessons .lesson .hint .show .run .check .next .skip` */
  commands: Record<string, LessonCommand>;
  /** Called after every evaluated line, including failed ones. */
  afterLine(): Promise<void>;
  open(id: string): Promise<boolean>;
  onReset(): void;
  close(): void;
}

export interface LessonsModule {
  attachLessons(host: LessonHost, options?: { prompt?: string }): LessonController;
  /** The text of `socklab lesson` without an id. */
  listLessons(): string;
  /** The exit code of `socklab lessons check`. */
  checkCourse(): Promise<number>;
}

/** The lessons module; undefined when this build has none, an Error when it fails to load. */
export async function loadLessons(): Promise<LessonsModule | Error | undefined> {
  let mod: unknown;
  try {
    // @ts-ignore -- src/lessons/index.ts is written in parallel and may not exist yet.
    mod = await import('../lessons/index.ts');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Cannot find module|ERR_MODULE_NOT_FOUND|Could not resolve/.test(message) && /lessons/.test(message)) return undefined;
    return e instanceof Error ? e : new Error(message);
  }
  const m = mod as Partial<LessonsModule>;
  if (typeof m.attachLessons !== 'function') return undefined;
  return m as LessonsModule;
}
