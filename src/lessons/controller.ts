// The lessons inside the REPL: the dot-commands, the current step, checkpoint evaluation after
// every line, progress. The REPL calls attachLessons() once and forwards its commands, lines
// and resets here; everything the learner sees goes through LessonHost.print.
import { colors } from '../colors.ts';
import { getLang, t } from '../i18n/index.ts';
import type { SocketSpace } from '../socket/index.ts';
import { allPassed, type CheckOutcome } from './checks.ts';
import { diagnose, globalVariables } from './flow.ts';
import { closestName, loadCourse, type LessonProblem } from './loader.ts';
import { fillPorts, portPolicyFromEnv, type PortPolicy } from './ports.ts';
import { configDir, ProgressStore } from './progress.ts';
import { renderCode, renderOutcomes, renderStep, renderText, sentence, visible } from './render.ts';
import type { CodeLanguage, Lesson } from './schema.ts';
import { LessonSession } from './session.ts';

/** What a lesson may do with the REPL. */
export interface LessonHost {
  /** The learner's sockets. */
  space: SocketSpace;
  /** Writes a block of text above the prompt. */
  print(text: string): void;
  setPrompt(prompt: string): void;
  /**
   * Evaluates `code` as if the learner typed it (echoed, run, then afterLine()). With `answers`,
   * input() takes them in turn (echoed after its prompt), then 'quit', instead of asking.
   */
  typeLine(code: string, answers?: string[]): Promise<void>;
  /** A learner variable, for `variable` checks; without it they look at globalThis. */
  lookup?(name: string): { defined: boolean; value?: unknown };
  /**
   * Asks the learner on their terminal and resolves with the line they type (undefined at the
   * end of input). Only a host with a terminal has it: without it, every question is answered
   * "no" (nothing runs that the learner did not ask for).
   */
  ask?(question: string): Promise<string | undefined>;
  /** The learner's variables, to name sockets in explanations (default: the enumerable globals). */
  variables?(): Iterable<[string, unknown]>;
  /**
   * The language of the learner's lines now; `typeLine` and `lookup` work in it. Without it
   * (tests) lessons are in TypeScript; a notebook kernel answers its cells' language.
   */
  language?(): CodeLanguage;
  /**
   * Switches the language of the lines (a lesson reopened in the language it was taken in).
   * May return a Promise (the Python front end loading): the lesson waits for it.
   */
  setLanguage?(language: CodeLanguage): void | Promise<void>;
}

export interface LessonCommand {
  help: string;
  action(arg: string): Promise<void> | void;
}

export interface LessonController {
  /** `.lessons .lesson .hint .show .run .check .next .skip` */
  commands: Record<string, LessonCommand>;
  /** Call after every evaluated line, including failed ones. */
  afterLine(): Promise<void>;
  /**
   * Opens lesson `id` (resuming saved progress); false when there is no such lesson. With
   * `textShown` the learner reads the lesson's texts elsewhere (the markdown cells of a notebook
   * written by `socklab lesson ID --notebook`): only progress is printed (✔ lines, moved ports).
   */
  open(id: string, options?: { textShown?: boolean }): Promise<boolean>;
  /** `code` with the open lesson's `{port}` placeholders filled in (a notebook's cells carry them). */
  fillPorts?(code: string): string;
  /** The open step's `input` lines: what input() answers when nobody can type (empty without). */
  answers?(): string[];
  /**
   * The REPL's `.reset` closed every socket and deleted the learner's variables: the open lesson
   * starts its current step again, offering to retype the earlier steps; `.reset lesson`
   * (scope 'lesson') starts the lesson again from step 1.
   */
  onReset(scope?: string): Promise<void> | void;
  /** Leaves the lesson (stops its peers). */
  close(): void;
}

export interface LessonOptions {
  /** The lessons folder (default: the installation's). */
  dir?: string;
  /** Where progress.json lives (default: configDir()). */
  configDir?: string;
  /** 'ephemeral' for tests (default: from SOCKLAB_LESSON_PORTS, else the lessons' own ports). */
  ports?: PortPolicy;
  /** The prompt to put back when no lesson is open. */
  prompt?: string;
}

