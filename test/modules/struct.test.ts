// struct against CPython 3.11: every expected value and message below is what python3 printed
// on this machine for the same call (struct.pack/unpack/..., the struct.error texts).
import { afterEach, describe, expect, it } from 'vitest';
import * as struct from '../../src/modules/struct.ts';
import { b } from '../../src/socket/bytes.ts';
import { formatException, repr } from '../../src/socket/format.ts';
import { isTuple, tuple } from '../../src/socket/tuple.ts';
import { closePair, tcpPair } from './loopback.ts';

// The module as the learner's code calls it: loosely typed on purpose (wrong types are cases).
type Loose = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any
const S = struct as unknown as Record<'calcsize' | 'pack' | 'pack_into' | 'unpack' | 'unpack_from' | 'iter_unpack' | 'Struct' | 'error', Loose>;
const ba = (n: number) => new Uint8Array(n);

function outcome(f: () => unknown): string {
  try {
    return repr(f());
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('struct, call by call as CPython', () => {
  it.each<[string, () => unknown, string]>([
  ["calc1", () => S.calcsize('@bhiqd'), "24"],
  ["calc2", () => S.calcsize('<bhiqd'), "23"],
  ["calc3", () => S.calcsize('@ci'), "8"],
  ["calc4", () => S.calcsize('@nNPe?lL'), "48"],
  ["calc5", () => S.calcsize('3s2x4p'), "9"],
  ["calc6", () => S.calcsize('@i0q'), "8"],
  ["badchar", () => S.calcsize('z'), "error: bad char in struct format"],
  ["badchar2", () => S.pack('!n', 1), "error: bad char in struct format"],
  ["repeat", () => S.calcsize('3'), "error: repeat count given without format specifier"],
  ["packargs", () => S.pack('!I'), "error: pack expected 1 items for packing (got 0)"],
  ["packargs2", () => S.pack('!I', 1, 2), "error: pack expected 1 items for packing (got 2)"],
  ["rangeI", () => S.pack('!I', -1), "error: argument out of range"],
  ["rangeI2", () => S.pack('!I', 2**32), "error: 'I' format requires 0 <= number <= 4294967295"],
  ["rangeb", () => S.pack('b', 200), "error: byte format requires -128 <= number <= 127"],
  ["rangeB", () => S.pack('B', 256), "error: ubyte format requires 0 <= number <= 255"],
  ["rangeh", () => S.pack('h', 40000), "error: short format requires -32768 <= number <= 32767"],
  ["rangeH", () => S.pack('<H', 70000), "error: ushort format requires 0 <= number <= 65535"],
  ["rangei", () => S.pack('i', 2**31), "error: 'i' format requires -2147483648 <= number <= 2147483647"],
  ["rangeq", () => S.pack('q', 2n**63n), "error: argument out of range"],
  ["rangeQ", () => S.pack('Q', -1), "error: argument out of range"],
  ["rangeQ2", () => S.pack('<Q', -1), "error: argument out of range"],
  ["rangel", () => S.pack('l', 2n**63n), "error: argument out of range"],
  ["rangeil", () => S.pack('<i', 2**31), "error: 'i' format requires -2147483648 <= number <= 2147483647"],
  ["rangeL", () => S.pack('<L', -1), "error: argument out of range"],
  ["type", () => S.pack('!I', 'a'), "error: required argument is not an integer"],
  ["typef", () => S.pack('!I', 1.5), "error: required argument is not an integer"],
  ["typed", () => S.pack('d', 'x'), "error: required argument is not a float"],
  ["c", () => S.pack('c', 'a'), "error: char format requires a bytes object of length 1"],
  ["c2", () => S.pack('c', b('ab')), "error: char format requires a bytes object of length 1"],
  ["s", () => S.pack('s', 'a'), "error: argument for 's' must be a bytes object"],
  ["s2", () => S.pack('5s', b('ab')), "b'ab\\x00\\x00\\x00'"],
  ["s3", () => S.pack('2s', b('abcd')), "b'ab'"],
  ["p", () => S.pack('5p', b('ab')), "b'\\x02ab\\x00\\x00'"],
  ["p2", () => S.pack('3p', b('abcdef')), "b'\\x02ab'"],
  ["0p", () => S.pack('0p', b('ab')), "b''"],
  ["bool", () => S.pack('?', 5), "b'\\x01'"],
  ["boolu", () => S.unpack('??', b([0, 5])), "(False, True)"],
  ["e", () => S.pack('<e', 1.5), "b'\\x00>'"],
  ["eover", () => S.pack('<e', 1e6), "OverflowError: float too large to pack with e format"],
  ["f", () => S.pack('<f', 1e40), "OverflowError: float too large to pack with f format"],
  ["unpack", () => S.unpack('!I', b('abc')), "error: unpack requires a buffer of 4 bytes"],
  ["unpack2", () => S.unpack('!I', b('abcde')), "error: unpack requires a buffer of 4 bytes"],
  ["unpackfrom", () => S.unpack_from('!I', b('abc'), 1), "error: unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 3)"],
  ["unpackfrom2", () => S.unpack_from('!I', b('abcdef'), -2), "error: not enough data to unpack 4 bytes at offset -2"],
  ["unpackfrom3", () => S.unpack_from('!I', b('abcdef'), -10), "error: offset -10 out of range for 6-byte buffer"],
  ["iter", () => [...S.iter_unpack('!H', b('abcd'))], "[(24930,), (25444,)]"],
  ["iter2", () => S.iter_unpack('!H', b('abc')), "error: iterative unpacking requires a buffer of a multiple of 2 bytes"],
  ["iter3", () => S.iter_unpack('', b('abc')), "error: cannot iteratively unpack with a struct of length 0"],
  ["packinto", () => S.pack_into('!I', ba(3), 0, 1), "error: pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 3)"],
  ["packinto2", () => S.pack_into('!I', ba(6), 4, 1), "error: pack_into requires a buffer of at least 8 bytes for packing 4 bytes at offset 4 (actual buffer size is 6)"],
  ["packinto3", () => S.pack_into('!I', ba(6), -10, 1), "error: offset -10 out of range for 6-byte buffer"],
  ["packinto4", () => S.pack_into('!I', b('abcdef'), 0, 1), "TypeError: argument must be read-write bytes-like object, not bytes"],
  ["fmt", () => S.pack(1, 2), "TypeError: Struct() argument 1 must be a str or bytes object, not int"],
  ["fmtb", () => S.pack(b('!H'), 2), "b'\\x00\\x02'"],
  ["unpack-type", () => S.unpack('!I', 'abcd'), "TypeError: a bytes-like object is required, not 'str'"],
  ["bool-i", () => S.pack('i', true), "b'\\x01\\x00\\x00\\x00'"],
  ["x", () => S.pack('2xH', 1), "b'\\x00\\x00\\x01\\x00'"],
  ["space", () => S.pack('! H I', 1, 2), "b'\\x00\\x01\\x00\\x00\\x00\\x02'"],
  ["bigQ", () => S.unpack('<Q', b([255,255,255,255,255,255,255,255])), "(18446744073709551615,)"],
  ["native", () => S.pack('hi', 1, 2), "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00'"],
  ["nat-end", () => S.pack('ih', 1, 2), "b'\\x01\\x00\\x00\\x00\\x02\\x00'"],
  ["none", () => S.pack('i', null), "error: required argument is not an integer"],
  ["P", () => S.pack('P', 5), "b'\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"],
  ["P-std", () => S.pack('<P', 5), "error: bad char in struct format"],
  ["emptyfmt", () => S.pack(''), "b''"],
  ["cnum", () => S.pack('c', 65), "error: char format requires a bytes object of length 1"],
  ["sbytearray", () => S.pack('3s', Uint8Array.of(97, 98)), "b'ab\\x00'"],
  ["unpack-bytearray", () => S.unpack('!H', Uint8Array.of(97, 98)), "(24930,)"],
  ["unpack-c", () => S.unpack('cc2s3p', b([97, 98, 1, 2, 2, 120, 121])), "(b'a', b'b', b'\\x01\\x02', b'xy')"],
  ["pi0", () => S.pack_into('!I'), "error: pack_into expected buffer argument"],
  ["pi1", () => S.pack_into('!I', ba(4)), "error: pack_into expected offset argument"],
  ["pi2", () => S.pack_into('!I', ba(4), 0), "error: pack_into expected 1 items for packing (got 0)"],
  ["pi3", () => S.pack_into('!I', ba(4), 0, 1, 2), "error: pack_into expected 1 items for packing (got 2)"],
  ["pi4", () => S.pack_into('!I', ba(6), -2, 1), "error: no space to pack 4 bytes at offset -2"],
  ["pi5", () => S.pack_into('!I', ba(6), 'a', 1), "TypeError: 'str' object cannot be interpreted as an integer"],
  ["pack()", () => S.pack(), "TypeError: missing format argument"],
  ["u0", () => S.unpack('!I'), "TypeError: unpack expected 2 arguments, got 1"],
  ["uf2", () => S.unpack_from('!I', b('abcd'), 'x'), "TypeError: 'str' object cannot be interpreted as an integer"],
  ["cs", () => S.calcsize(5), "TypeError: Struct() argument 1 must be a str or bytes object, not int"],
  ["fmtspace", () => S.calcsize('3 s'), "error: bad char in struct format"],
  ["fmtend", () => S.calcsize('I!'), "error: bad char in struct format"],
  ["fmteq", () => S.pack('=l', 2**31), "error: 'l' format requires -2147483648 <= number <= 2147483647"],
  ["fmteq2", () => S.calcsize('=l'), "4"],
  ["huge", () => S.calcsize('99999999999999999999s'), "error: total struct size too long"],
  ["huge2", () => S.calcsize('9999999999999999999q'), "error: total struct size too long"],
  ["S", () => (S.Struct as any)(), "TypeError: Struct() missing required argument 'format' (pos 1)"],
  ["S2", () => (S.Struct as any)('z'), "error: bad char in struct format"],
  ["Spack", () => (S.Struct as any)('!I').pack(1,2), "error: pack expected 1 items for packing (got 2)"],
  ["Sunpack", () => (S.Struct as any)('!I').unpack(b('abc')), "error: unpack requires a buffer of 4 bytes"],
  ["Spi", () => (S.Struct as any)('!I').pack_into(ba(2), 0, 1), "error: pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 2)"],
  ["Spi2", () => (S.Struct as any)('!I').pack_into(ba(2)), "error: pack_into expected offset argument"],
  ["Suf", () => (S.Struct as any)('!I').unpack_from(b('ab')), "error: unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at offset 0 (actual buffer size is 2)"],
  ["sstr", () => S.pack('p', 'x'), "error: argument for 'p' must be a bytes object"],
  ["cba", () => S.pack('c', Uint8Array.of(97)), "error: char format requires a bytes object of length 1"],
  ["e-inf", () => S.pack('<e', Infinity), "b'\\x00|'"],
  ["e-nan", () => S.pack('<e', NaN), "b'\\x00~'"],
  ["e-r", () => [65504.0, 65519.99, 65520.0, 1e-8, 5.96e-8, 2.98e-8, 0.1, 1/3, -2.5].map(v => S.pack('<e', v)), "OverflowError: float too large to pack with e format"],
  ["e-r2", () => [65504.0, 65519.99, 1e-8, 5.96e-8, 2.98e-8, 0.1, 1/3, -2.5, 2.0**-24*1.5, 2.0**-24*2.5, 1025.5, 1026.5].map(v => S.pack('<e', v)), "[b'\\xff{', b'\\xff{', b'\\x00\\x00', b'\\x01\\x00', b'\\x00\\x00', b'f.', b'U5', b'\\x00\\xc1', b'\\x02\\x00', b'\\x02\\x00', b'\\x02d', b'\\x02d']"],
  ["bool-big", () => S.pack('?', []), "b'\\x00'"],
  ["ubig", () => S.unpack('<q', b([255,255,255,255,255,255,255,255])), "(-1,)"],
  ["ubig2", () => S.unpack('<q', b([0,0,0,0,0,0,0,0x80])), "(-9223372036854775808,)"],
  ["err2", () => repr(S.error), "\"<class 'struct.error'>\""],  ])('%s', (_, call, expected) => expect(outcome(call)).toBe(expected));
});

describe('struct values', () => {
  it('unpacks into tuples, halves and floats as CPython computes them', () => {
    const r = struct.unpack('<4e', b([0, 0x7c, 0, 0xfc, 1, 0, 0xff, 0x7b]));
    expect(isTuple(r)).toBe(true);
    expect(r).toEqual([Infinity, -Infinity, 5.960464477539063e-08, 65504]);
    expect(struct.unpack('<f', struct.pack('<f', 0.1))[0]).toBe(0.10000000149011612);
    expect(Object.is(struct.unpack('<d', struct.pack('<d', -0))[0], -0)).toBe(true);
    expect(Number.isNaN(struct.unpack('<e', b([0, 0x7e]))[0])).toBe(true);
  });

  it('gives 8-byte integers past 2**53 as BigInt and packs BigInt', () => {
    expect(struct.unpack('!Q', struct.pack('!Q', 2n ** 64n - 1n))[0]).toBe(2n ** 64n - 1n);
    expect(struct.unpack('!q', struct.pack('!q', 2 ** 40))[0]).toBe(2 ** 40);
  });

  it('round-trips every code in every byte order', () => {
    for (const order of ['@', '=', '<', '>', '!']) {
      const fmt = `${order}cbB?hHiIlLqQefd3s4p`;
      const values = [b('z'), -5, 250, true, -300, 60000, -70000, 4000000000, -7, 7, -(2 ** 40), 2 ** 50, 1.5, 0.25, 1e300, b('abc'), b('xy')];
      const packed = struct.pack(fmt, ...values);
      expect(packed.length).toBe(struct.calcsize(fmt));
      expect(repr(struct.unpack(fmt, packed))).toBe(repr(tuple(...values)));
    }
  });

  it('Struct has format, size and the module functions as methods', () => {
    const s = struct.Struct('!HI');
    expect([s.size, s.format]).toEqual([6, '!HI']);
    expect(repr(s)).toMatch(/^<_struct\.Struct object at 0x[0-9a-f]+>$/);
    expect(s instanceof struct.Struct).toBe(true);
    const buf = ba(8);
    s.pack_into(buf, 2, 1, 2);
    expect(repr(s.unpack_from(buf, 2))).toBe('(1, 2)');
    expect([...s.iter_unpack(b(12))].length).toBe(2);
  });

  it('prints struct.error with its module, as a traceback does', () => {
    expect(formatException(new struct.error('bad char in struct format'))).toBe('struct.error: bad char in struct format');
  });
});

describe('length-prefixed framing over a real TCP connection (the sticky-packet lesson)', () => {
  let pair: Awaited<ReturnType<typeof tcpPair>> | undefined;
  afterEach(() => closePair(pair));

  it('three messages sent back to back come apart again by their !I headers', async () => {
    pair = await tcpPair();
    const { client, server } = pair;
    for (const text of ['hello', '你好', '']) {
      const body = b(text);
      await client.sendall(b([...struct.pack('!I', body.length), ...body]));
    }
    const received: string[] = [];
    const recvExactly = async (n: number) => {
      const parts: number[] = [];
      while (parts.length < n) {
        const chunk = await server.recv(n - parts.length);
        if (chunk.length === 0) throw new Error('connection closed early');
        parts.push(...chunk);
      }
      return b(parts);
    };
    for (let i = 0; i < 3; i++) {
      const [n] = struct.unpack('!I', await recvExactly(4)) as [number];
      received.push((await recvExactly(n)).decode());
    }
    expect(received).toEqual(['hello', '你好', '']);
  });
});
