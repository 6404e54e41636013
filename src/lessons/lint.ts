// The course linter (`socklab lessons check`, and test/lessons/course.test.ts in `npm test`).
// Every lesson must load; then each lesson runs as a learner who types every step's code would
// run it, once in each language: the TypeScript `code` in a fresh evaluator (the REPL's own, so
// the code is read exactly as typed), the `python` in a fresh Python session, each on a fresh
// socket space, on free ports, with the lesson's peers. For every step its checks must fail before its code runs and
// pass after it. Problems are reported as `file:line: what — fix`, like the loader's.
import { runInThisContext } from 'node:vm';
import { parse, type Pattern } from 'acorn';
import { createEvaluator } from '../lang/typescript/evaluate.ts';
import { patternNames } from '../lang/typescript/rewrite.ts';
import { createPythonSession } from '../lang/python/session.ts';
import { jsName } from '../lang/python/emit.ts';
import { parse as parsePython } from '../lang/python/parse.ts';
import { check as checkPython } from '../lang/python/check.ts';
import { PySyntaxError } from '../lang/python/runtime/exceptions.ts';
import { formatException, KeyboardInterrupt, SocketSpace } from '../socket/index.ts';
import { t } from '../i18n/index.ts';
import { colors } from '../colors.ts';
import { allPassed } from './checks.ts';
import { formatProblem, loadCourse, type LessonProblem } from './loader.ts';
import { visible } from './render.ts';
import { CODE_LANGUAGES, pythonBlocks, showLanguage, stepCode, type CodeLanguage } from './languages.ts';
import { LessonSession } from './session.ts';
import type { Lesson, Step } from './schema.ts';

/** How long one input of a step's code may run before the linter calls it stuck. */
const _LINE_TIMEOUT_MS = 10_000;
/** How long checks may take to come true after the code ran (peers, kernel state changes). */
const _SETTLE_MS = 3_000;
/** How long a step's peer may act before the "fails before its code" check. */
const _PEER_HEAD_START_MS = 100;
// A loop whose last turn is more recent than this at the deadline was still spinning.
const _SPINNING_MS = 250;

export interface LintOptions {
  /** The lessons folder (default: the installation's). */
  dir?: string;
  /** Only these lesson ids. */
  only?: readonly string[];
  /** Where the report goes (default: stdout). */
  write?: (text: string) => void;
  /** How long one input may run before it is reported as stuck (default 10 s). */
  lineTimeoutMs?: number;
}

export interface LintResult {
  lessons: number;
  problems: LessonProblem[];
  warnings: LessonProblem[];
}

/** `socklab lessons check`: prints a report and returns the exit code (0: the course is sound). */
export async function checkCourse(options: LintOptions = {}): Promise<number> {
  const write = options.write ?? ((s: string) => void process.stdout.write(s));
  const result = await lintCourse({ ...options, write });
  const c = colors();
  for (const w of result.warnings) write(`${c.yellow(formatProblem(w))}\n`);
  write(`${t(result.problems.length === 0 ? 'lessons.lint.ok' : 'lessons.lint.failed', { lessons: result.lessons, problems: result.problems.length, warnings: result.warnings.length })}\n`);
  return result.problems.length === 0 ? 0 : 1;
}

/** Lints the course; reports each lesson's verdict through `write` as it goes. */
export async function lintCourse(options: LintOptions = {}): Promise<LintResult> {
  const write = options.write ?? (() => {});
  const c = colors();
  const { lessons, problems, warnings } = loadCourse(options.dir);
  for (const p of problems) write(`${c.red('✘')} ${formatProblem(p)}\n`);
  const chosen = options.only ? lessons.filter((l) => options.only!.includes(l.id)) : lessons;
  for (const lesson of chosen) {
    const found = await lintLesson(lesson, options);
    warnings.push(...found.warnings);
    problems.push(...found.problems);
    if (found.problems.length === 0) write(`${c.green('✔')} ${lesson.id} ${c.dim(t('lessons.lint.steps', { n: lesson.steps.length }))}\n`);
    else for (const p of found.problems) write(`${c.red('✘')} ${formatProblem(p)}\n`);
  }
  return { lessons: chosen.length, problems, warnings };
}

