// Codec results and CPython's exact UnicodeError/LookupError messages. Every expected value below
// was produced by python3 3.11 on this machine (`bytes.fromhex(h).decode(enc, errors)`,
// `text.encode(enc, errors).hex()`, or `f'{type(e).__name__}: {e}'`).
import { describe, expect, it } from 'vitest';
import { decode, encode, lookupCodecName } from '../../src/socket/encodings.ts';
import { LookupError, UnicodeDecodeError, UnicodeEncodeError } from '../../src/socket/exceptions.ts';

function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const DECODES: [hex: string, encoding: string, errors: string, expected: string][] = [
  ['e4', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xe4 in position 0: unexpected end of data'],
  ['e4bd', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode bytes in position 0-1: unexpected end of data'],
  ['e4bd41', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode bytes in position 0-1: invalid continuation byte'],
  ['ff', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte'],
  ['80', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0x80 in position 0: invalid start byte'],
  ['c0af', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xc0 in position 0: invalid start byte'],
  ['eda080', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xed in position 0: invalid continuation byte'],
  ['f4908080', 'utf-8', 'strict', 'UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0xf4 in position 0: invalid continuation byte'],
  ['e4bda0e5a5bd', 'utf-8', 'strict', '你好'],
  ['e4bd41ff', 'utf-8', 'replace', '\ufffdA\ufffd'],
  ['e4bd41ff', 'utf-8', 'ignore', 'A'],
  ['e4bd41ff', 'utf-8', 'backslashreplace', '\\xe4\\xbdA\\xff'],
  ['41ff', 'utf-8', 'surrogateescape', 'A\udcff'],
  ['eda080', 'utf-8', 'surrogatepass', '\ud800'],
  ['c4e3bac3', 'gbk', 'strict', '你好'],
  ['c4e3bac3', 'cp936', 'strict', '你好'],
  ['c4e3bac3', 'GB2312', 'strict', '你好'],
  ['c4e3bac3', 'gb18030', 'strict', '你好'],
  ['a741a6e6', 'big5', 'strict', '你行'],
  ['a741a6e6', 'big5-tw', 'strict', '你行'],
  ['c4', 'gbk', 'strict', 'UnicodeDecodeError: \'gbk\' codec can\'t decode byte 0xc4 in position 0: incomplete multibyte sequence'],
  ['c420', 'gbk', 'strict', 'UnicodeDecodeError: \'gbk\' codec can\'t decode byte 0xc4 in position 0: illegal multibyte sequence'],
  ['80', 'gbk', 'strict', 'UnicodeDecodeError: \'gbk\' codec can\'t decode byte 0x80 in position 0: incomplete multibyte sequence'],
  ['c420', 'gbk', 'replace', '\ufffd '],
  ['8130', 'gb18030', 'strict', 'UnicodeDecodeError: \'gb18030\' codec can\'t decode bytes in position 0-1: incomplete multibyte sequence'],
  ['81308130', 'gb18030', 'strict', '\x80'],
  ['90308130', 'gb18030', 'strict', '\u{10000}'],
  ['ff', 'ascii', 'strict', 'UnicodeDecodeError: \'ascii\' codec can\'t decode byte 0xff in position 0: ordinal not in range(128)'],
  ['41ff', 'ascii', 'replace', 'A\ufffd'],
  ['e9', 'latin-1', 'strict', '\xe9'],
  ['e9', 'iso-8859-1', 'strict', '\xe9'],
  ['fffe604f7d59', 'utf-16', 'strict', '你好'],
  ['604f7d59', 'utf-16-le', 'strict', '你好'],
  ['4f60597d', 'utf-16-be', 'strict', '你好'],
  ['fffe00', 'utf-16', 'strict', 'UnicodeDecodeError: \'utf-16-le\' codec can\'t decode byte 0x00 in position 2: truncated data'],
  ['00dc4100', 'utf-16-le', 'strict', 'UnicodeDecodeError: \'utf-16-le\' codec can\'t decode bytes in position 0-1: illegal encoding'],
  ['00d84100', 'utf-16-le', 'strict', 'UnicodeDecodeError: \'utf-16-le\' codec can\'t decode bytes in position 0-1: illegal UTF-16 surrogate'],
  ['00001100', 'utf-32-le', 'strict', 'UnicodeDecodeError: \'utf-32-le\' codec can\'t decode bytes in position 0-3: code point not in range(0x110000)'],
  ['efbbbf41', 'utf-8-sig', 'strict', 'A'],
  ['efbbbf41', 'utf-8', 'strict', '\ufeffA'],
  ['ff', 'utf-8', 'bogus', 'LookupError: unknown error handler name \'bogus\''],
  ['41', 'utf-8', 'bogus', 'A'],
  ['ff', 'utf-8', 'xmlcharrefreplace', 'TypeError: don\'t know how to handle UnicodeDecodeError in error callback'],
];
const ENCODES: [text: string, encoding: string, errors: string, expected: string][] = [
  ['你好', 'gbk', 'strict', 'c4e3bac3'],
  ['你好', 'GBK', 'strict', 'c4e3bac3'],
  ['你好', 'gb2312', 'strict', 'c4e3bac3'],
  ['你好', 'gb18030', 'strict', 'c4e3bac3'],
  ['你好', 'big5', 'strict', 'a741a66e'],
  ['你好', 'utf-8', 'strict', 'e4bda0e5a5bd'],
  ['你好', 'UTF8', 'strict', 'e4bda0e5a5bd'],
  ['你好', 'u8', 'strict', 'e4bda0e5a5bd'],
  ['你好', 'utf_8', 'strict', 'e4bda0e5a5bd'],
  ['你好', 'ascii', 'strict', 'UnicodeEncodeError: \'ascii\' codec can\'t encode characters in position 0-1: ordinal not in range(128)'],
  ['a你', 'ascii', 'strict', 'UnicodeEncodeError: \'ascii\' codec can\'t encode character \'\\u4f60\' in position 1: ordinal not in range(128)'],
  ['\u{1f600}', 'ascii', 'strict', 'UnicodeEncodeError: \'ascii\' codec can\'t encode character \'\\U0001f600\' in position 0: ordinal not in range(128)'],
  ['\xe9', 'latin-1', 'strict', 'e9'],
  ['\xe9你', 'latin1', 'strict', 'UnicodeEncodeError: \'latin-1\' codec can\'t encode character \'\\u4f60\' in position 1: ordinal not in range(256)'],
  ['你好', 'ascii', 'replace', '3f3f'],
  ['你好', 'ascii', 'ignore', ''],
  ['你\u{1f600}', 'ascii', 'backslashreplace', '5c75346636305c553030303166363030'],
  ['你', 'ascii', 'xmlcharrefreplace', '262332303332303b'],
  ['\u{1f600}', 'gbk', 'strict', 'UnicodeEncodeError: \'gbk\' codec can\'t encode character \'\\U0001f600\' in position 0: illegal multibyte sequence'],
  ['\u20ac', 'gbk', 'strict', 'UnicodeEncodeError: \'gbk\' codec can\'t encode character \'\\u20ac\' in position 0: illegal multibyte sequence'],
  ['\u20ac', 'gb18030', 'strict', 'a2e3'],
  ['\u{1f600}', 'gb18030', 'strict', '9439fc36'],
  ['\ud800', 'utf-8', 'strict', 'UnicodeEncodeError: \'utf-8\' codec can\'t encode character \'\\ud800\' in position 0: surrogates not allowed'],
  ['a\udc00\ud800', 'utf-8', 'strict', 'UnicodeEncodeError: \'utf-8\' codec can\'t encode characters in position 1-2: surrogates not allowed'],
  ['\udcff', 'utf-8', 'surrogateescape', 'ff'],
  ['\ud800', 'utf-8', 'surrogatepass', 'eda080'],
  ['你好', 'utf-16', 'strict', 'fffe604f7d59'],
  ['你好', 'utf-16-be', 'strict', '4f60597d'],
  ['A', 'utf-32', 'strict', 'fffe000041000000'],
  ['A', 'utf-8-sig', 'strict', 'efbbbf41'],
  ['a', 'foo', 'strict', 'LookupError: unknown encoding: foo'],
  ['a', 'Foo Bar', 'strict', 'LookupError: unknown encoding: Foo Bar'],
  ['\xe9', 'ascii', 'bogus', 'LookupError: unknown error handler name \'bogus\''],
  ['a', 'ascii', 'bogus', '61'],
];

describe('decode', () => {
  it.each(DECODES)('%s.decode(%s, %s)', (hex, encoding, errors, expected) => {
    expect(outcome(() => decode(Buffer.from(hex, 'hex'), encoding, errors))).toBe(expected);
  });
});

describe('encode', () => {
  it.each(ENCODES)('%j.encode(%s, %s)', (text, encoding, errors, expected) => {
    expect(outcome(() => Buffer.from(encode(text, encoding, errors)).toString('hex'))).toBe(expected);
  });
});

describe('codecs', () => {
  it('round-trips Chinese text through every Chinese codec', () => {
    const simplified = '你好，世界！socket 编程';
    for (const enc of ['gbk', 'gb2312', 'gb18030', 'utf-8', 'utf-16', 'utf-32']) {
      expect(decode(encode(simplified, enc), enc)).toBe(simplified);
    }
    const traditional = '你好，世界！socket 程式設計';
    expect(decode(encode(traditional, 'big5'), 'big5')).toBe(traditional);
  });

  it('gives the canonical codec names Python gives', () => {
    expect(['UTF8', 'u8', 'utf_8', ' utf-8 ', 'cp65001'].map(lookupCodecName)).toEqual(Array(5).fill('utf-8'));
    expect(['cp936', 'ms936', '936', 'GBK'].map(lookupCodecName)).toEqual(Array(4).fill('gbk'));
    expect(lookupCodecName('latin1')).toBe('latin-1');
    expect(lookupCodecName('US-ASCII')).toBe('ascii');
    expect(lookupCodecName('euc_cn')).toBe('gb2312');
  });

  it('raises the exception classes with CPython args', () => {
    const err = (() => {
      try {
        decode(Uint8Array.of(0x61, 0xe4), 'utf-8');
      } catch (e) {
        return e;
      }
      return undefined;
    })() as UnicodeDecodeError;
    expect(err).toBeInstanceOf(UnicodeDecodeError);
    expect(err.args).toEqual(['utf-8', Uint8Array.of(0x61, 0xe4), 1, 2, 'unexpected end of data']);
    expect(() => encode('你', 'ascii')).toThrow(UnicodeEncodeError);
    expect(() => encode('a', 'nope')).toThrow(LookupError);
  });

  it('decodes large valid input without the slow path', () => {
    const text = '数据'.repeat(50_000);
    expect(decode(encode(text, 'gbk'), 'gbk')).toBe(text);
    expect(decode(encode(text, 'utf-8'))).toBe(text);
  });
});