/** How long after a line the checks may take to come true (a peer's receive, a kernel state). */
const _SETTLE_MS = 300;
/**
 * After a line that touched no socket itself, how long a quiet moment ends the wait: the line may
 * have started work in the background (a thread running serve_forever) whose sockets are busy
 * at once, and the step should pass on that line rather than on the next.
 */
const _IDLE_MS = 40;

/** The text of `socklab lesson` with no id: every lesson, ✓ for finished ones. */
export function listLessons(options: LessonOptions = {}): string {
  const { lessons, problems } = loadCourse(options.dir);
  const warnings: string[] = [];
  const list = _renderList(lessons, problems, new ProgressStore(options.configDir ?? configDir(), (m) => warnings.push(m)));
  return [list, ...warnings.map((w) => colors().yellow(w))].join('\n');
}

function _renderList(lessons: readonly Lesson[], problems: readonly LessonProblem[], store: ProgressStore): string {
  const c = colors();
  const finished = store.finished();
  const width = Math.max(0, ...lessons.map((l) => l.id.length));
  const lines = [c.bold(t('lessons.ui.listHeading'))];
  for (const l of lessons) {
    const p = store.get(l.id);
    const mark = finished.has(l.id) ? c.green('✓') : ' ';
    const where = p && !p.finished && p.step > 0 ? c.dim(`${t('lessons.ui.listAtStep', { n: p.step + 1, total: l.steps.length })}`) : '';
    lines.push(`  ${mark} ${l.id.padEnd(width)}  ${l.title[getLang()]}${where}`);
  }
  if (problems.length > 0) lines.push(c.yellow(t('lessons.ui.listBroken', { n: new Set(problems.map((p) => p.file)).size })));
  lines.push(t('lessons.ui.listHowTo'));
  return lines.join('\n');
}

export function attachLessons(host: LessonHost, options: LessonOptions = {}): LessonController {
  return new _Controller(host, options);
}

class _Controller implements LessonController {
  readonly commands: Record<string, LessonCommand>;
  readonly #host: LessonHost;
  readonly #options: LessonOptions;
  readonly #store: ProgressStore;
  #course: { lessons: Lesson[]; problems: LessonProblem[] } | undefined;
  #session: LessonSession | undefined;
  #hint = 0;
  /** The explanations (flow.ts) already printed during this step. */
  #explained = new Set<string>();
  /** Inside `.run` or a replay: lines are typed for the learner and the step waits for all of them. */
  #typing = false;
  #lastSeq = -1;
  /** The open lesson's texts are in front of the learner already (see LessonController.open). */
  #textShown = false;
  /** The language last saved in progress (a learner who switches mid-lesson is saved at their next line). */
  #savedLanguage: CodeLanguage | undefined;

