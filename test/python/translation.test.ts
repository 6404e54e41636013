// `socklab translate prog.py` prints the code `socklab run prog.py` runs, as a TypeScript program
// of its own: saved as prog.ts, `socklab run prog.ts` (which gives its `import … from
// 'socklab/python'` the runtime and Python's builtins) prints what the Python program prints.
// Proved on corpus programs that use what a translation could leave out: the awaits of Python
// methods that operators and map() start (`?? await py.dunder()`), generators, `from m import *`,
// `del` of a module name, NameError, threads (a daemon one does not keep the program alive),
// sockets and input().
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, ENV, ROOT, RUN_TIMEOUT_MS, masked } from './corpus.ts';
import { killAll, start, type Outcome } from './proc.ts';

const BIN = join(ROOT, 'bin', 'socklab.js');
const PROGRAMS = [
  'lang_map_filter_lazy', 'lang_generator_expressions', 'lang_dunder_ops', 'lang_dunder_iter', 'lang_classes',
  'lang_exceptions', 'lang_with_assert_del', 'lang_main_guard', 'lang_class_body_names', 'lang_input',
  'mod_threading', 'seed002_tcp_vs_udp',
];

const dir = mkdtempSync(join(tmpdir(), 'socklab-translation-'));
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

async function run(file: string, stdin: string | undefined): Promise<Outcome> {
  return start(process.execPath, [BIN, 'run', file], { cwd: ROOT, env: ENV, stdin, timeoutMs: RUN_TIMEOUT_MS }).done;
}

function stdinOf(name: string): string | undefined {
  try {
    return readFileSync(join(CASES, `${name}.stdin`), 'utf8');
  } catch {
    return undefined;
  }
}

describe('the printed translation runs as TypeScript', () => {
  it.each(PROGRAMS)('%s', async (name) => {
    const py = join(CASES, `${name}.py`);
    const ts = join(dir, `${name}.ts`);
    writeFileSync(ts, execFileSync(process.execPath, [BIN, 'translate', py], { encoding: 'utf8' }));
    const stdin = stdinOf(name);
    const [ran, translated] = [await run(py, stdin), await run(ts, stdin)];
    expect(ran.stdout).not.toBe('');
    expect(masked(translated.stdout, [0, 0])).toBe(masked(ran.stdout, [0, 0]));
    expect([translated.code, translated.signal]).toEqual([ran.code, ran.signal]);
  });
});
