// Masks the two things that legitimately differ between two runs of the same
// socket program: file descriptor numbers and ephemeral ports. Everything else
// (errno values, messages, fixed ports like 80 or 9999, fd=-1 of a closed
// socket, port 0 of an unbound one) is left alone so it is still compared.
import { readFileSync } from 'node:fs';

export interface PortRange {
  readonly low: number;
  readonly high: number;
}

/** Linux's default `net.ipv4.ip_local_port_range`. */
const _DEFAULT_RANGE: PortRange = { low: 32768, high: 60999 };

/** The range the kernel picks ephemeral ports from (bind to port 0, auto-bind, connect). */
export function ephemeralPortRange(): PortRange {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (low !== undefined && high !== undefined && low > 0 && high >= low) return { low, high };
  } catch {
    // Not Linux, or /proc is not mounted: fall back to the kernel default.
  }
  return _DEFAULT_RANGE;
}

// `fd=3` in a socket repr; `fd=-1` (closed) does not match and stays visible.
const _FD = /\bfd=\d+\b/g;
// The port of an address tuple as Python prints it: ('127.0.0.1', 5000),
// ('::1', 5000, 0, 0), ('0.0.0.0', 5000), ('localhost', 5000).
const _TUPLE_PORT = /\('([0-9A-Za-z.:%-]*)', (\d{1,5})(?=[,)])/g;

/** Replaces fd numbers with `fd=N` and ephemeral ports inside address tuples with `PORT`. */
export function mask(text: string, range: PortRange = ephemeralPortRange()): string {
  return text.replace(_FD, 'fd=N').replace(_TUPLE_PORT, (whole, host: string, port: string) => {
    const n = Number(port);
    return n >= range.low && n <= range.high ? `('${host}', PORT` : whole;
  });
}
