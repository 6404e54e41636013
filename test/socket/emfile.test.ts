// No fd free (EMFILE): Python's OSError 24, never a JavaScript Error, and everything works again
// once fds are free. In a child process under `ulimit -n`, so this process keeps its fds.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./fixtures/emfile-child.ts', import.meta.url));

describe('fd exhaustion', () => {
  it('the first blocking call raises [Errno 24]; after a brief shortage waits work again', () => {
    const r = spawnSync('bash', ['-c', 'ulimit -n 64 && exec "$0" --import tsx "$1"', process.execPath, child], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.stderr).toBe('');
    const emfile = 'OSError: [Errno 24] Too many open files';
    expect(JSON.parse(r.stdout)).toEqual([
      `socket(): ${emfile}`,
      `recv(timeout=null): ${emfile}`,
      `recv(timeout=0.05): ${emfile}`,
      'after: TimeoutError: timed out',
      "after: b'hi'",
    ]);
  });
});
