// repr()/str()/print()/traceback lines. Expected strings were produced by python3 3.11 on this
// machine (`repr(x)`, `str(x)`, `traceback.format_exception_only(...)`); JS-only cases are noted.
import { describe, expect, it } from 'vitest';
import { b, bytes } from '../../src/socket/bytes.ts';
import {
  BlockingIOError, ConnectionRefusedError, KeyboardInterrupt, OSError, TimeoutError, UnicodeDecodeError, ValueError, gaierror,
} from '../../src/socket/exceptions.ts';
import { formatException, formatPrintArgs, pyRepr, repr, str } from '../../src/socket/format.ts';
import { tuple } from '../../src/socket/tuple.ts';

const STR_REPRS: [string, string][] = [
  ['', '\'\''],
  ['abc', '\'abc\''],
  ['it\'s', '"it\'s"'],
  ['say "hi"', '\'say "hi"\''],
  ['both \' and "', '\'both \\\' and "\''],
  ['back\\slash', '\'back\\\\slash\''],
  ['tab\x09here', '\'tab\\there\''],
  ['nl\x0ax\x0d', '\'nl\\nx\\r\''],
  ['\x00\x07\x1b\x7f', '\'\\x00\\x07\\x1b\\x7f\''],
  ['\x80\x9f\xa0\xad\xe9', '\'\\x80\\x9f\\xa0\\xad\xe9\''],
  ['\u4f60\u597d', '\'\u4f60\u597d\''],
  ['\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8', '\'\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8\''],
  ['\u200b\u2028\u3000\ufeff', '\'\\u200b\\u2028\\u3000\\ufeff\''],
  ['\ue000', '\'\\ue000\''],
  ['\u{1f600}', '\'\u{1f600}\''],
  ['\u{1f9ff}', '\'\u{1f9ff}\''],
  ['\u{e0001}', '\'\\U000e0001\''],
  ['\ud800', '\'\\ud800\''],
  ['\udcff', '\'\\udcff\''],
  ['\u0378', '\'\\u0378\''],
  ['\u{31350}', '\'\\U00031350\''],
  ['\u1acf', '\'\\u1acf\''],
  ['\u{1fa54}', '\'\\U0001fa54\''],
  ['\u061c', '\'\\u061c\''],
  [' ', '\' \''],
  ['\xa0', '\'\\xa0\''],
  ['mixed\'"\\', '\'mixed\\\'"\\\\\''],
];
const FLOAT_REPRS: [number, string][] = [
  [0.5, '0.5'],
  [0.1, '0.1'],
  [1.5, '1.5'],
  [-2.25, '-2.25'],
  [0.3333333333333333, '0.3333333333333333'],
  [0.6666666666666666, '0.6666666666666666'],
  [1e+16, '1e+16'],
  [1000000000000000.5, '1000000000000000.5'],
  [1.2345e+16, '1.2345e+16'],
  [1e+22, '1e+22'],
  [0.0001, '0.0001'],
  [1e-05, '1e-05'],
  [0.00012345, '0.00012345'],
  [1.5e-07, '1.5e-07'],
  [123456789.125, '123456789.125'],
  [1e+300, '1e+300'],
  [-1e-300, '-1e-300'],
  [5e-324, '5e-324'],
  [1.7976931348623157e+308, '1.7976931348623157e+308'],
  [Infinity, 'inf'],
  [-Infinity, '-inf'],
  [NaN, 'nan'],
  [-0.0, '-0.0'],
  [1.8446744073709552e+19, '1.8446744073709552e+19'],
  [9007199254740994.0, '9007199254740994.0'],
  [9007199254740992.0, '9007199254740992.0'],
  [100.5, '100.5'],
];
const BYTES_REPRS: [number[], string][] = [
  [[], 'b\'\''],
  [[97, 98, 99], 'b\'abc\''],
  [[105, 116, 39, 115], 'b"it\'s"'],
  [[115, 97, 121, 32, 34, 104, 105, 34], 'b\'say "hi"\''],
  [[98, 111, 116, 104, 32, 39, 32, 97, 110, 100, 32, 34], 'b\'both \\\' and "\''],
  [[92], 'b\'\\\\\''],
  [[9, 10, 13], 'b\'\\t\\n\\r\''],
  [[0, 1, 127, 128, 255], 'b\'\\x00\\x01\\x7f\\x80\\xff\''],
  [[228, 189, 160, 229, 165, 189], 'b\'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd\''],
  [[196, 227, 186, 195], 'b\'\\xc4\\xe3\\xba\\xc3\''],
  [[71, 69, 84, 32, 47, 32, 72, 84, 84, 80, 47, 49, 46, 49, 13, 10, 72, 111, 115, 116, 58, 32, 120, 13, 10, 13, 10], 'b\'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n\''],
  [[30, 31, 32, 33, 34], 'b\'\\x1e\\x1f !"\''],
  [[11, 12], 'b\'\\x0b\\x0c\''],
];

