// The lessons: schema and loader, checkpoints, peers, progress, the REPL controller and the
// course linter. The REPL imports attachLessons / listLessons / checkCourse from here.
export { attachLessons, listLessons, type LessonCommand, type LessonController, type LessonHost, type LessonOptions } from './controller.ts';
export { checkCourse, lintCourse, lintLesson, type LintOptions, type LintResult } from './lint.ts';
export { benchCheckpoint, type CheckpointBench } from './bench.ts';
export { FORMAT_VERSION, type Check, type Lesson, type Step, type Text } from './schema.ts';
export { formatProblem, LessonFileError, lessonsDir, loadCourse, loadLesson, parseLesson, type LessonProblem } from './loader.ts';
export { evaluateChecks, type CheckContext, type CheckOutcome } from './checks.ts';
export { configDir, ProgressStore, type LessonProgress } from './progress.ts';
