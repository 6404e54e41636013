// The differential Python corpus: which cases exist, how each is run under python3 (the
// reference, run live every time) and under `socklab run`, and how two runs are compared.
// README.md in this folder says how to add a case.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unifiedDiff } from '../conformance/diff.ts';
import { ephemeralPortRange, mask } from '../conformance/mask.ts';
import { freePort } from '../../src/lessons/ports.ts';
import { start, type Outcome } from './proc.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const CASES = join(HERE, 'cases');
export const REFUSED = join(HERE, 'refused');
/** The conformance suite's Python halves: socket behaviour already pinned against CPython, run here as .py. */
const CONFORMANCE = join(HERE, '..', 'conformance', 'cases');
/** SOCKLAB_PYCORPUS_BIN: another checkout's bin/socklab.js (already built), to preview it against the corpus. */
const BIN = process.env.SOCKLAB_PYCORPUS_BIN ?? join(ROOT, 'bin', 'socklab.js');

/** Hard limit for one program run. */
export const RUN_TIMEOUT_MS = 20_000;
/** How long one side of a pair may run on after the other has ended (a server that waits for a client that died). */
const PEER_GRACE_MS = 5_000;
/** How long a pair's client waits for the server's first line of output (its "I am listening"). */
const READY_TIMEOUT_MS = 10_000;

/** One program of the corpus, with what its header comments say about running it. */
export interface Program {
  /** Path relative to the repository root: what both interpreters are given, and what tracebacks show. */
  readonly file: string;
  /** `name.stdin` next to the program, fed to input() (`{port}`, `{port2}` filled in); absent: /dev/null. */
  readonly stdin: string | undefined;
  /** `# args: …`; `{port}` and `{port2}` are replaced by the run's two free ports. */
  readonly args: readonly string[];
  /** `# exit: N`: the status python3 must end with (default 0). */
  readonly exit: number;
  /** `# compare: stderr`: the whole stderr must match, not only its last line. */
  readonly wholeStderr: boolean;
}

export type Case =
  | { readonly kind: 'single'; readonly id: string; readonly program: Program }
  | { readonly kind: 'pair'; readonly id: string; readonly server: Program; readonly client: Program }
  | { readonly kind: 'refused'; readonly id: string; readonly program: Program; readonly lines: readonly number[] };

/** Reads a program's header comments (`# args:`, `# exit:`, `# compare:`) from its first lines. */
function _program(path: string, defaultExit = 0): Program {
  const text = readFileSync(path, 'utf8');
  const header = text.split('\n').slice(0, 12);
  const directive = (name: string): string | undefined =>
    header.map((line) => new RegExp(`^#\\s*${name}:\\s*(.*)$`).exec(line)?.[1]?.trim()).find((v) => v !== undefined);
  const stdin = path.replace(/\.py$/, '.stdin');
  return {
    file: relative(ROOT, path),
    stdin: existsSync(stdin) ? stdin : undefined,
    args: directive('args')?.split(/\s+/).filter(Boolean) ?? [],
    exit: Number(directive('exit') ?? defaultExit),
    wholeStderr: directive('compare') === 'stderr',
  };
}

