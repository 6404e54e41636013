// Python's '%s:%d' % (host, port): every expected text below is what python3 printed.
import { describe, expect, it } from 'vitest';
import { b, percentFormat, tuple } from '../../src/socket/index.ts';

const cases: Array<[string, unknown, string]> = [
  ['%s:%d', tuple('a', 5), 'a:5'],
  ['%5d|%-5d|%05d', tuple(42, 42, 42), '   42|42   |00042'],
  ['%.2f %e %g %x %X %o %c %r %%', tuple(3.14159, 12345.678, 0.0001, 255, 255, 8, 65, 'hi'), "3.14 1.234568e+04 0.0001 ff FF 10 A 'hi' %"],
  ['%s', tuple(1, 2), 'TypeError: not all arguments converted during string formatting'],
  ['%d', tuple('x'), 'TypeError: %d format: a real number is required, not str'],
  ['%s %s', tuple('a'), 'TypeError: not enough arguments for format string'],
  ['%s', [1, 2], '[1, 2]'],
  ['%s', b('hi'), "b'hi'"],
  ['%d', 3.9, '3'],
  ['%+d % d', tuple(5, 5), '+5  5'],
  ['%10.3s|', 'abcdef', '       abc|'],
  ['%s', undefined, 'None'],
  ['%d', true, '1'],
  ['%g %g %g %g %G', tuple(1234567.0, 100000.0, 1e-5, 0.5, 1e20), '1.23457e+06 100000 1e-05 0.5 1E+20'],
  ['%#x %#o %08.3f %-8.2e|', tuple(255, 8, -3.14159, 1234.5), '0xff 0o10 -003.142 1.23e+03|'],
  ['%*d', tuple(5, 42), '   42'],
  ['%z', 1, "ValueError: unsupported format character 'z' (0x7a) at index 1"],
  ['%', tuple(), 'ValueError: incomplete format'],
  ['hello', 5, 'TypeError: not all arguments converted during string formatting'],
  ['%.0f %.0f', tuple(0.5, 1.5), '0 2'],
  ['%c%c', tuple('A', 0x4f60), 'A你'],
  ['%x', 3.5, 'TypeError: %x format: an integer is required, not float'],
  ['%f', 'x', 'TypeError: must be real number, not str'],
];

describe('percentFormat', () => {
  it.each(cases)('%s %% %o', (format, right, expected) => {
    let got: string;
    try {
      got = percentFormat(format, right);
    } catch (e) {
      got = `${(e as Error).name}: ${(e as Error).message}`;
    }
    expect(got).toBe(expected);
  });

  it('takes a tuple the REPL read as an array as the arguments, and any other array as one', () => {
    expect(percentFormat('%s:%s', ['127.0.0.1', 9999], true)).toBe('127.0.0.1:9999');
    expect(percentFormat('%s', ['127.0.0.1', 9999])).toBe("['127.0.0.1', 9999]");
  });
});
