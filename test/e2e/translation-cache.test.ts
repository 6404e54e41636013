// `socklab run prog.py` keeps the program's translation beside the code cache
// (src/lang/python/translation-cache.ts): a second run reads it instead of translating, a broken
// entry is translated again and rewritten, and SOCKLAB_CODE_CACHE=0 keeps nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/socklab.js', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-translation-e2e-'));
  dirs.push(dir);
  return dir;
}

function run(file: string, cacheDir: string, codeCache = ''): string {
  const r = spawnSync(process.execPath, [BIN, 'run', file], {
    env: { ...process.env, SOCKLAB_CACHE_DIR: cacheDir, SOCKLAB_CODE_CACHE: codeCache, NO_COLOR: '1', TERM: 'dumb' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

// A program of 256 characters or more (a REPL line that long is cached too, a shorter one is not).
const PROGRAM = `${'# a program long enough for the translation cache\n'.repeat(5)}def greet(who):\n    return 'hello ' + who\n\nprint(greet('world'))\n`;

describe('the translation cache of socklab run', () => {
  it('is written by the first run and read by the next', () => {
    const work = tempDir();
    const cache = join(work, 'cache');
    const prog = join(work, 'prog.py');
    writeFileSync(prog, PROGRAM);
    expect(run(prog, cache)).toBe('hello world\n');
    const [entry, ...more] = readdirSync(join(cache, 'translations'));
    expect(more).toEqual([]);
    expect(entry).toMatch(/^[0-9a-f]{16}-[0-9a-f]{17,}\.json$/);
    // The next run takes the stored translation as it is: changed by hand (the translation, not
    // the source it is kept with), it prints the change.
    const file = join(cache, 'translations', entry!);
    // An entry keeps the emitted lines; their text joined is the JavaScript that runs.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { text: string; translation: { js?: string; lines: { text: string }[] } };
    expect(stored.translation.js).toBeUndefined();
    for (const line of stored.translation.lines) line.text = line.text.replaceAll('hello ', 'cached ');
    writeFileSync(file, JSON.stringify(stored));
    expect(run(prog, cache)).toBe('cached world\n');
  });

  it('translates again over a broken entry, and rewrites it', () => {
    const work = tempDir();
    const cache = join(work, 'cache');
    const prog = join(work, 'prog.py');
    writeFileSync(prog, PROGRAM);
    run(prog, cache);
    const file = join(cache, 'translations', readdirSync(join(cache, 'translations'))[0]!);
    writeFileSync(file, '{"text": "trunc');
    expect(run(prog, cache)).toBe('hello world\n');
    const lines = (JSON.parse(readFileSync(file, 'utf8')) as { translation: { lines: { text: string }[] } }).translation.lines;
    expect(lines.map((l) => l.text).join('\n')).toContain('"hello "');
  });

  it('keeps nothing with SOCKLAB_CODE_CACHE=0', () => {
    const work = tempDir();
    const prog = join(work, 'prog.py');
    writeFileSync(prog, PROGRAM);
    expect(run(prog, join(work, 'off'), '0')).toBe('hello world\n');
    expect(existsSync(join(work, 'off'))).toBe(false);
  });

  it('keeps the translation of a short program too, and of an empty one', () => {
    const work = tempDir();
    const cache = join(work, 'cache');
    for (const [name, source, out] of [['short.py', "print('short')\n", 'short\n'], ['empty.py', '', '']] as const) {
      const prog = join(work, name);
      writeFileSync(prog, source);
      expect(run(prog, cache)).toBe(out);
      expect(run(prog, cache)).toBe(out);
    }
    expect(readdirSync(join(cache, 'translations'))).toHaveLength(2);
  });
});
