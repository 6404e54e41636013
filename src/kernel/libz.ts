// The system's zlib (libz.so.1), through koffi: the library CPython's zlib module is linked with,
// so zlib.compress() gives CPython's bytes. Node's own zlib is Chromium's fork, whose deflate
// chooses other matches (same data, other bytes) at every level but 0. Loaded on first use;
// undefined where the library is missing (the caller falls back to node:zlib).
import { createRequire } from 'node:module';

interface _Libz {
  compress2: (dest: Buffer, destLen: [number], source: Uint8Array, sourceLen: number, level: number) => number;
  compressBound: (n: number) => number;
}

let _lib: _Libz | null | undefined;

function _load(): _Libz | null {
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    // RTLD_DEEPBIND: node exports its own zlib's symbols (deflate, deflateInit_), which would
    // otherwise take the place of libz's own inside compress2.
    const lib = koffi.load('libz.so.1', { deep: true });
    return {
      compress2: lib.func('int compress2(_Out_ uint8_t *dest, _Inout_ unsigned long *destLen, const uint8_t *source, unsigned long sourceLen, int level)'),
      compressBound: lib.func('unsigned long compressBound(unsigned long sourceLen)'),
    } as _Libz;
  } catch {
    return null;
  }
}

/**
 * compress2(): a zlib stream (window 15, memory level 8, the default strategy, as CPython's
 * compress() with its default wbits). A negative result is zlib's error code (Z_STREAM_ERROR -2
 * for a bad level); undefined where libz could not be loaded.
 */
export function libzCompress(data: Uint8Array, level: number): Buffer | number | undefined {
  _lib ??= _load();
  if (_lib === null) return undefined;
  const out = Buffer.alloc(_lib.compressBound(data.length));
  const size: [number] = [out.length];
  const rc = _lib.compress2(out, size, data, data.length, level);
  return rc < 0 ? rc : out.subarray(0, size[0]);
}
