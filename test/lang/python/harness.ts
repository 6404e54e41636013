// Runs a Python program two ways, CPython (python3, live) and socklab's Python session, so a
// test compares what they print instead of an expected text written from memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPythonSession, type PythonSession } from '../../../src/lang/python/index.ts';

export interface Ran {
  stdout: string;
  /** The last line of stderr (the exception line), '' when none. */
  error: string;
  /** The traceback or SyntaxError block as a whole. */
  stderr: string;
}

const _dir = mkdtempSync(join(tmpdir(), 'socklab-py-'));
export const PROGRAM = join(_dir, 'prog.py');

export function cleanup(): void {
  rmSync(_dir, { recursive: true, force: true });
}

function _lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

/** python3 prog.py, with `stdin` as its input. */
export function runCPython(source: string, stdin = ''): Ran {
  writeFileSync(PROGRAM, source);
  const r = spawnSync('python3', [PROGRAM], { input: stdin, encoding: 'utf8', timeout: 20_000 });
  return { stdout: r.stdout, stderr: r.stderr, error: _lastLine(r.stderr) };
}

/** The same program through a socklab Python session. */
export async function runSocklab(source: string, stdin = '', session?: PythonSession): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const lines = stdin.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const s = session ?? createPythonSession({
    write: (t) => { stdout += t; },
    writeErr: (t) => { stderr += t; },
    readLine: async (prompt) => {
      stdout += prompt;
      return lines.shift();
    },
    argv: [PROGRAM],
  });
  const r = await s.exec(source, { filename: PROGRAM });
  if (!r.ok) stderr += r.error!.traceback;
  if (!session) s.space.closeAll();
  return { stdout, stderr, error: _lastLine(stderr) };
}