describe('repr', () => {
  it.each(STR_REPRS)('repr(%j)', (value, expected) => expect(repr(value)).toBe(expected));
  it('keeps printable CJK as it is', () => expect(repr('你好')).toBe("'你好'"));

  it.each(FLOAT_REPRS)('repr(float %s)', (value, expected) => expect(repr(value)).toBe(expected));

  it.each(BYTES_REPRS)('repr(bytes(%j))', (values, expected) => {
    expect(repr(b(values))).toBe(expected);
    expect(String(b(values))).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ['None', undefined, 'None'],
    ['None (null)', null, 'None'],
    ['True', true, 'True'],
    ['False', false, 'False'],
    ['int', 42, '42'],
    ['negative int', -7, '-7'],
    ['bigint', 12345678901234567890n, '12345678901234567890'],
    ['1-tuple', tuple(1), '(1,)'],
    ['empty tuple', tuple(), '()'],
    ['recvfrom pair', tuple(b('hi'), tuple('127.0.0.1', 50000)), "(b'hi', ('127.0.0.1', 50000))"],
    ['list', [1, 'a', null, true, false, 2.5], "[1, 'a', None, True, False, 2.5]"],
    ['dict', { a: 1, b: [1, 2] }, "{'a': 1, 'b': [1, 2]}"],
    ['empty dict', {}, '{}'],
    ['Map', new Map<unknown, unknown>([['a', 1], [2, b('x')]]), "{'a': 1, 2: b'x'}"],
    ['set', new Set([1, 2]), '{1, 2}'],
    ['empty set', new Set(), 'set()'],
    ['bytearray', Uint8Array.of(97, 98), "bytearray(b'ab')"],
    ['ConnectionRefusedError', new OSError(111, 'Connection refused'), "ConnectionRefusedError(111, 'Connection refused')"],
    ['TimeoutError', new TimeoutError('timed out'), "TimeoutError('timed out')"],
    ['gaierror', new gaierror(-2, 'Name or service not known'), "gaierror(-2, 'Name or service not known')"],
    ['KeyboardInterrupt', new KeyboardInterrupt(), 'KeyboardInterrupt()'],
    ['ValueError with 2 args', new ValueError('a', 1), "ValueError('a', 1)"],
    ['UnicodeDecodeError', new UnicodeDecodeError('utf-8', b([0xe4]), 0, 1, 'unexpected end of data'),
      "UnicodeDecodeError('utf-8', b'\\xe4', 0, 1, 'unexpected end of data')"],
    ['class bytes', bytes, "<class 'bytes'>"],
    ['class gaierror', gaierror, "<class 'socket.gaierror'>"],
    ['class ConnectionRefusedError', ConnectionRefusedError, "<class 'ConnectionRefusedError'>"],
    // JS-only values, shown the Python way:
    ['JS TypeError', new TypeError('msg'), "TypeError('msg')"],
    ['named function', function recv() {}, '<function recv>'],
    ['arrow function', () => 0, '<function <lambda>>'],
  ])('%s', (_, value, expected) => expect(repr(value)).toBe(expected));

  it('shows self-containing containers as Python does', () => {
    const l: unknown[] = [1];
    l.push(l);
    expect(repr(l)).toBe('[1, [...]]');
    const d: Record<string, unknown> = { a: 1 };
    d['self'] = d;
    expect(repr(d)).toBe("{'a': 1, 'self': {...}}");
  });

  it('uses an object\'s [pyRepr]', () => {
    const sock = { [pyRepr]: () => '<socket.socket fd=3, family=2, type=1, proto=0>' };
    expect(repr([sock])).toBe('[<socket.socket fd=3, family=2, type=1, proto=0>]');
    expect(str(sock)).toBe('<socket.socket fd=3, family=2, type=1, proto=0>');
  });
});

