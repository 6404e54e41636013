// Which CPython release socklab's Python is: the language is CPython 3.11's, and the micro release
// is this machine's python3 (the one the differential corpus compares with), read once from
// `python3 --version` when a program first asks, else 3.11.0. sys.version, sys.version_info,
// sys.hexversion and platform.python_version() all say this one release.
import { execFileSync } from 'node:child_process';

let _version: string | undefined;

/** '3.11.7': the machine's python3 if it is a 3.11, else 3.11.0. */
export function pythonVersion(): string {
  if (_version !== undefined) return _version;
  _version = '3.11.0';
  try {
    const out = execFileSync('python3', ['--version'], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /^Python (3\.11\.\d+)\s*$/.exec(out);
    if (m) _version = m[1]!;
  } catch {
    // No python3 here: the release socklab's grammar and messages follow.
  }
  return _version;
}

/** [3, 11, micro]. */
export function pythonVersionNumbers(): [number, number, number] {
  const [major, minor, micro] = pythonVersion().split('.').map(Number);
  return [major!, minor!, micro!];
}

/**
 * sys.version: the release, then where CPython names its build and compiler, socklab's own
 * (a learner's `sys.version.split()[0]` is the release, as in CPython).
 */
export function pythonVersionText(): string {
  return `${pythonVersion()} (socklab) [Node.js ${process.version}]`;
}
