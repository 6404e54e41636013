// The bundle's classes keep constructors that V8 can optimize. esbuild's keepNames redefines each
// class's `name`, which left a derived class's constructor (`new bytes(...)`, every received
// chunk) in dictionary mode, and TurboFan then aborted and restarted its compile forever
// (scripts/build.mjs, _keepFastNames; BENCHMARKS.md, perfio). Observable with --trace-opt:
// "aborted optimizing ... because: Bailed out due to dependency change", dozens per run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const _CLI = fileURLToPath(new URL('../../bin/socklab.js', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'socklab-optimized-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function traceOpt(source: string): Promise<{ stdout: string; stderr: string }> {
  const file = join(dir, 'loop.js');
  writeFileSync(file, source);
  // No code cache: a V8 flag changes the flag hash the cache is checked against.
  const env = { ...process.env, NO_COLOR: '1', SOCKLAB_CODE_CACHE: '0' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--trace-opt', _CLI, 'run', file], { env, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

describe('the bundle', () => {
  it('optimizes the constructors of bytes and of the exception classes (no compile aborted again and again)', async () => {
    // One construct per loop: a loop that mixes them was compiled without the abort.
    const { stdout } = await traceOpt(`let n = 0;
function fresh() { for (let i = 0; i < 100000; i++) n += b(16).length; }
function sliced() { const x = b('abc'); for (let i = 0; i < 100000; i++) n += x.subarray(1).length + x.slice(2).length; }
function raised() { for (let i = 0; i < 100000; i++) n += new BlockingIOError(11, 'Resource temporarily unavailable').errno; }
fresh(); sliced(); raised();
print('n', n, bytes.name, BlockingIOError.name, OSError.name, new TimeoutError('timed out').name);
`);
    expect(stdout).toContain('n 3000000 bytes BlockingIOError OSError TimeoutError');
    const aborted = stdout.split('\n').filter((line) => line.startsWith('[aborted optimizing'));
    expect(aborted).toEqual([]);
  });
});