/** The placeholders `{name}` of a text that are not port names. */
function _unknownPlaceholders(text: string, lesson: Lesson): string[] {
  return [...text.matchAll(/\{([a-z_][a-z0-9_]*)\}/g)].map((m) => m[1]!).filter((n) => !(n in lesson.ports));
}

/** The code blocks of a text (lines indented by four spaces) that use the socket API. */
function _scriptBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const code = current.join('\n').trim();
    if (code.includes('socket.')) blocks.push(code);
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('    ') || (current.length > 0 && line.trim() === '')) current.push(line.slice(4));
    else flush();
  }
  flush();
  return blocks;
}

/**
 * Why a summary's script would not run under `socklab run` (an ES module: no REPL-only `b'..'`,
 * and every variable declared), or undefined. `...` stands for code left out.
 */
function _scriptProblem(code: string): string | undefined {
  const source = code.replace(/\{[a-z_][a-z0-9_]*\}/g, '9999').replace(/^\s*\.\.\.\s*$/gm, '');
  let program;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch (e) {
    return (e as Error).message;
  }
  const declared = new Set<string>();
  for (const stmt of program.body) {
    if (stmt.type === 'VariableDeclaration') for (const d of stmt.declarations) for (const n of patternNames(d.id)) declared.add(n);
    if (stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') declared.add(stmt.id.name);
  }
  for (const stmt of program.body) {
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'AssignmentExpression') continue;
    const undeclared = patternNames(stmt.expression.left as Pattern).find((n) => !declared.has(n));
    if (undeclared) return t('lessons.lint.undeclared', { name: undeclared });
  }
  return undefined;
}

/** Why a summary's Python program would not run under `socklab run` (a SyntaxError, a construct outside the subset), or undefined. */
function _pythonProblem(code: string): string | undefined {
  try {
    const { top, info } = parsePython(code.replace(/\{[a-z_][a-z0-9_]*\}/g, '9999'), '<summary>');
    checkPython(top, info);
  } catch (e) {
    return e instanceof PySyntaxError ? `${e.kind}: ${e.message} (line ${e.lineno})` : (e as Error).message;
  }
  return undefined;
}

/** What can be seen without running anything. */
function _lintStatic(lesson: Lesson): { problems: LessonProblem[]; warnings: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const warnings: LessonProblem[] = [];
  const at = (line: number, key: Parameters<typeof t>[0], params: Record<string, string | number>) => ({ file: lesson.file, line, message: t(key, params) });
  const texts = [lesson.title, lesson.intro, ...(lesson.summary ? [lesson.summary] : [])];
  for (const text of texts) {
    for (const name of _unknownPlaceholders(`${text.en}\n${text.zh}`, lesson)) {
      problems.push(at(1, 'lessons.lint.placeholder', { where: t('lessons.where.lesson'), name }));
    }
  }
  for (const lang of ['en', 'zh'] as const) {
    const summary = lesson.summary?.[lang] ?? '';
    for (const code of _scriptBlocks(showLanguage(summary, 'typescript'))) {
      const why = _scriptProblem(code);
      if (why) problems.push(at(1, 'lessons.lint.summaryScript', { lang, why, first: code.split('\n')[0]! }));
    }
    for (const code of pythonBlocks(summary)) {
      const why = _pythonProblem(code);
      if (why) problems.push(at(1, 'lessons.lint.summaryPython', { lang, why, first: code.split('\n')[0]! }));
    }
  }
  const preferred = new Map(Object.entries(lesson.ports).map(([name, port]) => [port, name]));
  lesson.steps.forEach((step, i) => {
    const where = t('lessons.where.step', { n: i + 1, id: step.id });
    for (const text of [step.title, step.text, ...step.hints]) {
      for (const name of _unknownPlaceholders(`${text.en}\n${text.zh}`, lesson)) problems.push(at(step.line, 'lessons.lint.placeholder', { where, name }));
    }
    for (const language of CODE_LANGUAGES) {
      const inLanguage = t('lessons.where.stepIn', { n: i + 1, id: step.id, language });
      for (const code of stepCode(step, language)) {
        for (const [port, name] of preferred) {
          if (new RegExp(`(?<![\\w.])${port}(?![\\w.])`).test(code)) problems.push(at(step.line, 'lessons.lint.literalPort', { where: inLanguage, port, name }));
        }
      }
    }
    if (step.hints.length === 0) warnings.push(at(step.line, 'lessons.lint.noHints', { where }));
  });
  return { problems, warnings };
}