/** The lines a refused program marks with `# refused here`: socklab may name any of them. */
function _refusedLines(path: string): number[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => (/#\s*refused here\b/.test(line) ? [index + 1] : []));
  if (lines.length === 0) throw new Error(`${path}: no line is marked "# refused here"`);
  return lines;
}

/**
 * Every case, sorted by id: `NAME` (one program), `NAME/server` + `NAME/client` sides of a pair,
 * `refused/NAME`, and `conformance/NAME` (test/conformance's Python programs, run as they are).
 */
export function discover(): Case[] {
  const cases: Case[] = [];
  for (const entry of readdirSync(CASES).sort()) {
    const path = join(CASES, entry);
    if (entry.endsWith('.py')) {
      cases.push({ kind: 'single', id: entry.slice(0, -3), program: _program(path) });
    } else if (statSync(path).isDirectory()) {
      cases.push({ kind: 'pair', id: entry, server: _program(join(path, 'server.py')), client: _program(join(path, 'client.py')) });
    }
  }
  for (const entry of readdirSync(CONFORMANCE).sort()) {
    if (!entry.endsWith('.py')) continue;
    // Their README's convention: the `uncaught_*` cases end on an uncaught error, exit 1.
    const exit = entry.startsWith('uncaught_') ? 1 : 0;
    cases.push({ kind: 'single', id: `conformance/${entry.slice(0, -3)}`, program: _program(join(CONFORMANCE, entry), exit) });
  }
  for (const entry of readdirSync(REFUSED).sort()) {
    if (!entry.endsWith('.py')) continue;
    const path = join(REFUSED, entry);
    cases.push({ kind: 'refused', id: `refused/${entry.slice(0, -3)}`, program: _program(path), lines: _refusedLines(path) });
  }
  return cases;
}

/** The ids the socklab comparison tests use: one per single or refused case, two per pair. */
export function comparisonIds(c: Case): string[] {
  return c.kind === 'pair' ? [`${c.id}/server`, `${c.id}/client`] : [c.id];
}

// Same environment for both interpreters: English messages, UTF-8 output, no colour, no buffering
// (a pair's client starts when the server's first line arrives).
/** The environment both interpreters run in (English, no colour, UTF-8). */
export const ENV: NodeJS.ProcessEnv = (() => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'PYTHONSTARTUP', 'PYTHONPATH']) delete env[name];
  return Object.assign(env, {
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    TERM: 'dumb',
    PYTHONIOENCODING: 'utf-8',
    PYTHONUTF8: '1',
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
  });
})();

export type Interpreter = 'python3' | 'socklab';

/** The two free ports of one run: `{port}` (a pair's server listens there) and `{port2}`. */
type Ports = readonly [number, number];

function _freePorts(): Ports {
  const first = freePort();
  return [first, freePort(new Set([first]))];
}

function _fill(text: string, ports: Ports): string {
  return text.replaceAll('{port2}', String(ports[1])).replaceAll('{port}', String(ports[0]));
}

/** Starts a program with `{port}`/`{port2}` filled in; `used`: the ports it was actually given. */
function _launch(program: Program, by: Interpreter, ports: Ports) {
  const args = program.args.map((a) => _fill(a, ports));
  const [file, argv] =
    by === 'python3' ? ['python3', [program.file, ...args]] : [process.execPath, [BIN, 'run', program.file, ...args]];
  const template = program.stdin === undefined ? undefined : readFileSync(program.stdin, 'utf8');
  const stdin = template === undefined ? undefined : _fill(template, ports);
  const written = [...program.args, template ?? ''].join(' ');
  const used = [written.includes('{port}') ? ports[0] : 0, written.includes('{port2}') ? ports[1] : 0] as const;
  return { used, ...start(file, argv, { cwd: ROOT, env: ENV, stdin, timeoutMs: RUN_TIMEOUT_MS }) };
}

/** One program's run, with the ports it was given (masked before comparing; 0 when not given). */
export interface Run {
  readonly by: Interpreter;
  readonly program: Program;
  readonly ports: Ports;
  readonly outcome: Outcome;
}

export async function runSingle(program: Program, by: Interpreter): Promise<Run> {
  const run = _launch(program, by, _freePorts());
  return { by, program, ports: run.used, outcome: await run.done };
}

/**
 * Runs a pair: the server first, the client once the server has printed its first line (or
 * after READY_TIMEOUT_MS), both given the same free port; waits for both to end.
 */
export async function runPair(
  server: Program,
  client: Program,
  by: { server: Interpreter; client: Interpreter },
): Promise<{ server: Run; client: Run }> {
  const ports = _freePorts();
  const s = _launch(server, by.server, ports);
  await Promise.race([s.firstLine, new Promise((wake) => setTimeout(wake, READY_TIMEOUT_MS)), s.done]);
  const c = _launch(client, by.client, ports);
  // When one side ends, the other gets PEER_GRACE_MS to finish, then is killed: a side that waits
  // for a peer that failed would otherwise hold the run for the whole RUN_TIMEOUT_MS.
  let grace: NodeJS.Timeout | undefined;
  const endOther = (other: typeof s) => () => (grace ??= setTimeout(other.kill, PEER_GRACE_MS));
  void s.done.then(endOther(c));
  void c.done.then(endOther(s));
  const [so, co] = await Promise.all([s.done, c.done]);
  clearTimeout(grace);
  return {
    server: { by: by.server, program: server, ports: s.used, outcome: so },
    client: { by: by.client, program: client, ports: c.used, outcome: co },
  };
}

