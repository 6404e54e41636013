// The playground: node:repl around the socket module. It keeps node's own eval (top-level
// await, preview, multi-line entries) and changes only how a line runs and how its result
// shows, as CPython's asyncio REPL does:
//  - every entry goes through the evaluator (evaluate.ts): Python habits, TypeScript, implicit
//    await; a value that is a Promise is waited for;
//  - while a line waits, Ctrl+C aborts the socket calls it started (withCancel) and the REPL
//    prints KeyboardInterrupt; lines typed meanwhile are queued (or given to input()), never
//    evaluated twice;
//  - values show as Python reprs, errors as Python's last traceback line plus one hint;
//  - nothing ends the session but Ctrl+D on an empty line or .exit: Ctrl+C prints
//    KeyboardInterrupt (also in a loop that never waits, see evaluate.ts), an error nobody
//    catches is reported above the prompt, as Python reports an exception in a thread.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Interface } from 'node:readline';
import repl, { Recoverable } from 'node:repl';
import pkg from '../../package.json' with { type: 'json' };
import { saveCodeCache } from '../bundle-hooks.ts';
import { colors } from '../colors.ts';
import { setLang, t, type Lang } from '../i18n/index.ts';
import type { SocketSpace } from '../socket/index.ts';
import { translateNodeCommands } from './commands.ts';
import type { Evaluator, Note, Runner } from '../lang/typescript/evaluate.ts';
import { HISTORY_SIZE, openHistory } from './history.ts';
import { loadLessons, type LessonController, type LessonHost, type LessonsModule } from './lessons.ts';
import { bufferedCommand, completeOnDumbTerminal, type ReplServer } from './node-repl.ts';
import { beforeKey } from './preview.ts';
import { bracketedPaste, interruptKeyReader, suspend } from './terminal.ts';
import { defaultLanguagePath, promptIn, readLanguage, saveLanguage, type Language } from './language.ts';
import type { LineOutcome, PythonLines } from './python-mode.ts';
import { BANNER_MODULES, PYTHON_MODULE_NAMES } from '../lang/python/module-names.ts';
import { bufferStandardInput } from '../modules/standard-input.ts';

export interface ReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Treat the streams as a terminal (line editing, Ctrl+C as a key). Default: output.isTTY. */
  terminal?: boolean;
  lang?: Lang;
  /** History file; '' or null: none. Default: SOCKLAB_HISTORY, else the XDG state directory. */
  historyPath?: string | null;
  /** Print the banner (default true). */
  banner?: boolean;
  /** Open this lesson once the REPL is up. */
  lesson?: string;
  /** Load the lessons module (default true); tests may pass their own. */
  lessons?: boolean | LessonsModule;
  prompt?: string;
  /** The language of the lines (`socklab --python`). Default: the one remembered, else TypeScript. */
  language?: Language;
  /** Where the language choice is remembered; null: nowhere. Default: the config directory, on a terminal. */
  languagePath?: string | null;
}

export interface ReplSession {
  server: ReplServer;
  evaluator: Evaluator;
  space: SocketSpace;
  /** Resolves once the REPL has exited and every socket is closed. */
  closed: Promise<void>;
  /** What Ctrl+C does (for streams that are not a terminal). */
  interrupt(): void;
  /** The language of the lines now. */
  language(): Language;
  close(): void;
}

const _PROMPT = '>>> ';
const _CONTINUATION = '... ';
/**
 * Lines read less than this apart are one paste: no one types the next line that fast. (Exported
 * for tests, which send lines faster than a person types and must wait this long to look typed.)
 */
export const PASTE_GAP_MS = 30;

/** Where history lives: SOCKLAB_HISTORY, else $XDG_STATE_HOME/socklab/history (~/.local/state). */
export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOCKLAB_HISTORY !== undefined) return env.SOCKLAB_HISTORY;
  const state = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'socklab', 'history');
}

/** idle: at the prompt; line: an entry runs; command: a dot-command runs (lines queue). */
type _State = 'idle' | 'line' | 'command';