describe('str and print', () => {
  it.each<[string, unknown, string]>([
    ['str', 'abc', 'abc'],
    ['bytes', b('hi'), "b'hi'"],
    ['OSError', new OSError(111, 'Connection refused'), '[Errno 111] Connection refused'],
    ['KeyboardInterrupt', new KeyboardInterrupt(), ''],
    ['ValueError with 2 args', new ValueError('a', 1), "('a', 1)"],
    ['ValueError(None)', new ValueError(null), 'None'],
    ['ValueError(bytes)', new ValueError(b('x')), "b'x'"],
    ['list of str', ['a'], "['a']"],
    ['own toString (JS)', { toString: () => 'custom' }, 'custom'],
    ['class with toString (JS)', new (class { toString(): string { return 'mine'; } })(), 'mine'],
  ])('%s', (_, value, expected) => expect(str(value)).toBe(expected));

  it('prints like print()', () => {
    expect(formatPrintArgs([1, 'a', null, true, b('x'), [1, 'a'], tuple(1), 0.5])).toBe("1 a None True b'x' [1, 'a'] (1,) 0.5");
    expect(formatPrintArgs(['a', 'b'], '-')).toBe('a-b');
    expect(formatPrintArgs([])).toBe('');
  });
});

describe('formatException', () => {
  it.each<[string, unknown, string]>([
    ['ConnectionRefusedError', new OSError(111, 'Connection refused'), 'ConnectionRefusedError: [Errno 111] Connection refused'],
    ['TimeoutError', new TimeoutError('timed out'), 'TimeoutError: timed out'],
    ['gaierror', new gaierror(-2, 'Name or service not known'), 'socket.gaierror: [Errno -2] Name or service not known'],
    ['KeyboardInterrupt', new KeyboardInterrupt(), 'KeyboardInterrupt'],
    ['OSError', new OSError(98, 'Address already in use'), 'OSError: [Errno 98] Address already in use'],
    ['BlockingIOError', new BlockingIOError(11, 'Resource temporarily unavailable'), 'BlockingIOError: [Errno 11] Resource temporarily unavailable'],
    ['ValueError with 2 args', new ValueError('a', 1), "ValueError: ('a', 1)"],
    ['ValueError(None)', new ValueError(null), 'ValueError: None'],
    // JS-only:
    ['ReferenceError', new ReferenceError('x is not defined'), 'ReferenceError: x is not defined'],
    ['JS TypeError', new TypeError('a bytes-like object is required, not \'str\''), "TypeError: a bytes-like object is required, not 'str'"],
    ['thrown string', 'boom', 'Error: boom'],
    ['thrown undefined', undefined, 'Error: None'],
  ])('%s', (_, value, expected) => expect(formatException(value)).toBe(expected));

  it('names errors from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    expect(formatException(runInNewContext('new RangeError("bad")'))).toBe('RangeError: bad');
    expect(repr(runInNewContext('({a: [1, null]})'))).toBe("{'a': [1, None]}");
  });
});
