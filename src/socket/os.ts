// The few functions of Python's `os` module that socket tutorials use around sockets: removing a
// Unix socket's path before bind (`if os.path.exists(path): os.unlink(path)`) and the process id.
import { existsSync, unlinkSync } from 'node:fs';
import { strerror } from '../kernel/index.ts';
import { OSError, ValueError } from './exceptions.ts';
import { pyTypeName } from './pytype.ts';

function _path(fn: string, path: unknown): string {
  if (typeof path === 'string') {
    if (path.includes('\0')) throw new ValueError('embedded null byte');
    return path;
  }
  throw new TypeError(`${fn}: path should be string, bytes or os.PathLike, not ${pyTypeName(path)}`);
}

/** Runs a file-system call, raising what Python raises: `FileNotFoundError: [Errno 2] ...: 'path'`. */
function _fs<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno !== 'number') throw e;
    throw new OSError(Math.abs(errno), strerror(Math.abs(errno)), path);
  }
}

function _unlinker(fn: string) {
  return (path: unknown): undefined => {
    const p = _path(fn, path);
    _fs(p, () => unlinkSync(p));
    return undefined;
  };
}

export const os = {
  getpid: (): number => process.pid,
  unlink: _unlinker('unlink'),
  remove: _unlinker('remove'),
  path: {
    exists: (path: unknown): boolean => typeof path === 'string' && !path.includes('\0') && existsSync(path),
    /** posixpath.join: an absolute part starts over, nothing is normalised. */
    join: (...parts: unknown[]): string => {
      let joined = '';
      for (const part of parts) {
        if (typeof part !== 'string') {
          throw new TypeError(`join() argument must be str, bytes, or os.PathLike object, not '${pyTypeName(part)}'`);
        }
        if (part.startsWith('/') || joined === '') joined = part;
        else joined += joined.endsWith('/') ? part : `/${part}`;
      }
      return joined;
    },
  },
};