export async function createRepl(options: ReplOptions = {}): Promise<ReplSession> {
  if (options.lang) setLang(options.lang);
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const terminal = options.terminal ?? (output as { isTTY?: boolean }).isTTY === true;
  const dumb = process.env.TERM === 'dumb';
  const prompt = options.prompt ?? _PROMPT;
  const c = colors();
  /**
   * What is on the screen's last line after what `write` wrote last: `print(x, end='')` leaves
   * text there. readline draws a prompt from the line's start, over it, so the next prompt
   * begins with it (python3 shows `abc>>> `); taken by the next prompt (see `r.prompt` below).
   */
  let partialLine = '';
  const write = (text: string): void => {
    output.write(text);
    const lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    partialLine = lineStart < 0 ? partialLine + text : text.slice(lineStart + 1);
  };

  const languagePath = options.languagePath === undefined ? (terminal ? defaultLanguagePath() : null) : options.languagePath;
  const startLanguage: Language = options.language ?? (languagePath ? readLanguage(languagePath) : undefined) ?? 'typescript';
  const keys = terminal ? interruptKeyReader(input) : undefined;
  const paste = terminal ? bracketedPaste(input, output) : undefined;
  // Python mode's own banner: nothing is preloaded there, a learner imports socket as in python3.
  if (options.banner !== false) write(`${c.bold(startLanguage === 'python' ? _pythonBanner() : t('repl.banner', { version: pkg.version }))}\n`);
  // A first start writes V8's code cache now, with what it takes to show the prompt (repl.start
  // runs node's code, which is not in it): each later start deserializes the whole cache before its
  // prompt, so what runs after it is compiled after it. Before the prompt, not after: a benchmark
  // or a learner may end the process as soon as the prompt shows.
  if (!options.lesson) saveCodeCache();
  const r = repl.start({
    // With a lesson to open, the first prompt waits for the lesson's intro (and its prompt).
    prompt: options.lesson ? '' : promptIn(startLanguage, prompt, prompt),
    input,
    output,
    terminal,
    useGlobal: true,
    useColors: c.isColorSupported, // --no-color also turns off the grey completion preview
    ignoreUndefined: true,
    breakEvalOnSigint: true,
    writer: (value: unknown) => repr(value),
  }) as unknown as ReplServer;
  // The prompt is on the screen: now what the lines need (after-prompt.ts).
  const { asException, createEvaluator, defineDiagramCommand, formatException, formatSocketTable, formatUncaught, hintFor, keepUnobservedError, KeyboardInterrupt, missingModuleText, pythonError, repr, TypeAhead } = await import('./after-prompt.ts');
  // Python from the first line on: its front end is loaded once the prompt is there too, in the
  // same turn of the event loop (the bundle's import() reads no file), so before any key is read.
  const pythonModule = startLanguage === 'python' ? await import('./python-mode.ts') : undefined;
  const typeAhead = new TypeAhead();
  // The REPL reads fd 0 itself: a select() over sys.stdin asks its queue of lines typed meanwhile.
  const unbufferInput = bufferStandardInput({ ready: () => typeAhead.ready, next: (signal) => typeAhead.whenInput(signal) });
  // After repl.start: what node puts on globalThis (require, module, _, the builtin modules) is
  // then part of the evaluator's baseline, not the learner's variables that .reset deletes.
  const evaluator = createEvaluator({
    // print() from a task still running after its line (a handler per client) lands above the prompt.
    write: (text) => writeOut(text),
    readLine: (p) => readLine(p),
    // Ctrl+C typed while a loop in a synchronous function keeps the event loop from reading it.
    ...(keys && {
      pollInterrupt: () => {
        if (!keys.poll()) return false;
        interrupt();
        return true;
      },
    }),
  });
  const { space } = evaluator;
  /** Where print() writes: above the prompt when it comes from a task still running after its line. */
  function writeOut(text: string): void {
    if (state === 'idle') printAbove(text);
    else write(text);
  }
  /** input(): a scripted answer while a lesson replays, else the next line typed. */
  function readLine(p: string): Promise<string | undefined> {
    if (scripted) return answer(p, scripted);
    return typeAhead.read(p, write, (shown) => {
      Interface.prototype.setPrompt.call(r, shown); // the line editor's prompt, until the next REPL prompt
      r.prompt(true);
    });
  }

  /** While a lesson replays its steps, input() answers with their scripted lines (then 'quit'). */
  let scripted: string[] | undefined;
  function answer(prompt: string, lines: string[]): Promise<string> {
    const line = lines.shift() ?? 'quit';
    write(`${prompt}${line}\n`);
    return Promise.resolve(line);
  }

  /** Writes `text` above the prompt and the line being typed, then shows them again. */
  const printAbove = (text: string) => {
    const block = text.endsWith('\n') ? text : `${text}\n`;
    if (terminal && !dumb) {
      write(`\r\x1b[K${block}`);
      r._refreshLine();
    } else {
      write(`\n${block}${r.getPrompt()}${r.line}`);
    }
  };

  let state: _State = 'idle';
  let lineEval = false; // node's next eval call is the line's (not completion's)
  let linePasted = false; // the line node reads was part of a paste
  let lineArrivedAt = -Infinity; // when the last line was read (lines arriving together are a paste)
  /** TypeScript mode: a block of the paste being read ran as Python, so its other lines do too. */
  let pastedPython = false;
  let controller = new AbortController();
  const notesShown = new Set<Note>(); // the tuple notes are said once per session
  let lessons: LessonController | undefined;

  // ---- showing results -----------------------------------------------------------------------
  const showNotes = (notes: Note[]) => {
    for (const note of notes) {
      if (typeof note === 'object') {
        write(`${c.dim(missingModuleText(note.module))}\n`);
        continue;
      }
      if (note !== 'import' && notesShown.has(note)) continue;
      notesShown.add(note);
      write(`${c.dim(t(`repl.note.${note}`))}\n`);
    }
  };

  const showError = (err: unknown, code: string) => {
    const e = (err as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED' ? new KeyboardInterrupt() : asException(err);
    const shown = pythonError(e, code);
    write(`${c.red(formatUncaught(shown))}\n`);
    const raisedBy = space.log.findLast((ev) => ev.kind === 'error' && ev.error === e);
    const hint = hintFor(shown, code, raisedBy?.kind === 'error' ? raisedBy.sock : undefined);
    if (hint) write(`${c.yellow(hint)}\n`);
  };

  /**
   * An error nobody waited for (a callback's or timer's throw, a failing background handler, a
   * rejected Promise no one awaited): reported as Python reports an exception in a thread, and
   * the session goes on.
   */
  const reportBackground = (err: unknown) => {
    if (state === 'idle') {
      if (terminal) r.clearLine();
      else write('\n');
    }
    write(`${c.dim(t('session.background'))}\n`);
    showError(err, '');
    if (state === 'idle') r.displayPrompt(true);
  };

  // ---- running an entry ----------------------------------------------------------------------
  const nodeEval = r.eval.bind(r);
  // node runs eval inside a domain and sends what the code throws to the domain's 'error'
  // listener (which prints "Uncaught ..." and never calls back): route it back to the caller.
  let evalThrew: ((err: unknown) => void) | undefined;
  r._domain.removeAllListeners('error');
  r._domain.on('error', (err: unknown) => (evalThrew ? evalThrew(err) : reportBackground(err)));
  // `threw`: a thrown null or undefined is an error too (`throw null`).
  const evalWithNode = (code: string): Promise<{ threw: boolean; err: unknown; value: unknown }> =>
    new Promise((resolve) => {
      evalThrew = (err) => resolve({ threw: true, err, value: undefined });
      try {
        nodeEval(code, r.context, 'REPL', (err, value) => resolve({ threw: err !== null && err !== undefined, err, value }));
      } finally {
        evalThrew = undefined;
      }
    });
  const runner: Runner = async (code) => {
    const { threw, err, value } = await evalWithNode(code);
    if (threw) throw err;
    return value;
  };

  /** Runs one entry and prints what it gives; a Recoverable means node should read more lines. */
  async function runEntry(code: string): Promise<Recoverable | undefined> {
    controller = new AbortController();
    const pasted = linePasted;
    if (!pasted) pastedPython = false;
    // The rest of a paste that was Python is Python too, also a line that JavaScript would read
    // (`g = Greeter('QQ')` after a pasted class): a learner pastes a whole program.
    if (pastedPython) {
      const detected = await asPython(code).catch(() => undefined);
      if (detected === 'more') return new Recoverable(new SyntaxError('Python block goes on'));
      if (detected === 'ran') return undefined;
    }
    const prepared = await evaluator.prepare(code);
    if (prepared.kind === 'invalid') {
      if (prepared.incomplete) return new Recoverable(new SyntaxError('Unexpected end of input'));
      // The Python front end may fail where the learner broke a builtin it uses (`Array.prototype.map = null`): then node decides.
      const detected = pastedPython ? undefined : await asPython(code).catch(() => undefined);
      if (detected !== undefined && pasted) pastedPython = true;
      if (detected === 'more') return new Recoverable(new SyntaxError('Python block goes on'));
      if (detected === 'ran') return undefined;
      // Not JavaScript: node's own parser decides between "read more lines" and its error.
      const { threw, err, value } = await evalWithNode(prepared.code);
      if (err instanceof Recoverable) return err;
      showNotes(prepared.notes);
      if (threw) showError(err, code);
      else if (value !== undefined) write(`${r.writer(value)}\n`);
      return undefined;
    }
    showNotes(prepared.notes);
    const result = await evaluator.run(prepared, runner, controller.signal);
    if (!result.ok) {
      showError(result.error, code);
    } else if (result.value !== undefined) {
      r.last = result.value;
      write(`${r.writer(result.value)}\n`);
    }
    return undefined;
  }

  async function afterLine(): Promise<void> {
    try {
      await lessons?.afterLine();
    } catch (e) {
      write(`${c.red(formatException(e))}\n`);
    }
  }

  /** Evaluates `code` as if typed (LessonHost.typeLine): echoed with prompts, then run. */
  async function typeLine(code: string, answers?: string[]): Promise<void> {
    while (state === 'line') await new Promise((resolve) => setTimeout(resolve, 10));
    const outer = state;
    state = 'line';
    scripted = answers;
    code.replace(/\n+$/, '').split('\n').forEach((line, i) => write(`${i === 0 ? r._initialPrompt : _CONTINUATION}${line}\n`));
    try {
      linePasted = false; // the lesson's own code, in the lesson's language
      if (language === 'python' && python) await runPython(python, code.replace(/\n+$/, '\n'));
      else await runEntry(code);
      await afterLine();
    } catch (e) {
      showError(e, code);
    } finally {
      scripted = undefined;
      state = outer;
      if (outer === 'idle') {
        r.displayPrompt();
        becomeIdle();
      }
    }
  }

  // ---- Python mode ---------------------------------------------------------------------------
  // The Python front end is loaded the first time Python is needed (--python, .python, a Python
  // block typed in TypeScript mode), so the TypeScript playground starts without it.
  let language: Language = 'typescript'; // Python once its front end has loaded (startLanguage)
  let basePrompt = prompt; // the playground's, or the lesson step's
  let python: PythonLines | undefined;
  let pythonLoading: Promise<PythonLines> | undefined;
  let autodetectNoted = false;
  let saveWarned = false;

  const createLines = (m: typeof import('./python-mode.ts')): PythonLines => m.createPythonLines({
    write: writeOut,
    readLine,
    space,
    // A TypeScript variable is visible from Python (a block pasted in TypeScript mode uses `s`).
    fallback: (name) => (evaluator.learnerNames().includes(name) ? { defined: true, value: (globalThis as Record<string, unknown>)[name] } : { defined: false }),
    // CPython's REPL prints it and a new prompt; the line being typed is dropped, as for KeyboardInterrupt.
    onInterruptError: (run) => {
      const idle = state === 'idle';
      if (idle) cancelEntry();
      if (run.traceback) write(c.red(run.traceback));
      if (run.hint) write(`${c.yellow(run.hint)}\n`);
      if (idle) r.displayPrompt();
    },
  });
  async function loadPython(): Promise<PythonLines> {
    pythonLoading ??= import('./python-mode.ts').then((m) => (python = createLines(m))).catch((err: unknown) => {
      pythonLoading = undefined; // tried again next time (the learner may have repaired a builtin)
      throw err;
    });
    return pythonLoading;
  }
  if (pythonModule) {
    // --python: Python reads the very first line, even one that arrives while the lessons load.
    python = createLines(pythonModule);
    pythonLoading = Promise.resolve(python);
    language = 'python';
  }

  const applyPrompt = () => r.setPrompt(promptIn(language, basePrompt, prompt));

  async function setLanguage(next: Language, say: boolean): Promise<void> {
    if (next === 'python') {
      try {
        await loadPython();
      } catch (e) {
        write(`${c.red(t('pyrepl.loadFailed', { message: (e as Error).message ?? String(e) }))}\n`);
        return;
      }
    }
    const changed = next !== language;
    language = next;
    python?.cancel();
    applyPrompt();
    if (say) write(`${changed ? t(next === 'python' ? 'pyrepl.nowPython' : 'pyrepl.nowTypescript') : t('pyrepl.already', { language: next === 'python' ? 'Python' : 'TypeScript' })}\n`);
    if (changed && languagePath) {
      const reason = saveLanguage(languagePath, next);
      if (reason && !saveWarned) write(`${c.dim(t('pyrepl.cannotSave', { file: languagePath, reason }))}\n`);
      saveWarned ||= reason !== undefined;
    }
  }

  /** Runs one complete Python input and shows its value or CPython's traceback. */
  async function runPython(py: PythonLines, source: string): Promise<void> {
    controller = new AbortController();
    const result = await py.run(source, controller.signal);
    if (result.ok) {
      if (result.valueRepr !== undefined) write(`${result.valueRepr}\n`);
    } else {
      if (result.traceback) write(c.red(result.traceback));
      if (result.hint) write(`${c.yellow(result.hint)}\n`);
    }
  }

  /** Lines for Python mode, in order; `pasted`: part of a paste (many lines at once). */
  const pythonPending: { line: string; pasted: boolean; echo: boolean }[] = [];
  /** Lines read but not yet taken; `bracketed`: read between the terminal's paste marks. */
  const arriving: { line: string; bracketed: boolean }[] = [];
  let pasting = false; // between a bracketed paste's start and end
  /** When the last pasted lines arrived: a long paste comes in several reads of the terminal. */
  let pasteSeenAt = -Infinity;
  /** PASTE_GAP_MS: no one types the next line that fast; the terminal is still delivering a paste. */
  const stillPasting = () => Date.now() - pasteSeenAt < PASTE_GAP_MS;
  let pumping = false;
  /** Python lines still to read or run (the input may end before they have). */
  const pythonBusy = () => pumping || pythonPending.length > 0 || arriving.length > 0;

  /** A line typed at the Python prompt: lines that arrive together (a paste) are taken together. */
  function pythonLine(line: string): void {
    arriving.push({ line, bracketed: pasting });
    if (arriving.length === 1) setImmediate(takeArrived);
  }
  function takeArrived(): void {
    const batch = arriving.splice(0);
    // Marked by the terminal, a paste is one however slowly it arrives; unmarked, it is guessed
    // from lines that arrive together (a terminal without bracketed paste, piped input).
    const together = batch.length > 1;
    if (together || batch.some((a) => a.bracketed)) pasteSeenAt = Date.now();
    batch.forEach(({ line, bracketed }, i) => pythonPending.push({ line, pasted: together || bracketed, echo: i > 0 }));
    void pumpPython();
  }

  /**
   * Feeds the pending lines to Python one at a time, as CPython's interactive loop reads them,
   * running each complete statement before the next line is read: an input() in a pasted block
   * waits for a line typed after the paste (the rest of the paste waits its turn).
   */
  async function pumpPython(): Promise<void> {
    if (pumping || !python) return;
    pumping = true;
    const py = python;
    try {
      while (state === 'idle' && pythonPending.length > 0 && language === 'python') {
        const { line, pasted, echo } = pythonPending.shift()!;
        if (echo && terminal) write(`${line}\n`);
        // A dot-command among lines that arrived together (piped input, a paste) is still the
        // command at `py>>> `, as it is when typed alone.
        const command = py.continuing ? undefined : /^\.([^\s.]+)\s*(.*)$/.exec(line);
        if (command && command[1]! in r.commands) {
          try {
            await r.commands[command[1]!]!.action.call(r, command[2]!);
          } catch (e) {
            showError(e, line);
          }
          continue;
        }
        let outcomes: LineOutcome[];
        try {
          outcomes = py.push(line, pasted);
        } catch (e) {
          showError(e, line);
          outcomes = [];
        }
        const interruptsBefore = interrupts;
        for (const outcome of outcomes) {
          // A statement of the same paste after an interrupted one does not run (see interrupt()).
          if (interrupts !== interruptsBefore) {
            py.cancel();
            break;
          }
          if (outcome.kind === 'error') {
            write(c.red(outcome.text));
            state = 'line'; // a failed line is a line too, for the lesson's checks
            await afterLine().finally(() => {
              state = 'idle';
            });
          }
          if (outcome.kind !== 'run') continue;
          state = 'line';
          try {
            await runPython(py, outcome.source);
            await afterLine();
          } catch (e) {
            showError(e, outcome.source);
          } finally {
            state = 'idle';
          }
        }
        r.displayPrompt();
      }
    } finally {
      pumping = false;
    }
    becomeIdle();
  }

  /** TypeScript mode: input that is not JavaScript but is Python runs as Python (undefined: it is not Python). */
  async function asPython(code: string): Promise<'ran' | 'more' | undefined> {
    const py = await loadPython();
    const source = code.replace(/\n$/, '');
    const { compileCommand } = await import('../lang/python/codeop.ts');
    let completeness: 'complete' | 'incomplete';
    try {
      completeness = compileCommand(source);
    } catch {
      return undefined; // not Python either: JavaScript's error says what is wrong
    }
    // Only a Python block header (`while True:`) keeps reading lines; anything else unfinished is
    // left to node, which knows when JavaScript goes on.
    if (completeness === 'incomplete') return /^\s*(if|elif|else|for|while|def|class|try|except|finally|with)\b.*:\s*(#.*)?$/.test(source.split('\n')[0] ?? '') ? 'more' : undefined;
    if (!autodetectNoted) write(`${c.dim(t('pyrepl.autodetect'))}\n`);
    autodetectNoted = true;
    await runPython(py, source);
    // What the block assigned is a TypeScript variable too, unless it would hide a preloaded global.
    const learner = new Set(evaluator.learnerNames());
    const g = globalThis as Record<string, unknown>;
    for (const [name, value] of py.variables()) if (!(name in g) || learner.has(name)) g[name] = value;
    return 'ran';
  }

  const runCommand = (action: () => Promise<void> | void) => {
    state = 'command';
    void (async () => {
      try {
        await action();
      } catch (e) {
        write(`${c.red(formatException(e))}\n`);
      }
      r.displayPrompt();
      becomeIdle();
    })();
  };

  // ---- lines that arrive while something runs ------------------------------------------------
  // The input ended (a pipe, a test's stream) while lines still run or wait: exit once they are
  // done, as node's REPL does for its own await.
  let closeLater = false;
  const nodeClose = r.close.bind(r);
  r.close = () => {
    if (state === 'idle' && typeAhead.pending === 0 && !pythonBusy()) return nodeClose();
    closeLater = true;
    typeAhead.end();
  };
  const drain = () => {
    while (state === 'idle' && typeAhead.pending > 0) {
      const { line, pasted } = typeAhead.next()!;
      if (terminal) write(`${line}\n`);
      onLine(line, pasted, true);
    }
    if (closeLater && state === 'idle' && typeAhead.pending === 0 && !pythonBusy()) {
      closeLater = false;
      nodeClose();
    }
  };
  function becomeIdle(): void {
    state = 'idle';
    setImmediate(drain);
  }

  // ---- hooks into node's REPL ----------------------------------------------------------------
  r.eval = (code, context, file, cb) => {
    if (!lineEval) return nodeEval(code, context, file, cb); // completion, not a line
    lineEval = false;
    if (code.trim() === '') return cb(null, undefined); // an empty line: nothing runs
    state = 'line';
    void (async () => {
      let recoverable: Recoverable | undefined;
      try {
        recoverable = await runEntry(code);
        if (!recoverable) await afterLine();
      } catch (e) {
        showError(e, code);
      }
      cb(recoverable ?? null, undefined);
      becomeIdle();
    })();
  };

  const nodeOnLine = r._onLine;
  r._onLine = (line: string) => {
    // Marked by the terminal, or guessed from lines arriving together (as pythonLine guesses).
    const pasted = pasting || Date.now() - lineArrivedAt < PASTE_GAP_MS;
    lineArrivedAt = Date.now();
    onLine(line, pasted);
  };
  /**
   * A line read (`pasted`: part of a paste), now or (`queued`) when it was queued while another
   * line ran.
   */
  function onLine(line: string, pasted: boolean, queued = false): void {
    // (A line for a waiting input() is the learner's answer unless the terminal brackets the paste.)
    if (language === 'python' && python && state !== 'idle' && (pasting || (!typeAhead.waiting && stillPasting()))) {
      // The rest of a paste waits its turn behind the statement that runs; input() gets typed lines.
      pasteSeenAt = Date.now();
      pythonPending.push({ line, pasted: true, echo: true });
      return;
    }
    // A line read between the end of one line and the drain of those queued behind it waits its
    // turn too: the terminal delivers the next read of a paste whenever it likes.
    if (state !== 'idle' || typeAhead.waiting || (!queued && typeAhead.pending > 0)) return typeAhead.push(line, pasted);
    const keyword = /^\s*\.([^\s.]+)/.exec(line)?.[1];
    // Python mode: every line is Python but a dot-command at `py>>> ` (inside a bracket,
    // `    .decode()` is Python).
    if (language === 'python' && python && (python.continuing || pythonPending.length > 0 || arriving.length > 0 || !keyword || /^\s*\.\d/.test(line))) {
      return pythonLine(line);
    }
    if (keyword && !(keyword in r.commands) && Number.isNaN(Number.parseFloat(line.trim())) && !bufferedCommand(r) && !r.editorMode) {
      // node would print "Invalid REPL keyword", in English.
      write(`${t('repl.invalidKeyword', { name: keyword })}\n`);
      return r.displayPrompt();
    }
    lineEval = true;
    linePasted = pasted;
    try {
      nodeOnLine.call(r, line);
    } catch (err) {
      // node runs a dot-command's action right here. One that throws (the learner broke a
      // builtin it uses: `Array.prototype.map = null; .help`) is reported as a line's error
      // would be, and the session stays at its prompt; commands defined later are covered too.
      if (!keyword || !(keyword in r.commands)) throw err;
      reportCommandError(err);
    } finally {
      lineEval = false;
    }
  }
  const reportCommandError = (err: unknown) => {
    try {
      showError(err, '');
    } catch {
      write(`${String(err)}\n`);
    }
    r.displayPrompt();
  };

  /**
   * Ctrl+C: cancels the running line's socket calls; at the prompt, drops what was typed (and an
   * unfinished multi-line entry) and prints KeyboardInterrupt, as CPython's REPL does. It never
   * exits (node's "press Ctrl+C again to exit" is gone).
   */
  /** How many times Ctrl+C stopped a running line. */
  let interrupts = 0;
  let sigDflNoted = false;
  function interrupt(): void {
    if (state === 'command') return;
    // The learner's signal.signal(SIGINT, handler) runs instead of KeyboardInterrupt, as in
    // CPython: at the prompt (the line being typed stays) and in a running line.
    const action = language === 'python' && python ? python.interrupt() : 'default';
    if (action === 'handled') return;
    // SIG_DFL would end python3 by SIGINT; the learner's session is not ended here.
    const noteSigDfl = () => {
      if (action === 'terminate' && !sigDflNoted) write(`${c.dim(t('pyrepl.sigintDefault'))}\n`);
      sigDflNoted ||= action === 'terminate';
    };
    if (state === 'line') {
      if (r.line) {
        r.line = '';
        r.cursor = 0;
        write('\n');
      }
      noteSigDfl();
      typeAhead.clear();
      // The rest of a paste goes too, as the terminal driver flushes its input on ^C for
      // python3: `s.close()` pasted after a loop must not run once the loop is interrupted.
      pythonPending.length = 0;
      arriving.length = 0;
      interrupts++;
      controller.abort(new KeyboardInterrupt());
      return;
    }
    cancelEntry();
    noteSigDfl();
    write('KeyboardInterrupt\n');
    r.displayPrompt();
  }

  /** Forgets the line being typed and any unfinished multi-line entry. */
  function cancelEntry(): void {
    if (terminal) r.clearLine();
    else write('\n');
    r.clearBufferedCommand();
    if (r.lines) r.lines.level = [];
    python?.cancel();
    pythonPending.length = 0;
  }

  const nodeTtyWrite = r._ttyWrite;
  r._ttyWrite = (d, key) => {
    const k = key ?? {};
    if (k.ctrl && k.name === 'c' && !r.editorMode) return interrupt();
    if (k.ctrl && k.name === 'd' && r.line === '' && typeAhead.waiting) {
      write('\n');
      typeAhead.eof(); // input() gets EOFError, as in Python
      return;
    }
    if (k.ctrl && k.name === 'd' && state !== 'idle') return; // not an exit while a line runs
    if (k.ctrl && k.name === 'd' && r.line === '' && (bufferedCommand(r) || python?.continuing) && !r.editorMode) {
      cancelEntry(); // on a `...` line: that entry only, not the session
      return r.displayPrompt();
    }
    if (k.ctrl && k.name === 'z') return suspend(input, () => r._refreshLine(), paste);
    if (k.name === 'paste-start' || k.name === 'paste-end') {
      pasting = k.name === 'paste-start';
      return;
    }
    if (dumb && k.name === 'tab' && !typeAhead.waiting) return completeOnDumbTerminal(r, write);
    beforeKey(r, k, nodeTtyWrite); // Enter runs the line as typed, not node's completion preview
    nodeTtyWrite.call(r, d, key);
  };

  // ---- commands ------------------------------------------------------------------------------
  translateNodeCommands(r, write);
  r.defineCommand('sockets', {
    help: t('repl.cmd.sockets'),
    action() {
      write(`${formatSocketTable(space, undefined, (output as { columns?: number }).columns, t(language === 'python' ? 'pyrepl.socketsNone' : 'repl.sockets.none'))}\n`);
      r.displayPrompt();
    },
  });
  defineDiagramCommand(r, space, write);
  r.defineCommand('reset', {
    help: t('repl.cmd.reset'),
    action(arg: string) {
      const count = space.sockets.size;
      r.clearBufferedCommand();
      runCommand(() => {
        evaluator.reset();
        python?.reset();
        notesShown.clear();
        autodetectNoted = false;
        write(`${t('repl.reset', { count })}\n`); // before the lesson's own text about starting again
        return lessons?.onReset(arg); // `.reset lesson`: the lesson from step 1
      });
    },
  });

  r.defineCommand('python', {
    help: t('pyrepl.cmd.python'),
    action() {
      r.clearBufferedCommand();
      runCommand(() => setLanguage('python', true));
    },
  });
  r.defineCommand('ts', {
    help: t('pyrepl.cmd.ts'),
    action() {
      runCommand(() => setLanguage('typescript', true));
    },
  });
  r.defineCommand('translate', {
    help: t('pyrepl.cmd.translate'),
    action() {
      runCommand(() => {
        const source = python?.lastSource;
        if (!python || source === undefined) return void write(`${t('pyrepl.nothingToTranslate')}\n`);
        try {
          write(`${python.translate(source)}\n`);
        } catch (e) {
          showError(e, source);
        }
      });
    },
  });
  // A prompt shown after output that did not end its line starts with that output: readline
  // redraws from the start of the line, which would erase it. Not on a dumb terminal or a pipe,
  // where the prompt is written after it as it is.
  const nodePrompt = r.prompt.bind(r);
  r.prompt = (preserveCursor?: boolean) => {
    if (partialLine !== '' && terminal && !dumb) Interface.prototype.setPrompt.call(r, partialLine + r.getPrompt());
    partialLine = '';
    nodePrompt(preserveCursor);
  };
  // Python's `... ` while a Python entry goes on (node shows it only for its own buffered entry).
  const nodeDisplayPrompt = r.displayPrompt.bind(r);
  r.displayPrompt = (preserveCursor?: boolean) => {
    if (language !== 'python' || !python?.continuing) return nodeDisplayPrompt(preserveCursor);
    Interface.prototype.setPrompt.call(r, _CONTINUATION);
    r.prompt(preserveCursor);
  };
  // Tab completes Python's names and attributes in Python mode (`s.rec` → recv, recv_into, recvfrom…).
  const nodeCompleter = r.completer;
  r.completer = function (this: unknown, text: string, cb?: (err: unknown, result?: [string[], string]) => void) {
    if (language !== 'python' || !python) return (nodeCompleter as (...a: unknown[]) => unknown).call(r, text, cb);
    const result = python.complete(text);
    if (cb) return cb(null, result);
    return Promise.resolve(result);
  } as ReplServer['completer'];

  // ---- exit ----------------------------------------------------------------------------------
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  // A socket call nobody awaited keeps its error for the socket's next call, as the kernel does;
  // any other forgotten rejection is shown rather than ending the session.
  const onRejection = (reason: unknown, promise: Promise<unknown>) => {
    if (!keepUnobservedError(promise, reason)) reportBackground(reason);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', reportBackground);
  r.on('exit', () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', reportBackground);
    keys?.close();
    paste?.off();
    typeAhead.end();
    unbufferInput();
    controller.abort(new KeyboardInterrupt());
    try {
      lessons?.close();
    } finally {
      evaluator.dispose();
      resolveClosed();
    }
  });

  // ---- history -------------------------------------------------------------------------------
  const historyPath = options.historyPath === undefined ? defaultHistoryPath() : options.historyPath;
  if (terminal && historyPath) {
    const file = openHistory(historyPath, (reason) => write(`${c.dim(t('session.history.unusable', { file: historyPath, reason }))}\n`));
    r.historySize = HISTORY_SIZE;
    r.history = [...file.entries];
    r.on('history', (entries: string[]) => {
      if (entries[0] !== undefined) file.add(entries[0]);
    });
  }

  // ---- lessons -------------------------------------------------------------------------------
  const loaded = options.lessons === false ? undefined : typeof options.lessons === 'object' ? options.lessons : await loadLessons();
  const unavailable = loaded instanceof Error ? t('repl.lessons.failed', { message: loaded.message }) : t('repl.lessons.notReady');
  if (loaded && !(loaded instanceof Error)) {
    // language/setLanguage: what a lesson needs to show and run the step's code in the learner's language.
    const host: LessonHost & { language(): Language; setLanguage(lang: Language): void } = {
      space,
      print(text: string) {
        if (state !== 'idle') write(`${text}\n`);
        else printAbove(text);
      },
      setPrompt: (p: string) => {
        basePrompt = p;
        applyPrompt();
      },
      typeLine,
      language: () => language,
      variables: () => (language === 'python' && python ? python.variables() : Object.entries(globalThis)),
      // The Promise goes back to the lesson: a resumed lesson retypes its steps once Python has loaded.
      setLanguage: (lang: Language) => setLanguage(lang, false),
      lookup(name: string) {
        if (language === 'python' && python) return python.lookup(name);
        const defined = evaluator.learnerNames().includes(name);
        return defined ? { defined, value: (globalThis as Record<string, unknown>)[name] } : { defined };
      },
      // A question (retype the earlier steps?) only where someone can answer it: a terminal on
      // both ends (piped input holds the learner's lines, not answers).
      ...(terminal && (input as { isTTY?: boolean }).isTTY === true && {
        ask: (question: string) => typeAhead.read(question, write, (shown) => {
          Interface.prototype.setPrompt.call(r, shown);
          r.prompt(true);
        }),
      }),
    };
    lessons = loaded.attachLessons(host, { prompt });
    for (const [name, cmd] of Object.entries(lessons.commands)) {
      r.defineCommand(name, { help: cmd.help, action: (arg: string) => runCommand(() => cmd.action(arg)) });
    }
  } else {
    for (const name of ['lessons', 'lesson', 'hint', 'show', 'run', 'check', 'next', 'skip']) {
      r.defineCommand(name, {
        help: name === 'lessons' ? t('repl.cmd.lessons') : unavailable,
        action() {
          write(`${unavailable}\n`);
          r.displayPrompt();
        },
      });
    }
  }

  if (startLanguage === 'python' && languagePath && options.language === 'python') saveLanguage(languagePath, 'python'); // --python is a choice too

  if (options.lesson) {
    applyPrompt();
    const id = options.lesson;
    if (lessons) {
      const opening = lessons;
      await new Promise<void>((resolve) =>
        runCommand(async () => {
          try {
            await opening.open(id);
          } finally {
            resolve();
          }
        }));
    } else {
      write(`${unavailable}\n`);
      r.displayPrompt();
    }
  }

  return { server: r, evaluator, space, closed, interrupt, language: () => language, close: () => r.close() };
}

/** Python mode's banner: the socket programs' modules by name, how many more there are. */
function _pythonBanner(): string {
  const named = BANNER_MODULES.filter((m) => PYTHON_MODULE_NAMES.includes(m));
  const more = PYTHON_MODULE_NAMES.filter((m) => m !== 'socket' && !named.includes(m)).length;
  return t('pyrepl.bannerStart', { version: pkg.version, modules: named.join(t('pyrepl.listSeparator')), more });
}
