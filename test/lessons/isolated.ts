// Runs a piece of socklab in a child process (tsx), so that a hang fails the test with a timeout
// instead of freezing the test worker: the code under test may block the thread for good.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/** Runs the ES module `script` (imports relative to the repository root); returns its stdout as JSON. */
export function runIsolated<T>(script: string, timeoutMs = 20_000): T {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: timeoutMs, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1' } });
  expect(r.error, `the child hung or could not start:\n${r.stderr}`).toBeUndefined();
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}