/**
 * Runs one lesson's steps in each language (TypeScript, then Python), each in a fresh space
 * with the lesson's own peers, and reports what is wrong, naming the language.
 */
export async function lintLesson(lesson: Lesson, options: Pick<LintOptions, 'lineTimeoutMs'> = {}): Promise<{ problems: LessonProblem[]; warnings: LessonProblem[] }> {
  const found = _lintStatic(lesson);
  if (found.problems.length > 0) return found;
  for (const language of CODE_LANGUAGES) found.problems.push(...(await _lintIn(lesson, language, options.lineTimeoutMs ?? _LINE_TIMEOUT_MS)));
  return found;
}

/** One run of the lesson as a learner typing every step's code in `language` would run it. */
async function _lintIn(lesson: Lesson, language: CodeLanguage, timeout: number): Promise<LessonProblem[]> {
  const problems: LessonProblem[] = [];
  const at = (line: number, key: Parameters<typeof t>[0], params: Record<string, string | number>) => problems.push({ file: lesson.file, line, message: t(key, params) });
  const reports: string[] = [];
  const runner = language === 'python' ? _pythonRunner() : _typescriptRunner();
  const session = new LessonSession(lesson, {
    space: runner.space,
    ports: 'ephemeral',
    report: (m) => reports.push(m),
    language: () => language,
    ...(runner.variable && { variable: runner.variable }),
  });
  try {
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i]!;
      const where = t('lessons.where.stepIn', { n: i + 1, id: step.id, language });
      reports.length = 0;
      session.begin(i);
      // Give the step's peer a moment first: a step its peer completes alone is no step.
      if (allPassed(await session.settle(step.peer ? _PEER_HEAD_START_MS : 0))) at(step.line, 'lessons.lint.passesBefore', { where });
      runner.typed = session.answers(step);
      const ran = await _runCode(runner, session.code(step), step, timeout);
      if (ran) {
        at(step.line, ran.key, { where, input: ran.input, error: ran.error, seconds: timeout / 1000, peer: reports.join('; ') || '—' });
        break; // later steps build on this one
      }
      const after = await session.settle(_SETTLE_MS);
      after.forEach((o, k) => {
        if (!o.ok) at(o.check.line, 'lessons.lint.failsAfter', { where: t('lessons.where.check', { n: k + 1, step: where }), why: visible(o.why ?? ''), peer: reports.join('; ') || '—' });
      });
      if (!allPassed(after)) break;
    }
  } finally {
    session.close();
    runner.dispose();
  }
  return problems;
}

/** One input's outcome: `looped` when it spun without ever waiting (vm's timeout stopped it). */
type _Ran = { ok: true } | { ok: false; error: string; looped: boolean };

/** A fresh evaluator of one language on a fresh socket space, as the linter drives it. */
interface _Runner {
  readonly space: SocketSpace;
  /** What input() answers next (the step's `input` lines); after them, 'quit'. */
  typed: string[];
  run(input: string, signal: AbortSignal, ms: number): Promise<_Ran>;
  variable?: (name: string) => { defined: boolean; value?: unknown };
  /** When the code last gave the event loop a turn (performance.now()), for a loop that spins. */
  lastLoopTurn?(): number;
  dispose(): void;
}

