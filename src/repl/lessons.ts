// The REPL's side of the lessons (src/lessons/): loaded when the REPL starts or a lesson command
// runs, so that a lesson file the loader cannot read never stops the playground itself.
import type { LessonHost, LessonController } from '../lessons/controller.ts';

export type { LessonCommand, LessonController, LessonHost } from '../lessons/controller.ts';

export interface LessonsModule {
  attachLessons(host: LessonHost, options?: { prompt?: string }): LessonController;
  /** The text of `socklab lesson` without an id. */
  listLessons(): string;
  /** The exit code of `socklab lessons check`. */
  checkCourse(): Promise<number>;
  /** The course as loaded (`socklab lesson ID` checks the id before opening the REPL). */
  loadCourse?(): { lessons: ReadonlyArray<{ id: string }> };
}

/** The lessons module, or the Error that kept it from loading. */
export async function loadLessons(): Promise<LessonsModule | Error> {
  try {
    return await import('../lessons/index.ts');
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
