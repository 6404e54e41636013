// Packing and unpacking struct sockaddr_in / sockaddr_in6 / sockaddr_un (Linux layouts).
// Hosts here are already numeric: name resolution is the caller's business.
import { libc } from './libc.ts';
import { CONSTANTS, SOCKADDR } from './platform.ts';

const { AF_INET, AF_INET6, AF_UNIX } = CONSTANTS;

export type SockAddr =
  | { family: typeof AF_INET; host: string; port: number }
  | { family: typeof AF_INET6; host: string; port: number; flowinfo: number; scopeId: number }
  | { family: typeof AF_UNIX; path: string | Uint8Array };

/** Numeric text → network-order bytes, or undefined when the text is not a numeric address. */
export function parseNumericHost(family: number, host: string): Buffer | undefined {
  const dst = Buffer.alloc(family === AF_INET6 ? 16 : 4);
  return libc().inet_pton(family, host, dst) === 1 ? dst : undefined;
}

/** Network-order bytes → text, as inet_ntop formats it (and so as Python prints it). */
export function formatNumericHost(family: number, bytes: Uint8Array): string {
  // IPv4 is plain dotted decimal in inet_ntop (no zero padding, no abbreviation): no libc call
  // and output buffer for each accepted client's address.
  if (family === AF_INET && bytes.length >= 4) return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
  const out = Buffer.alloc(64);
  return libc().inet_ntop(family, bytes, out, out.length) ?? '';
}

/** Builds the sockaddr for an address. For AF_UNIX a leading NUL byte means the abstract namespace. */
export function packSockAddr(addr: SockAddr): Buffer {
  switch (addr.family) {
    case AF_INET: {
      const buf = Buffer.alloc(SOCKADDR.IN_LEN);
      buf.writeUInt16LE(AF_INET, 0);
      buf.writeUInt16BE(addr.port, 2);
      const ip = parseNumericHost(AF_INET, addr.host);
      if (!ip) throw new RangeError(`not a numeric IPv4 address: ${addr.host}`);
      ip.copy(buf, 4);
      return buf;
    }
    case AF_INET6: {
      const buf = Buffer.alloc(SOCKADDR.IN6_LEN);
      buf.writeUInt16LE(AF_INET6, 0);
      buf.writeUInt16BE(addr.port, 2);
      buf.writeUInt32BE(addr.flowinfo >>> 0, 4);
      const ip = parseNumericHost(AF_INET6, addr.host);
      if (!ip) throw new RangeError(`not a numeric IPv6 address: ${addr.host}`);
      ip.copy(buf, 8);
      buf.writeUInt32LE(addr.scopeId >>> 0, 24);
      return buf;
    }
    case AF_UNIX: {
      // The length covers the path without a terminating NUL, as CPython passes it: an empty path
      // (length 2) is Linux's autobind, and the kernel ends a regular path at its first NUL.
      const path = typeof addr.path === 'string' ? Buffer.from(addr.path, 'utf8') : Buffer.from(addr.path);
      const buf = Buffer.alloc(2 + path.length);
      buf.writeUInt16LE(AF_UNIX, 0);
      path.copy(buf, 2);
      return buf;
    }
  }
}

/** Reads a sockaddr the kernel filled in (`len` is the length it reported). */
export function unpackSockAddr(buf: Uint8Array, len: number): SockAddr | undefined {
  const view = Buffer.from(buf.buffer, buf.byteOffset, Math.min(len, buf.byteLength));
  if (len < 2) return len === 0 ? undefined : { family: AF_UNIX, path: '' };
  const family = view.readUInt16LE(0);
  if (family === AF_INET) {
    return { family, host: formatNumericHost(AF_INET, view.subarray(4, 8)), port: view.readUInt16BE(2) };
  }
  if (family === AF_INET6) {
    return {
      family,
      host: formatNumericHost(AF_INET6, view.subarray(8, 24)),
      port: view.readUInt16BE(2),
      flowinfo: view.readUInt32BE(4),
      scopeId: view.readUInt32LE(24),
    };
  }
  if (family === AF_UNIX) {
    const raw = view.subarray(2, len);
    // Linux: an abstract address keeps its leading NUL and every byte; a path ends at its NUL.
    if (raw.length > 0 && raw[0] === 0) return { family, path: new Uint8Array(raw) };
    const end = raw.indexOf(0);
    return { family, path: raw.subarray(0, end === -1 ? raw.length : end).toString('utf8') };
  }
  return undefined;
}

export { SOCKADDR };
