// The notebook's commands: `socklab kernel install [--prefix DIR]`, `socklab kernel uninstall
// [--prefix DIR]`, `socklab kernel [--python] CONNECTION_FILE`, and `socklab lesson ID
// --notebook [--python] [FILE.ipynb]`. Returns the exit code; cli.ts exits.
import { writeFileSync } from 'node:fs';
import { t } from '../i18n/index.ts';
import { installedMessage, installKernels, uninstallKernels } from './kernelspec.ts';
import { KernelStartError } from './main.ts';

function _prefix(args: string[]): string | undefined {
  const i = args.findIndex((a) => a === '--prefix' || a.startsWith('--prefix='));
  if (i < 0) return undefined;
  const arg = args[i]!;
  return arg === '--prefix' ? args[i + 1] : arg.slice('--prefix='.length);
}

export async function kernelCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${t('notebook.usage')}\n`);
    return 0;
  }
  const [first] = args.filter((a) => a !== '--python');
  if (first === 'install' || first === 'uninstall') {
    const prefix = _prefix(args);
    if (args.some((a) => a.startsWith('--prefix')) && !prefix) return _usage();
    if (first === 'uninstall') {
      const { dir, removed } = uninstallKernels(prefix);
      process.stdout.write(`${t(removed ? 'notebook.uninstalled' : 'notebook.notInstalled', { dir })}\n`);
      return 0;
    }
    try {
      process.stdout.write(`${installedMessage(installKernels(prefix))}\n`);
      return 0;
    } catch (e) {
      throw new KernelStartError(t('notebook.cannotInstall', { dir: prefix ?? '', message: e instanceof Error ? e.message : String(e) }));
    }
  }
  if (first === undefined || args.length > 2) return _usage();
  const { runKernel } = await import('./main.ts');
  return runKernel(first, args.includes('--python') ? 'python' : 'typescript');
}

function _usage(): number {
  process.stderr.write(`${t('notebook.usage')}\n`);
  return 2;
}

export async function lessonNotebookCommand(args: string[]): Promise<number> {
  const language = args.includes('--python') ? 'python' : 'typescript';
  const [id, file = `${id}.ipynb`] = args.filter((a) => a !== '--python');
  const { loadCourse, closestName } = await import('../lessons/loader.ts');
  const { lessons } = loadCourse();
  const lesson = lessons.find((l) => l.id === id);
  if (!id || !lesson) {
    const guess = id ? closestName(id, lessons.map((l) => l.id)) : undefined;
    process.stderr.write(`${guess ? t('lessons.ui.noSuchLessonGuess', { id: id ?? '', guess }) : t('lessons.ui.noSuchLesson', { id: id ?? '' })}\n`);
    return 1;
  }
  const { lessonNotebook } = await import('./lesson-notebook.ts');
  try {
    writeFileSync(file, lessonNotebook(lesson, language));
  } catch (e) {
    process.stderr.write(`${t('notebook.lesson.cannotWrite', { file, message: e instanceof Error ? e.message : String(e) })}\n`);
    return 1;
  }
  process.stdout.write(`${t('notebook.lesson.written', { file })}\n`);
  return 0;
}