  constructor(host: LessonHost, options: LessonOptions) {
    this.#host = host;
    this.#options = options;
    this.#store = new ProgressStore(options.configDir ?? configDir(), (m) => this.#print(colors().yellow(m)));
    const cmd = (help: Parameters<typeof t>[0], action: (arg: string) => Promise<void> | void): LessonCommand => ({ help: t(help), action });
    this.commands = {
      lessons: cmd('lessons.cmd.lessons', () => this.#print(_renderList(this.#lessons().lessons, this.#lessons().problems, this.#store))),
      lesson: cmd('lessons.cmd.lesson', async (arg) => {
        const id = arg.trim();
        if (id === '') this.#print(_renderList(this.#lessons().lessons, this.#lessons().problems, this.#store));
        else await this.open(id);
      }),
      hint: cmd('lessons.cmd.hint', () => this.#withSession((s) => this.#showHint(s))),
      show: cmd('lessons.cmd.show', () => this.#withSession((s) => this.#print(renderCode(s.code(), s.language)))),
      run: cmd('lessons.cmd.run', () => this.#withSession((s) => this.#run(s))),
      check: cmd('lessons.cmd.check', () => this.#withSession((s) => this.#check(s))),
      next: cmd('lessons.cmd.next', () => this.#withSession((s) => this.#next(s))),
      skip: cmd('lessons.cmd.skip', () => this.#withSession((s) => this.#skip(s))),
    };
  }

  async open(id: string, options: { textShown?: boolean } = {}): Promise<boolean> {
    const c = colors();
    const lesson = this.#lessons().lessons.find((l) => l.id === id);
    if (!lesson) {
      const broken = this.#lessons().problems.filter((p) => p.file.endsWith(`${id}.yaml`));
      const guess = closestName(id, this.#lessons().lessons.map((l) => l.id));
      this.#print(broken.length > 0 ? t('lessons.ui.brokenLesson', { id }) : guess ? t('lessons.ui.noSuchLessonGuess', { id, guess }) : t('lessons.ui.noSuchLesson', { id }));
      return false;
    }
    this.#endSession();
    const session = this.#newSession(lesson);
    this.#session = session;
    this.#textShown = options.textShown === true;
    const head = this.#textShown ? [] : [c.bold(session.text(lesson.title)), '', renderText(session.text(lesson.intro))];
    for (const m of session.ports.moved) head.push('', c.yellow(t('lessons.ui.portMoved', { from: m.from, to: m.to })));
    const saved = this.#store.get(id);
    const at = saved && !saved.finished ? Math.min(saved.step, lesson.steps.length - 1) : 0;
    // Resumed where it was left: in the language it was typed in, so the retyped lines are its own.
    if (at > 0 && saved?.language && saved.language !== this.#language() && this.#host.setLanguage) {
      await this.#host.setLanguage(saved.language);
      // A host that could not switch (Python failed to load) has said why; the lesson goes on in its language.
      if (this.#language() === saved.language) {
        head.push('', t('lessons.lang.restored', { language: _LANGUAGE_NAMES[saved.language], switch: saved.language === 'python' ? '.ts' : '.python' }));
      }
    }
    if (head.length > 0) this.#print(head.join('\n').replace(/^\n/, ''));

    if (at > 0) this.#print(t('lessons.ui.resuming', { n: at + 1, total: lesson.steps.length }));
    await this.#resumeAt(session, at);
    return true;
  }

  async afterLine(): Promise<void> {
    const s = this.#session;
    if (!s || this.#typing) return;
    if (this.#language() !== this.#savedLanguage) this.#saveStep(s);
    const seq = this.#host.space.seq;
    const touched = seq !== this.#lastSeq;
    this.#lastSeq = seq;
    const outcomes = await s.settle(this.#waitsForOthers(s) ? _SETTLE_MS : 0, touched ? Infinity : _IDLE_MS);
    if (this.#session !== s) return;
    if (!allPassed(outcomes)) {
      if (touched) this.#print(colors().dim(`· ${sentence(_firstWhy(outcomes))}`));
      const fresh = this.#diagnose(s).filter((d) => !this.#explained.has(d));
      for (const d of fresh) this.#explained.add(d);
      if (fresh.length > 0) this.#print(colors().yellow(fresh.join('\n')));
      return;
    }
    this.#advance(s);
    // A learner who typed ahead (bind and listen in one line) has done the next step already:
    // say so now instead of after their next line. Event checks start empty, so only steps
    // about the sockets' state can pass this way.
    while (this.#session === s && allPassed(await s.settle(0))) {
      if (this.#session !== s) return;
      this.#advance(s);
    }
  }

  async onReset(scope = ''): Promise<void> {
    const s = this.#session;
    if (!s) return;
    const lesson = s.lesson;
    const whole = /^(lesson|课程)$/i.test(scope.trim());
    const at = whole ? 0 : s.index;
    this.#endSession();
    const fresh = this.#newSession(lesson);
    this.#session = fresh;
    this.#print(at === 0 ? t('lessons.ui.resetRestart') : t('lessons.ui.resetStep', { n: at + 1, total: lesson.steps.length }));
    await this.#resumeAt(fresh, at);
  }

  close(): void {
    this.#endSession();
  }

  fillPorts(code: string): string {
    return this.#session ? fillPorts(code, this.#session.ports.values) : code;
  }

  answers(): string[] {
    return this.#session?.answers() ?? [];
  }

  // ---- internals ------------------------------------------------------------------------

  /** The course; read again while it has problems (a file being edited, no fd free for a moment). */
  #lessons(): { lessons: Lesson[]; problems: LessonProblem[] } {
    if (this.#course) return this.#course;
    const course = loadCourse(this.#options.dir);
    if (course.problems.length === 0) this.#course = course;
    return course;
  }

  #language(): CodeLanguage {
    return this.#host.language?.() ?? 'typescript';
  }

  /** Records the step and the language the learner types it in. */
  #saveStep(s: LessonSession): void {
    this.#savedLanguage = this.#language();
    this.#store.setStep(s.lesson.id, s.index, this.#savedLanguage);
  }

  #newSession(lesson: Lesson): LessonSession {
    return new LessonSession(lesson, {
      language: () => this.#language(),
      space: this.#host.space,
      ports: this.#options.ports ?? portPolicyFromEnv(),
      report: (m) => this.#print(colors().yellow(sentence(m))),
      ...(this.#host.lookup && { variable: this.#host.lookup.bind(this.#host) }),
    });
  }

  #print(text: string): void {
    this.#host.print(text);
  }

  #withSession(action: (s: LessonSession) => Promise<void> | void): Promise<void> | void {
    const s = this.#session;
    if (!s) {
      this.#print(t('lessons.ui.noLesson'));
      return;
    }
    return action(s);
  }

  /** Steps whose checks come true a moment after the line: a peer receives, the kernel moves on. */
  #waitsForOthers(s: LessonSession): boolean {
    return s.step.peer !== undefined || s.step.checks.some((c) => c.kind === 'peer_received' || c.kind === 'kernel_state');
  }

  #enter(s: LessonSession, index: number): void {
    s.begin(index);
    this.#hint = 0;
    this.#explained.clear();
    this.#lastSeq = this.#host.space.seq;
    this.#saveStep(s);
    const total = s.lesson.steps.length;
    this.#host.setPrompt(_stepPrompt(s.lesson, index));
    if (!this.#textShown) this.#print(renderStep(index + 1, total, s.text(s.step.title), s.text(s.step.text)));
  }

  #advance(s: LessonSession): void {
    const c = colors();
    this.#print(c.green(`✔ ${s.text(s.step.title)}`));
    if (!s.isLast) {
      this.#enter(s, s.index + 1);
      return;
    }
    this.#store.finish(s.lesson.id);
    const done = [c.bold(c.green(t('lessons.ui.complete')))];
    if (s.lesson.summary && !this.#textShown) done.push('', renderText(s.text(s.lesson.summary)));
    this.#print(done.join('\n'));
    this.#endSession();
  }

  #endSession(): void {
    if (!this.#session) return;
    this.#session.close();
    this.#session = undefined;
    this.#host.setPrompt(this.#options.prompt ?? '>>> ');
  }

  /**
   * Goes to step `at` of a session with no sockets yet: shows the code of the steps before it and
   * asks whether to retype it (default yes on a terminal; no host terminal, no retyping); "no"
   * starts from step 1, where the learner types each step themselves.
   */
  async #resumeAt(s: LessonSession, at: number): Promise<void> {
    let start = 0;
    if (at > 0 && (await this.#confirmRetype(s, at))) start = await this.#replay(s, at);
    else if (at > 0) this.#print(t('lessons.ui.retypeDeclined'));
    if (this.#session !== s) return; // the replay finished or left the lesson
    this.#enter(s, start);
  }

  async #confirmRetype(s: LessonSession, upTo: number): Promise<boolean> {
    const code = s.lesson.steps.slice(0, upTo).flatMap((step) => s.code(step));
    const question = t(upTo === 1 ? 'lessons.ui.retypeAskOne' : 'lessons.ui.retypeAsk', { done: upTo });
    this.#print(`${t('lessons.ui.retypeCode')}\n${renderCode(code, s.language)}`);
    if (!this.#host.ask) {
      this.#print(`${question}${t('lessons.ui.retypeNoTerminal')}`);
      return false;
    }
    const answer = await this.#host.ask(question);
    return answer !== undefined && /^\s*(|y|yes|是|好|对)\s*$/i.test(answer);
  }

  /** Types the code of steps 0..upTo-1 again (their sockets died with the last session). */
  async #replay(s: LessonSession, upTo: number): Promise<number> {
    this.#typing = true;
    try {
      for (let i = 0; i < upTo; i++) {
        s.begin(i);
        // Each step is retyped at its own prompt, as `.run` types it: `udp-receiver 1/6 >>> import socket`.
        this.#host.setPrompt(_stepPrompt(s.lesson, i));
        // input() calls get the step's scripted lines: the learner typed theirs last time.
        const answers = s.answers();
        for (const input of s.code()) {
          await this.#host.typeLine(input, answers);
          if (this.#session !== s) return i;
        }
        if (!allPassed(await s.settle(1000))) {
          this.#print(t('lessons.ui.replayStopped', { n: i + 1 }));
          return i;
        }
      }
    } finally {
      this.#typing = false;
    }
    return upTo;
  }

  /** What went wrong beyond the checks (a closed listener, an orphaned client), with the way out. */
  #diagnose(s: LessonSession): string[] {
    return diagnose(s, this.#host.variables ? () => this.#host.variables!() : globalVariables);
  }

  #showHint(s: LessonSession): void {
    // A learner stuck after a wrong line needs the way out more than the next hint.
    const explained = this.#diagnose(s);
    if (explained.length > 0) this.#print(colors().yellow(explained.join('\n')));
    const hints = s.step.hints;
    if (hints.length === 0) {
      this.#print(t('lessons.ui.noHints'));
      return;
    }
    const i = Math.min(this.#hint, hints.length - 1);
    const last = i === hints.length - 1;
    const text = t('lessons.ui.hint', { n: i + 1, total: hints.length, text: renderText(s.text(hints[i]!)) });
    this.#print(last && this.#hint >= hints.length ? `${text}\n${colors().dim(t('lessons.ui.lastHint'))}` : text);
    this.#hint++;
  }

  async #run(s: LessonSession): Promise<void> {
    this.#typing = true;
    try {
      for (const input of s.code()) {
        await this.#host.typeLine(input);
        if (this.#session !== s) return;
      }
    } finally {
      this.#typing = false;
    }
    this.#lastSeq = -1; // the typed lines count as touching the sockets
    await this.afterLine();
  }

  async #check(s: LessonSession): Promise<void> {
    const outcomes = await s.settle(this.#waitsForOthers(s) ? _SETTLE_MS : 0);
    if (this.#session !== s) return;
    this.#print(`${colors().bold(t('lessons.ui.checkHeading', { n: s.index + 1, title: s.text(s.step.title) }))}\n${renderOutcomes(outcomes.map(_sentenced))}`);
    if (allPassed(outcomes)) this.#advance(s);
    else {
      const explained = this.#diagnose(s);
      if (explained.length > 0) this.#print(colors().yellow(explained.join('\n')));
    }
  }

  #next(s: LessonSession): void {
    const outcomes = s.evaluate();
    if (allPassed(outcomes)) this.#advance(s);
    else this.#print(t('lessons.ui.notYet', { why: _firstWhy(outcomes) }));
  }

  #skip(s: LessonSession): void {
    this.#print(colors().yellow(t('lessons.ui.skipped', { title: s.text(s.step.title) })));
    if (s.isLast) {
      this.#store.finish(s.lesson.id);
      this.#print(colors().bold(t('lessons.ui.complete')));
      this.#endSession();
    } else {
      this.#enter(s, s.index + 1);
    }
  }
}

/** The prompt of step `index` (the host turns its `>` into Python's `>>> ` in Python mode). */
function _stepPrompt(lesson: Lesson, index: number): string {
  return `${lesson.id} ${index + 1}/${lesson.steps.length} > `;
}

const _LANGUAGE_NAMES: Record<CodeLanguage, string> = { typescript: 'TypeScript', python: 'Python' };

function _firstWhy(outcomes: readonly CheckOutcome[]): string {
  return visible(outcomes.find((o) => !o.ok)?.why ?? '');
}

function _sentenced(o: CheckOutcome): CheckOutcome {
  return { ...o, want: sentence(o.want), ...(o.why !== undefined && { why: o.why }) };
}