const _ports = ephemeralPortRange();

// An ephemeral port printed after a loopback host outside a tuple: `127.0.0.1:45678`, and
// `127.0.0.145678` from the tutorial's `clientAddress[0] + str(clientAddress[1])`.
const _HOST_PORT = /(127\.0\.0\.1|::1)(:?)(\d{4,5})\b/g;

// A frame of CPython's own library (`File "/usr/lib/python3.11/threading.py", line 1038`): its
// directory and line numbers are the installation's (3.11.2 and 3.11.7 differ), its name is not.
const _STDLIB_FRAME = /File "\/[^"]*\/python3\.\d+\/((?:\w+\/)?\w+\.py)", line \d+/g;
// A module's repr (`<module 'json' from '/usr/lib/python3.11/json/__init__.py'>`): the library's
// place is the installation's, and whether an extension module (select, math) is a shared object
// in lib-dynload or built into the interpreter is its build's choice (Debian builds them in).
const _EXTENSION_MODULE = /<module '([\w.]+)' from '[^']*\/python3\.\d+\/lib-dynload\/[^']*'>/g;
const _LIBRARY_MODULE = /<module '([\w.]+)' from '[^']*\/python3\.\d+\/([^']*)'>/g;
// An object's address in a repr (`<function f at 0x7f3a…>`): a new one every run.
const _ADDRESS = / at 0x[0-9a-f]+>/g;

/**
 * What may differ between two runs: fds and ephemeral ports in tuples (conformance/mask.ts),
 * ephemeral ports glued to a loopback host, the run's own two ports wherever they appear, the
 * place of CPython's library files in a traceback and a module's repr, and objects' addresses.
 */
export function masked(text: string, ports: Ports): string {
  let out = mask(text, _ports).replace(_HOST_PORT, (whole, host: string, colon: string, port: string) => {
    const n = Number(port);
    return n >= _ports.low && n <= _ports.high ? `${host}${colon}PORT` : whole;
  });
  out = out.replace(_STDLIB_FRAME, 'File "LIB/$1", line N').replace(_ADDRESS, ' at 0xADDR>');
  out = out.replace(_EXTENSION_MODULE, "<module '$1' (built-in)>").replace(_LIBRARY_MODULE, "<module '$1' from 'LIB/$2'>");
  // A port the run was given is masked wherever it appears (`Bind UDP on 23456...`).
  if (ports[1] !== 0) out = out.replace(new RegExp(`\\b${ports[1]}\\b`, 'g'), 'PORT2');
  if (ports[0] !== 0) out = out.replace(new RegExp(`\\b${ports[0]}\\b`, 'g'), 'PORT');
  return out;
}

function _lastLine(text: string): string {
  return text.split('\n').filter((line) => line.trim() !== '').at(-1) ?? '';
}

export function status(o: Outcome): string {
  if (o.killedEarly) return `killed ${PEER_GRACE_MS / 1000} s after its peer ended`;
  if (o.timedOut) return `killed after ${RUN_TIMEOUT_MS / 1000} s`;
  if (o.code === null) return `killed by ${o.signal ?? 'an error'}`;
  return `exit ${o.code}`;
}

export function tail(text: string, lines = 12): string {
  if (text.trim() === '') return '    (empty)';
  const all = text.trimEnd().split('\n');
  const shown = all.slice(-lines).map((l) => `    ${l}`).join('\n');
  return all.length > lines ? `    … (${all.length - lines} lines above)\n${shown}` : shown;
}

/** Why python3's run is not what the case says it should be, or '' when it is. */
export function referenceProblem(run: Run): string {
  const o = run.outcome;
  if (o.code === run.program.exit && !o.timedOut && !o.killedEarly) return '';
  return `python3 ${run.program.file} should exit ${run.program.exit} but ended with ${status(o)}; the case is broken:\n${tail(o.stderr)}`;
}

/** One difference between the reference and socklab, short enough for a summary table. */
export interface Difference {
  readonly what: 'stdout' | 'exit' | 'stderr';
  readonly expected: string;
  readonly actual: string;
  readonly detail: string;
}

/** The first removed and the first added line of a unified diff: the gist of a difference. */
function _firstChange(detail: string): { expected: string; actual: string } {
  const changed = detail.split('\n').slice(2).filter((l) => /^[-+]/.test(l));
  return {
    expected: changed.find((l) => l.startsWith('-'))?.slice(1) ?? '(nothing more)',
    actual: changed.find((l) => l.startsWith('+'))?.slice(1) ?? '(nothing more)',
  };
}

/** Every difference between python3's run and socklab's run of the same program. */
export function differences(ref: Run, lab: Run): Difference[] {
  const found: Difference[] = [];
  const refOut = masked(ref.outcome.stdout, ref.ports);
  const labOut = masked(lab.outcome.stdout, lab.ports);
  if (refOut !== labOut) {
    const detail = unifiedDiff(refOut, labOut, {
      expected: `python3 ${ref.program.file} (${status(ref.outcome)})`,
      actual: `socklab run ${lab.program.file} (${status(lab.outcome)})`,
    });
    found.push({ what: 'stdout', ..._firstChange(detail), detail });
  }
  if (ref.outcome.code !== lab.outcome.code || lab.outcome.timedOut || lab.outcome.killedEarly) {
    found.push({ what: 'exit', expected: status(ref.outcome), actual: status(lab.outcome), detail: '' });
  }
  const refErr = masked(ref.outcome.stderr, ref.ports);
  const labErr = masked(lab.outcome.stderr, lab.ports);
  if (ref.program.wholeStderr && refErr !== labErr) {
    const detail = unifiedDiff(refErr, labErr, { expected: 'python3 stderr', actual: 'socklab stderr' });
    found.push({ what: 'stderr', ..._firstChange(detail), detail });
  } else if (ref.outcome.code !== 0 && _lastLine(refErr) !== _lastLine(labErr)) {
    found.push({ what: 'stderr', expected: _lastLine(refErr), actual: _lastLine(labErr), detail: '' });
  }
  return found;
}

/** A failure message for a test: every difference, then the tail of both stderrs. */
export function report(id: string, ref: Run, lab: Run, found: readonly Difference[]): string {
  return [
    `case ${id}: socklab does not behave like CPython`,
    ...found.map((d) =>
      d.detail ? `${d.what} differs:\n${d.detail}` : `${d.what} differs:\n  python3: ${d.expected}\n  socklab: ${d.actual}`,
    ),
    `socklab stderr:\n${tail(lab.outcome.stderr)}`,
    `python3 stderr:\n${tail(ref.outcome.stderr)}`,
  ].join('\n\n');
}

/**
 * What is wrong with socklab's refusal of a construct outside the subset, or '' when it is right:
 * exit 1 before anything runs (no stdout) and a message on stderr that names the line.
 */
export function refusalProblem(lab: Run, lines: readonly number[]): string {
  const o = lab.outcome;
  const problems: string[] = [];
  if (o.code !== 1 || o.timedOut) problems.push(`socklab should exit 1 but ended with ${status(o)}`);
  if (o.stdout !== '') problems.push(`socklab ran the program before refusing it; stdout:\n${tail(o.stdout)}`);
  const named = lines.some((line) => new RegExp(`\\bline ${line}\\b|:${line}\\b`).test(o.stderr));
  if (!named) problems.push(`stderr does not name line ${lines.join(' or ')}`);
  if (!/not supported|unsupported/i.test(o.stderr)) problems.push('stderr does not say the construct is not supported');
  if (/^\s+at .*\(.*:\d+:\d+\)$/m.test(o.stderr)) problems.push('stderr shows a JavaScript stack trace');
  return problems.length === 0 ? '' : `${problems.join('\n')}\nsocklab stderr:\n${tail(o.stderr)}`;
}

/** The known gaps: `id  # why` per line; blank lines and `#` comments are ignored. */
export function readKnownGaps(path = join(HERE, 'known-gaps.txt')): Map<string, string> {
  const gaps = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([^\s#]+)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (m) gaps.set(m[1]!, m[2] ?? '');
  }
  return gaps;
}
