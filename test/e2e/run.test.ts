// `socklab run FILE` on a real pseudo-terminal: what ends a script is said as CPython says it
// (issue 8): an error thrown later by a callback is a traceback and exit 1; Ctrl+C is
// `Traceback ...` / `KeyboardInterrupt` and death by SIGINT (status 130), also in a loop that
// never waits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function script(name: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-run-test-'));
  dirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

function run(file: string): Pty {
  const term = spawnSocklab(['run', file]);
  terms.push(term);
  return term;
}

describe('socklab run', () => {
  it('an error thrown by a timer is a Python traceback and exit 1', async () => {
    const file = script('late.ts', "setTimeout(() => { throw new ValueError('late') }, 1);\n");
    const term = run(file);
    expect(await term.exited).toBe(1);
    expect(term.output()).toBe(
      `Traceback (most recent call last):\n  File "${file}", line 1, in <module>\n` +
      "    setTimeout(() => { throw new ValueError('late') }, 1);\nValueError: late\n");
  });

  it.each([
    ['waiting', "print('ready')\nfor (;;) {\n  await sleep(0.01)\n}\n", 3, 'await sleep(0.01)'],
    ['waiting in an implicit await', "const s = socket.socket(AF_INET, SOCK_DGRAM)\ns.bind(['127.0.0.1', 0])\nprint('ready')\ndata = s.recvfrom(10)\n", 4, 'data = s.recvfrom(10)'],
    ['in a loop that never waits', "print('ready')\nlet n = 0\nfor (;;) {\n  n++\n}\n", 3, 'for (;;) {'],
    ['in a synchronous function that loops', "function spin() {\n  for (;;) {}\n}\nprint('ready')\nspin()\n", 2, 'for (;;) {}'],
  ])('Ctrl+C while %s: the traceback names the line, ended by SIGINT as CPython', async (_name, source, line, text) => {
    const file = script('loop.ts', source);
    const term = run(file);
    await term.waitFor('ready\n');
    await new Promise((resolve) => setTimeout(resolve, 100)); // into the loop (not a timing assertion)
    term.write('\x03');
    await term.waitFor(`Traceback (most recent call last):\n  File "${file}", line ${line}, in <module>\n    ${text}\nKeyboardInterrupt\n`);
    expect(await term.exited).toBe(130);
  });

  it('Ctrl+C after the top-level code has ended (a timer still pending): no line to name', async () => {
    const term = run(script('later.mjs', "print('ready')\nsetTimeout(() => print('never'), 60_000)\n"));
    await term.waitFor('ready\n');
    term.write('\x03');
    await term.waitFor('Traceback (most recent call last):\nKeyboardInterrupt\n');
    expect(await term.exited).toBe(130);
    expect(term.output()).not.toContain('never');
  });
});
