// Tuples and Python type names (the names CPython's messages use: `not 'str'`, `'float' object`).
import { describe, expect, it } from 'vitest';
import { b, bytes } from '../../src/socket/bytes.ts';
import { TimeoutError } from '../../src/socket/exceptions.ts';
import { pyTypeName } from '../../src/socket/pytype.ts';
import { isTuple, tuple } from '../../src/socket/tuple.ts';

describe('tuple', () => {
  it('is a frozen, destructurable array that knows it is a tuple', () => {
    const addr = tuple('127.0.0.1', 9999);
    const [host, port] = addr;
    expect([host, port]).toEqual(['127.0.0.1', 9999]);
    expect(Array.isArray(addr)).toBe(true);
    expect(Object.isFrozen(addr)).toBe(true);
    expect(Object.keys(addr)).toEqual(['0', '1']);
    expect(JSON.stringify(addr)).toBe('["127.0.0.1",9999]');
    expect(isTuple(addr)).toBe(true);
    expect(isTuple(['127.0.0.1', 9999])).toBe(false);
    expect(isTuple('ab')).toBe(false);
  });
});

describe('pyTypeName', () => {
  class Sock {
    static readonly pyTypeName = 'socket';
  }
  it.each<[unknown, string]>([
    ['s', 'str'], [1, 'int'], [1.5, 'float'], [NaN, 'float'], [1n, 'int'], [true, 'bool'],
    [undefined, 'NoneType'], [null, 'NoneType'], [b('x'), 'bytes'], [Uint8Array.of(1), 'bytearray'],
    [Buffer.from('x'), 'bytearray'], [tuple(1, 2), 'tuple'], [[1, 2], 'list'], [() => 0, 'function'],
    [{ a: 1 }, 'dict'], [new Map(), 'dict'], [new Set(), 'set'], [new Sock(), 'socket'],
    [{ [Symbol.for('socklab.pytype')]: 'SocketIO' }, 'SocketIO'], [new TimeoutError('timed out'), 'TimeoutError'],
    [bytes, 'type'],
  ])('pyTypeName(%o) is %s', (value, expected) => expect(pyTypeName(value)).toBe(expected));
});
