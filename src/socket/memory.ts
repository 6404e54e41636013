// CPython allocates a recv() buffer or a bytes(n) object before anything else happens, and
// raises MemoryError when malloc refuses. Linux's default overcommit heuristic refuses one
// allocation larger than RAM plus swap (recv(2**34) goes on to the kernel on a 25 GB machine,
// recv(2**35) is a MemoryError), so that is the line drawn here; V8's own refusal (it cannot make
// an ArrayBuffer of more than a few GiB) is a MemoryError too, never a RangeError.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { MemoryError } from './exceptions.ts';

let _limit: number | undefined;

function _swapBytes(): number {
  try {
    const m = /^SwapTotal:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'latin1'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Raises MemoryError where CPython's malloc of `n` bytes would fail. */
export function checkAllocation(n: number): void {
  _limit ??= totalmem() + _swapBytes();
  if (n > _limit) throw new MemoryError();
}

/** A zero-filled ArrayBuffer of `n` bytes, or Python's MemoryError. */
export function allocateBuffer(n: number): ArrayBuffer {
  checkAllocation(n);
  try {
    return new ArrayBuffer(n);
  } catch (e) {
    if (e instanceof RangeError) throw new MemoryError();
    throw e;
  }
}