/** The REPL's own TypeScript evaluator, so the code is read exactly as typed. */
function _typescriptRunner(): _Runner {
  const runner: _Runner = {
    space: new SocketSpace(),
    typed: [],
    async run(input, signal, ms) {
      const started = performance.now();
      const vmRun = (code: string) => runInThisContext(code, { filename: 'REPL', displayErrors: false, timeout: Math.max(1, Math.ceil(ms - (performance.now() - started))) });
      const r = await ev.run(await ev.prepare(input), vmRun, signal);
      if (r.ok) return { ok: true };
      return { ok: false, error: formatException(r.error), looped: (r.error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' };
    },
    lastLoopTurn: () => ev.lastLoopTurn(),
    dispose: () => ev.dispose(),
  };
  // There is no terminal: input() gets the step's `input` lines, then 'quit', the word that
  // ends the tutorials' chat programs.
  const ev = createEvaluator({ write: () => {}, readLine: async () => runner.typed.shift() ?? 'quit', space: runner.space });
  return runner;
}

/** A Python session (the REPL's `single` mode); its loops give the event loop turns, so the deadline stops them. */
function _pythonRunner(): _Runner {
  const space = new SocketSpace();
  const runner: _Runner = {
    space,
    typed: [],
    async run(input, signal) {
      const r = await py.exec(input, { mode: 'single', signal });
      if (r.ok) return { ok: true };
      const last = r.error!.traceback.trimEnd().split('\n').pop() ?? r.error!.type;
      return { ok: false, error: last, looped: false };
    },
    variable: (name) => (Object.hasOwn(py.globals, jsName(name)) ? { defined: true, value: py.globals[jsName(name)] } : { defined: false }),
    dispose: () => space.closeAll(),
  };
  const py = createPythonSession({ write: () => {}, writeErr: () => {}, readLine: async () => runner.typed.shift() ?? 'quit', space });
  return runner;
}

interface _RunFailure {
  key: 'lessons.lint.lineHangs' | 'lessons.lint.lineLoops' | 'lessons.lint.loopNeverEnds' | 'lessons.lint.lineFails';
  input: string;
  error: string;
}

/**
 * Types a step's inputs; an error is a failure unless the step expects one (a `caught` check).
 * Each input has `ms`: vm's timeout ends code that loops without ever waiting, a timer (the
 * deadline) ends code that waits. Code that loops for good after an await (`sleep(1); while
 * (true) {}`) is out of both reaches: ending it safely needs a thread of its own.
 */
async function _runCode(runner: _Runner, inputs: readonly string[], step: Step, ms: number): Promise<_RunFailure | undefined> {
  const expectsError = step.checks.some((c) => c.kind === 'caught');
  for (const input of inputs) {
    const ctl = new AbortController();
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      ctl.abort(new KeyboardInterrupt());
    }, ms);
    const r = await runner.run(input, ctl.signal, ms);
    clearTimeout(timer);
    const shown = input.split('\n')[0]!;
    if (!r.ok && r.looped) return { key: 'lessons.lint.lineLoops', input: shown, error: '' };
    // Still giving loop turns at the deadline: a loop that spins (it yields, so vm's timeout
    // never fired), not a call waiting for a peer. Named by its own line.
    if (hung && runner.lastLoopTurn && performance.now() - runner.lastLoopTurn() < _SPINNING_MS) {
      return { key: 'lessons.lint.loopNeverEnds', input: input.split('\n').find((l) => /\b(?:while|for)\b/.test(l))?.trim() ?? shown, error: '' };
    }
    if (hung) return { key: 'lessons.lint.lineHangs', input: shown, error: '' };
    if (!r.ok && !expectsError) return { key: 'lessons.lint.lineFails', input: shown, error: r.error };
  }
  return undefined;
}
