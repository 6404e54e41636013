// errno → Python exception, with glibc's message, exactly as CPython's set_error() does.
import { strerror, gaiStrerror, EAI } from '../kernel/index.ts';
import { errnoClass, OSError, gaierror } from './exceptions.ts';

/** `OSError(errno, strerror)`, which picks the PEP 3151 subclass (ConnectionRefusedError, ...). */
export function osError(errno: number): OSError {
  // The errno's subclass itself, as OSError(errno, ...) would pick (PEP 3151).
  const cls = errnoClass(errno);
  return new cls(errno, strerror(errno));
}

/** `socket.gaierror(code, message)`; EAI_SYSTEM carries a real errno instead, as in CPython. */
export function gaiError(code: number, errno = 0): OSError {
  if (code === EAI.EAI_SYSTEM && errno !== 0) return osError(errno);
  return new gaierror(code, gaiStrerror(code));
}
