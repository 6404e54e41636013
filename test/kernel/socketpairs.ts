// Socket pairs for the kernel tests: AF_UNIX stream pairs made with the raw syscall, closed by
// closeAll() (call it in afterEach).
import { sysClose, sysSocketpair } from '../../src/kernel/index.ts';

const _opened: number[] = [];

/** A connected pair of fds; both are closed by closeAll(). */
export function pair(): [number, number] {
  const r = sysSocketpair(1 /* AF_UNIX */, 1 /* SOCK_STREAM */, 0);
  if (typeof r === 'number') throw new Error(`socketpair failed: ${r}`);
  _opened.push(...r);
  return r;
}

/** Closes every fd pair() made since the last call. */
export function closeAll(): void {
  for (const fd of _opened.splice(0)) sysClose(fd);
}

/** Closes one fd of a pair now (the test's own event), so that closeAll() leaves it alone. */
export function closeOne(fd: number): void {
  _opened.splice(_opened.indexOf(fd), 1);
  sysClose(fd);
}
