// errno → Python exception, with glibc's message, exactly as CPython's set_error() does.
import { strerror, gaiStrerror, EAI } from '../kernel/index.ts';
import { OSError, gaierror } from './exceptions.ts';

/** `OSError(errno, strerror)`, which picks the PEP 3151 subclass (ConnectionRefusedError, ...). */
export function osError(errno: number): OSError {
  return new OSError(errno, strerror(errno));
}

/** `socket.gaierror(code, message)`; EAI_SYSTEM carries a real errno instead, as in CPython. */
export function gaiError(code: number, errno = 0): OSError {
  if (code === EAI.EAI_SYSTEM && errno !== 0) return osError(errno);
  return new gaierror(code, gaiStrerror(code));
}
