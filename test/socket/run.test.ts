// `socklab run FILE` in-process: what it says about files it cannot run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { runScript } from '../../src/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'socklab-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(file: string): Promise<{ code: number; err: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runScript(file, { stderr, stdout: new PassThrough() });
  return { code, err };
}

describe('socklab run', () => {
  it('runs a Python file, and refuses other kinds', async () => {
    const py = join(dir, 'server.py');
    writeFileSync(py, "print('hi')\n");
    expect(await run(py)).toEqual({ code: 0, err: '' });
    const txt = join(dir, 'notes.txt');
    writeFileSync(txt, 'x');
    expect(await run(txt)).toEqual({ code: 1, err: `socklab run takes .py, .js, .mjs or .ts files, not "${txt}".\n` });
    setLang('zh');
    try {
      expect((await run(txt)).err).toMatch(/只能运行 \.py/);
    } finally {
      setLang('en');
    }
  });

  it('names a file that does not exist', async () => {
    expect(await run(join(dir, 'missing.mjs'))).toEqual({ code: 1, err: expect.stringMatching(/^Cannot find the file ".*missing\.mjs"\. Check the path and try again\.\n$/) });
  });
});
