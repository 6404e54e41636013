import { describe, expect, it } from 'vitest';
import { mask } from './mask.ts';

const range = { low: 32768, high: 60999 };

describe('conformance mask', () => {
  it('masks fd numbers but keeps the -1 of a closed socket', () => {
    expect(mask('<socket.socket fd=7, family=2, type=1, proto=0>', range)).toBe(
      '<socket.socket fd=N, family=2, type=1, proto=0>',
    );
    expect(mask('<socket.socket [closed] fd=-1, family=2, type=1, proto=0>', range)).toBe(
      '<socket.socket [closed] fd=-1, family=2, type=1, proto=0>',
    );
  });

  it('masks ephemeral ports in IPv4 and IPv6 address tuples', () => {
    expect(mask("laddr=('127.0.0.1', 45999), raddr=('127.0.0.1', 32768)", range)).toBe(
      "laddr=('127.0.0.1', PORT), raddr=('127.0.0.1', PORT)",
    );
    expect(mask("('::1', 58005, 0, 0)", range)).toBe("('::1', PORT, 0, 0)");
    expect(mask("(b'hi', ('0.0.0.0', 60999))", range)).toBe("(b'hi', ('0.0.0.0', PORT))");
  });

  it('keeps fixed ports, port 0, errno numbers and numbers outside tuples', () => {
    const text = [
      "('0.0.0.0', 0) ('127.0.0.1', 80) ('127.0.0.1', 9999) ('127.0.0.1', 61000)",
      'OSError [Errno 98] Address already in use',
      'received 8388608 bytes 45000',
      "(111, 'Connection refused')",
    ].join('\n');
    expect(mask(text, range)).toBe(text);
  });
});
