// Differential conformance: every case is a Python script and its JavaScript
// twin. The Python one runs under the real python3 (CPython is the
// specification, DESIGN.md §2), the twin under `socklab run`; their stdout
// (after masking fd numbers and ephemeral ports) and exit codes must match, and
// so must the last line of stderr (the exception line) when the exit code is
// not zero. See README.md in this folder for how to add a case.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from './diff.ts';
import { ephemeralPortRange, mask } from './mask.ts';
import { Limiter, killAll, run, type RunResult } from './run.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CASES = join(HERE, 'cases');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const BIN = join(ROOT, 'bin', 'socklab.js');

/** Hard limit for one program run. */
const RUN_TIMEOUT_MS = 20_000;
/** At most this many cases run at once (each runs python3, then socklab). */
const CONCURRENT_CASES = 4;

const built = existsSync(CLI);
const limiter = new Limiter(CONCURRENT_CASES);
const ports = ephemeralPortRange();

// Same environment for both interpreters: English messages, UTF-8 output, no colour.
const env: NodeJS.ProcessEnv = { ...process.env };
delete env.LC_ALL;
delete env.LC_MESSAGES;
delete env.LANGUAGE;
Object.assign(env, {
  LANG: 'en_US.UTF-8',
  NO_COLOR: '1',
  TERM: 'dumb',
  PYTHONIOENCODING: 'utf-8',
  PYTHONUTF8: '1',
  PYTHONUNBUFFERED: '1',
  PYTHONDONTWRITEBYTECODE: '1',
});

const scripts = readdirSync(CASES);
const cases = scripts
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -'.py'.length))
  .sort();

function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.at(-1) ?? '';
}

function status(r: RunResult): string {
  if (r.timedOut) return `killed after ${RUN_TIMEOUT_MS / 1000} s`;
  if (r.code === null) return `killed by ${r.signal ?? 'an error'}`;
  return `exit ${r.code}`;
}

function tail(text: string, lines = 15): string {
  if (text.trim() === '') return '    (empty)';
  const all = text.trimEnd().split('\n');
  const shown = all.slice(-lines).map((l) => `    ${l}`).join('\n');
  return all.length > lines ? `    … (${all.length - lines} lines above)\n${shown}` : shown;
}

/** Describes every difference between the CPython run and the socklab run, or '' if they conform. */
function compare(name: string, py: RunResult, js: RunResult): string {
  const pyOut = mask(py.stdout, ports);
  const jsOut = mask(js.stdout, ports);
  const problems: string[] = [];
  if (pyOut !== jsOut) {
    problems.push(
      'stdout differs (masked):\n' +
        unifiedDiff(pyOut, jsOut, {
          expected: `python3 ${name}.py (${status(py)})`,
          actual: `socklab run ${name}.mjs (${status(js)})`,
        }),
    );
  }
  if (py.code !== js.code || js.timedOut) {
    problems.push(`exit status differs: python3 ${status(py)}, socklab ${status(js)}`);
  }
  if (py.code !== 0 && py.code === js.code) {
    const pyLast = mask(lastLine(py.stderr), ports);
    const jsLast = mask(lastLine(js.stderr), ports);
    if (pyLast !== jsLast) {
      problems.push(`last line of stderr differs:\n  python3: ${pyLast}\n  socklab: ${jsLast}`);
    }
  }
  if (problems.length === 0) return '';
  return [
    `case ${name}: socklab does not behave like CPython`,
    ...problems,
    `socklab stderr:\n${tail(js.stderr)}`,
    `python3 stderr:\n${tail(py.stderr)}`,
  ].join('\n\n');
}

afterAll(() => killAll());

it('every Python case has a JavaScript twin and vice versa', () => {
  const py = new Set(cases);
  const js = scripts.filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -'.mjs'.length));
  expect(js.filter((n) => !py.has(n)), 'twins without a Python case').toEqual([]);
  expect(cases.filter((n) => !js.includes(n)), 'Python cases without a twin').toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(36);
});

describe.skipIf(!built)(
  built ? 'socklab run conforms to python3' : 'socklab run conforms to python3 — SKIPPED: dist/cli.cjs is missing, run `npm run build`',
  () => {
    for (const name of cases) {
      it.concurrent(
        name,
        () =>
          limiter.use(async () => {
            const opts = { cwd: ROOT, env, timeoutMs: RUN_TIMEOUT_MS };
            const py = await run('python3', [join(CASES, `${name}.py`)], opts);
            if (py.timedOut || py.code === null || py.stderr.includes('[could not start')) {
              throw new Error(
                `python3 itself did not finish ${name}.py (${status(py)}); the case is broken:\n${tail(py.stderr)}`,
              );
            }
            const js = await run(process.execPath, [BIN, 'run', join(CASES, `${name}.mjs`)], opts);
            const report = compare(name, py, js);
            if (report) throw new Error(report);
          }),
        // Two runs of up to 20 s each, plus time queued behind other cases.
        5 * RUN_TIMEOUT_MS,
      );
    }
  },
);

if (!built) {
  console.warn(`[conformance] skipped: ${CLI} does not exist; build it with \`npm run build\`.`);
}
