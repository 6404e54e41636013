// Python's bytes in JS. Expected values and error messages come from python3 3.11 on this machine
// (`bytes(...)`, `b'...'` literals and the bytes methods); JS-only behaviour is noted.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { b, bytes, bytesOver, installStringEncode, toBytesLike } from '../../src/socket/bytes.ts';
import { repr } from '../../src/socket/format.ts';
import { isTuple } from '../../src/socket/tuple.ts';

function outcome(f: () => unknown): string {
  try {
    return repr(f());
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('b()', () => {
  it.each<[string, () => unknown, string]>([
    ["b('text')", () => b('text'), "b'text'"],
    ["b('你好')", () => b('你好'), "b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'"],
    ["b('你好', 'gbk')", () => b('你好', 'gbk'), "b'\\xc4\\xe3\\xba\\xc3'"],
    ['b([104, 105])', () => b([104, 105]), "b'hi'"],
    ['b(new Set([0, 1, 2]))', () => b(new Set([0, 1, 2])), "b'\\x00\\x01\\x02'"],
    ['b(3)', () => b(3), "b'\\x00\\x00\\x00'"],
    ['b()', () => b(), "b''"],
    ['b(Uint8Array)', () => b(Uint8Array.of(0x41, 0x42)), "b'AB'"],
    ['b(ArrayBuffer)', () => b(Uint8Array.of(0x41).buffer), "b'A'"],
    ['b(Uint16Array)', () => b(Uint16Array.of(0x4241)), "b'AB'"],
    ['bytes([256])', () => b([256]), 'ValueError: bytes must be in range(0, 256)'],
    ['bytes([-1])', () => b([-1]), 'ValueError: bytes must be in range(0, 256)'],
    ['bytes([1.5])', () => b([1.5]), "TypeError: 'float' object cannot be interpreted as an integer"],
    ["bytes(['a'])", () => b(['a'] as unknown as number[]), "TypeError: 'str' object cannot be interpreted as an integer"],
    ['bytes(1.5)', () => b(1.5), "TypeError: cannot convert 'float' object to bytes"],
    ['bytes(-1)', () => b(-1), 'ValueError: negative count'],
    ['bytes(None)', () => b(undefined), "TypeError: cannot convert 'NoneType' object to bytes"],
    ["b('x', 'nope')", () => b('x', 'nope'), 'LookupError: unknown encoding: nope'],
  ])('%s', (_, make, expected) => expect(outcome(make)).toBe(expected));

  it.each<[string, () => bytes, string]>([
    ['b`\\xe4\\xbd\\xa0`', () => b`\xe4\xbd\xa0`, "b'\\xe4\\xbd\\xa0'"],
    ['b`a\\tb\\\\c`', () => b`a\tb\\c`, "b'a\\tb\\\\c'"],
    ['b`\\d` keeps the backslash', () => b`\d`, "b'\\\\d'"],
    ['b`\\101\\0` octal', () => b`\101\0`, "b'A\\x00'"],
    ["b`\\x41'\"`", () => b`\x41'"`, "b'A\\'\"'"],
    // JS-only: interpolation, and non-ASCII text as UTF-8 (a SyntaxError in Python).
    ['b`GET ${path}`', () => b`GET ${'/index.html'} HTTP/1.0\r\n`, "b'GET /index.html HTTP/1.0\\r\\n'"],
    ['b`${bytes}`', () => b`<${b([0xff])}>`, "b'<\\xff>'"],
    ['b`你`', () => b`你`, "b'\\xe4\\xbd\\xa0'"],
  ])('%s', (_, make, expected) => expect(repr(make())).toBe(expected));
});

describe('bytes methods', () => {
  const abc = b('abc');
  it.each<[string, () => unknown, string]>([
    ["b'\\xe4\\xbd\\xa0'.decode()", () => b([0xe4, 0xbd, 0xa0]).decode(), "'你'"],
    ["b'\\xc4\\xe3\\xba\\xc3'.decode('gbk')", () => b([0xc4, 0xe3, 0xba, 0xc3]).decode('gbk'), "'你好'"],
    ["b'\\xe4'.decode()", () => b([0xe4]).decode(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 0: unexpected end of data"],
    ["b'abc'.decode(1)", () => abc.decode(1 as unknown as string), "TypeError: decode() argument 'encoding' must be str, not int"],
    ["b'abc'.decode('utf-8', 1)", () => abc.decode('utf-8', 1 as unknown as string), "TypeError: decode() argument 'errors' must be str, not int"],
    ["b'\\x01\\x02\\x03'.hex()", () => b([1, 2, 3]).hex(), "'010203'"],
    ["b'\\x01\\x02\\x03'.hex(':')", () => b([1, 2, 3]).hex(':'), "'01:02:03'"],
    ["b'\\x01\\x02\\x03'.hex(':', 2)", () => b([1, 2, 3]).hex(':', 2), "'01:0203'"],
    ["b'\\x01\\x02\\x03'.hex(':', -2)", () => b([1, 2, 3]).hex(':', -2), "'0102:03'"],
    ["b'abc'.hex('::')", () => abc.hex('::'), 'ValueError: sep must be length 1.'],
    ["bytes.fromhex('de ad')", () => bytes.fromhex('de ad'), "b'\\xde\\xad'"],
    ["bytes.fromhex(' de  ad ')", () => bytes.fromhex(' de  ad '), "b'\\xde\\xad'"],
    ["bytes.fromhex('dea')", () => bytes.fromhex('dea'), 'ValueError: non-hexadecimal number found in fromhex() arg at position 3'],
    ["bytes.fromhex('d e')", () => bytes.fromhex('d e'), 'ValueError: non-hexadecimal number found in fromhex() arg at position 1'],
    ["bytes.fromhex(b'de')", () => bytes.fromhex(b('de') as unknown as string), 'TypeError: fromhex() argument must be str, not bytes'],
    ["b'abc'.startswith(b'ab')", () => abc.startswith(b('ab')), 'True'],
    ["b'abc'.startswith((b'x', b'a'))", () => abc.startswith([b('x'), b('a')]), 'True'],
    ["b'abc'.startswith('a')", () => abc.startswith('a' as unknown as bytes), 'TypeError: startswith first arg must be bytes or a tuple of bytes, not str'],
    ["b'abc'.endswith(b'bc', 0, 2)", () => abc.endswith(b('bc'), 0, 2), 'False'],
    ["b'abc'.endswith(b'')", () => abc.endswith(b('')), 'True'],
    ["b'abc'.startswith(b'', 4)", () => abc.startswith(b(''), 4), 'False'],
    ["b'abc'.find(b'c', -1)", () => abc.find(b('c'), -1), '2'],
    ["b'abc'.find(98)", () => abc.find(98), '1'],
    ["b'abc'.find(b'', 5)", () => abc.find(b(''), 5), '-1'],
    ["b'abc'.find(b'', 3)", () => abc.find(b(''), 3), '3'],
    ["b'abc'.find(300)", () => abc.find(300), 'ValueError: byte must be in range(0, 256)'],
    ["b'abc'.find('a')", () => abc.find('a' as unknown as bytes), "TypeError: argument should be integer or bytes-like object, not 'str'"],
    ["b'abc'.rfind(b'b')", () => abc.rfind(b('b')), '1'],
    ["b'abc'.index(b'z')", () => abc.index(b('z')), 'ValueError: subsection not found'],
    ["b'abc'.count(b'')", () => abc.count(b('')), '4'],
    ["b'aaaa'.count(b'aa')", () => b('aaaa').count(b('aa')), '2'],
    ["b'abc'.count(98)", () => abc.count(98), '1'],
    ["b'a  b c '.split()", () => b('a  b c ').split(), "[b'a', b'b', b'c']"],
    ["b' a b '.split(None, 1)", () => b(' a b ').split(null, 1), "[b'a', b'b ']"],
    ["b'a,b,,c'.split(b',', 1)", () => b('a,b,,c').split(b(','), 1), "[b'a', b'b,,c']"],
    ["b'a,b,,c'.split(b',')", () => b('a,b,,c').split(b(',')), "[b'a', b'b', b'', b'c']"],
    ["b'a b'.split(b'')", () => b('a b').split(b('')), 'ValueError: empty separator'],
    ["b'a,b'.split(',')", () => b('a,b').split(',' as unknown as bytes), "TypeError: a bytes-like object is required, not 'str'"],
    ["b'a b'.partition(b' ')", () => b('a b').partition(b(' ')), "(b'a', b' ', b'b')"],
    ["b'ab'.partition(b'x')", () => b('ab').partition(b('x')), "(b'ab', b'', b'')"],
    ["b'xxaxx'.strip(b'x')", () => b('xxaxx').strip(b('x')), "b'a'"],
    ["b'  a \\n'.strip()", () => b('  a \n').strip(), "b'a'"],
    ["b'a\\r\\n'.rstrip(b'\\r\\n')", () => b('a\r\n').rstrip(b('\r\n')), "b'a'"],
    ["b'  x '.lstrip()", () => b('  x ').lstrip(), "b'x '"],
    ["b'a'.strip('a')", () => b('a').strip('a' as unknown as bytes), "TypeError: a bytes-like object is required, not 'str'"],
    ["b'AbC\\xe4'.upper()", () => b([0x41, 0x62, 0x43, 0xe4]).upper(), "b'ABC\\xe4'"],
    ["b'AbC'.lower()", () => b('AbC').lower(), "b'abc'"],
    ["b'hello world'.replace(b'o', b'0')", () => b('hello world').replace(b('o'), b('0')), "b'hell0 w0rld'"],
    ["b'abc'.replace(b'', b'-')", () => abc.replace(b(''), b('-')), "b'-a-b-c-'"],
    ["b'aaa'.replace(b'a', b'b', 2)", () => b('aaa').replace(b('a'), b('b'), 2), "b'bba'"],
    ["b'-'.join([b'a', bytearray(b'b')])", () => b('-').join([b('a'), Uint8Array.of(0x62)]), "b'a-b'"],
    ["b'-'.join([b'a', 'b'])", () => b('-').join([b('a'), 'b' as unknown as bytes]), 'TypeError: sequence item 1: expected a bytes-like object, str found'],
    ["b'a' + b'b' + b'c'", () => b('a').concat(b('b'), Uint8Array.of(0x63)), "b'abc'"],
    ["b'a' + 'b'", () => b('a').concat('b' as unknown as bytes), "TypeError: can't concat str to bytes"],
    ["b'abc'[1:]", () => abc.slice(1), "b'bc'"],
    ["b'abc'[-2:]", () => abc.slice(-2), "b'bc'"],
    ["b'abc' == bytearray(b'abc')", () => abc.equals(Uint8Array.of(97, 98, 99)), 'True'],
    ["b'abc' == 'abc'", () => abc.equals('abc'), 'False'],
  ])('%s', (_, run, expected) => expect(outcome(run)).toBe(expected));

  it('stays a Uint8Array', () => {
    expect(abc).toBeInstanceOf(Uint8Array);
    expect(abc.length).toBe(3);
    expect(abc[0]).toBe(97);
    expect(abc.subarray(1)).toBeInstanceOf(bytes);
    expect(abc.find((v) => v > 97)).toBe(98); // JS-only: a predicate is still TypedArray.find
    expect(abc.join(',')).toBe('97,98,99'); // JS-only: a string separator is still TypedArray.join
    expect(`${abc}`).toBe("b'abc'");
  });
});

describe('bytesOver', () => {
  it('is the bytes that new bytes(buffer, offset, length) makes: a view, not a copy', () => {
    const buffer = new ArrayBuffer(8);
    const made = bytesOver(buffer, 2, 3);
    const reference = new bytes(buffer, 2, 3);
    expect(made).toBeInstanceOf(bytes);
    expect(Object.getPrototypeOf(made)).toBe(bytes.prototype);
    expect([made.buffer, made.byteOffset, made.length]).toEqual([buffer, 2, 3]);
    new Uint8Array(buffer).set([0x61, 0x62, 0x63, 0x64], 1);
    expect(repr(made)).toBe("b'bcd'");
    expect(repr(made)).toBe(repr(reference));
    expect(repr(bytesOver(buffer))).toBe(repr(new bytes(buffer)));
  });
});

describe('toBytesLike', () => {
  it('accepts any buffer, from any realm, without copying', () => {
    const u8 = Uint8Array.of(1, 2);
    expect(toBytesLike(u8)).toBe(u8);
    expect([...toBytesLike(new DataView(Uint8Array.of(7, 8, 9).buffer, 1))]).toEqual([8, 9]);
    expect([...toBytesLike(runInNewContext('new Uint8Array([5, 6])'))]).toEqual([5, 6]);
    expect([...toBytesLike(runInNewContext('new Uint8Array([5]).buffer'))]).toEqual([5]);
  });

  it.each<[string, unknown, string]>([
    ['str', 'hi', "a bytes-like object is required, not 'str'"],
    ['int', 5, "a bytes-like object is required, not 'int'"],
    ['float', 0.5, "a bytes-like object is required, not 'float'"],
    ['None', undefined, "a bytes-like object is required, not 'NoneType'"],
    ['list', [1], "a bytes-like object is required, not 'list'"],
    ['dict', {}, "a bytes-like object is required, not 'dict'"],
  ])('rejects %s with TypeError', (_, value, message) => {
    expect(() => toBytesLike(value)).toThrow(TypeError);
    expect(() => toBytesLike(value)).toThrow(message);
  });
});

describe('installStringEncode', () => {
  it("gives strings Python's encode(), once, non-enumerably", () => {
    class FakeString {}
    const proto = FakeString.prototype as object;
    installStringEncode(proto);
    const first = (proto as Record<string, unknown>)['encode'];
    installStringEncode(proto);
    expect((proto as Record<string, unknown>)['encode']).toBe(first);
    expect(Object.keys(proto)).not.toContain('encode');
    const encode = first as (this: string, encoding?: string, errors?: string) => bytes;
    expect(repr(encode.call('你好', 'gbk'))).toBe("b'\\xc4\\xe3\\xba\\xc3'");
    expect(repr(encode.call('hi'))).toBe("b'hi'");
    expect(() => encode.call('x', 1 as unknown as string)).toThrow("encode() argument 'encoding' must be str, not int");
  });

  it('works on another realm\'s String.prototype', () => {
    const ctx: Record<string, unknown> = {};
    runInNewContext('proto = String.prototype', ctx);
    installStringEncode(ctx['proto'] as object);
    const out = runInNewContext("'ab'.encode()", ctx) as unknown;
    expect(repr(out)).toBe("b'ab'");
    expect(isTuple(b('a b').partition(b(' ')))).toBe(true);
  });
});
