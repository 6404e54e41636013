// Entry point of the interactive commands: the playground, a lesson in it, the lesson list and
// the course linter (the last two belong to src/lessons/).
import { saveCodeCache } from '../bundle-hooks.ts';
import { t } from '../i18n/index.ts';
import { loadLessons } from './lessons.ts';
import type { Language } from './language.ts';
import { createRepl } from './repl.ts';

export async function startCommand(command: 'repl' | 'lesson' | 'lessons-check', args: string[], options: { language?: Language } = {}): Promise<number | undefined> {
  if (command === 'lessons-check' || (command === 'lesson' && args.length === 0)) {
    const lessons = await loadLessons();
    if (lessons instanceof Error) {
      process.stderr.write(`${t('repl.lessons.failed', { message: lessons.message })}\n`);
      return 1;
    }
    if (command === 'lessons-check') return lessons.checkCourse();
    process.stdout.write(`${lessons.listLessons()}\n`);
    return 0;
  }
  if (command === 'lesson' && args[0] !== undefined) {
    // An unknown id is a usage error of the shell command: say so and exit 1, with the list.
    const lessons = await loadLessons();
    const known = lessons instanceof Error ? undefined : lessons.loadCourse?.().lessons.map((l) => l.id);
    if (known && !known.includes(args[0])) {
      process.stderr.write(`${t('pitfall.cli.noSuchLesson', { id: args[0] })}\n${(lessons as { listLessons(): string }).listLessons()}\n`);
      return 1;
    }
  }
  const session = await createRepl({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true && process.stdout.isTTY === true,
    ...(args[0] !== undefined && { lesson: args[0] }),
    ...(options.language && { language: options.language }),
  });
  // A lesson's start writes V8's code cache once the lesson is open (a plain REPL has written it at
  // its first prompt, see repl.ts); a learner may never leave by .exit.
  saveCodeCache();
  await session.closed;
  return 0;
}
