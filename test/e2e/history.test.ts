// The history file on a real terminal (issue 8): 1,000 entries as Python's readline, written
// whole (never a stale tail), merged between two sessions, and a warning in the learner's
// language when it cannot be used.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function historyFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-history-test-'));
  dirs.push(dir);
  return join(dir, 'history');
}

async function start(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<Pty> {
  const term = spawnSocklab(args, { env: { SOCKLAB_HISTORY: file, ...env } });
  terms.push(term);
  await term.waitFor('>>> ');
  return term;
}

async function type(term: Pty, line: string): Promise<void> {
  term.write(`${line}\r`);
  await term.waitFor(`${line}\n`);
  await term.waitFor('>>> ');
}

async function exit(term: Pty): Promise<void> {
  term.write('.exit\r');
  expect(await term.exited).toBe(0);
}

/** The saved entries, newest first, without the .exit that ended each session. */
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && l !== '.exit');

describe('history', () => {
  it('keeps 1,000 entries, and the file holds exactly them (no tail of an older, longer file)', async () => {
    const file = historyFile();
    // 1,200 long entries, newest first, as node writes them.
    const old = Array.from({ length: 1_200 }, (_, i) => `x${1_199 - i} = '${'long '.repeat(10)}'`);
    writeFileSync(file, `${old.join('\n')}\n`);
    const term = await start(file);
    await type(term, 'n = 1');
    await exit(term);
    const saved = lines(file);
    expect(saved).toHaveLength(999); // 1,000 with the .exit
    expect(saved[0]).toBe('n = 1');
    expect(saved.slice(1)).toEqual(old.slice(0, 998));
  });

  it('arrow-up reaches an entry older than node\'s 30', async () => {
    const file = historyFile();
    writeFileSync(file, `${Array.from({ length: 50 }, (_, i) => `v${49 - i} = ${49 - i}`).join('\n')}\n`);
    const term = await start(file, [], { TERM: 'xterm' }); // readline has no history on a dumb terminal
    term.write('\x1b[A'.repeat(46)); // v49 is the newest
    await term.waitFor('v4 = 4');
    term.write('\r');
    await term.waitFor('>>> ');
    await exit(term);
    expect(lines(file)[0]).toBe('v4 = 4');
  });

  it('two sessions at once keep each other\'s lines', async () => {
    const file = historyFile();
    const a = await start(file);
    const b = await start(file);
    await type(a, "a = 'from a'");
    await type(b, "b = 'from b'");
    await type(a, "a2 = 'again a'");
    await exit(a);
    await exit(b);
    expect(lines(file)).toEqual(["a2 = 'again a'", "b = 'from b'", "a = 'from a'"]);
  });

  it.each([
    ['en', 'Note: the history file'],
    ['zh', '注意：无法使用历史记录文件'],
  ])('says once (%s) when the file cannot be used, and the REPL goes on', async (lang, text) => {
    const file = historyFile();
    mkdirSync(file); // a directory where the file should be
    const term = await start(file, ['--lang', lang]);
    await type(term, '1 + 1');
    await type(term, '2 + 2');
    expect(term.output().split(text)).toHaveLength(2);
    expect(term.output()).toMatch(/\n4\n/);
  });
});
