// The hint under an error: chosen by class, errno and message, in the user's language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { hintFor, missingModuleText } from '../../src/lang/hints.ts';
import {
  BlockingIOError, BrokenPipeError, ConnectionRefusedError, ConnectionResetError, EOFError, gaierror,
  KeyboardInterrupt, OSError, OverflowError, TimeoutError, UnicodeDecodeError,
} from '../../src/socket/index.ts';

afterEach(() => setLang('en'));

describe('hintFor', () => {
  it.each([
    [new ConnectionRefusedError(111, 'Connection refused'), /nobody is listening/],
    [new OSError(98, 'Address already in use'), /TIME_WAIT.*SO_REUSEADDR/],
    [new OSError(22, 'Invalid argument'), /bind\(\) only once.*listen\(\) before accept\(\)/],
    [new TimeoutError('timed out'), /timeout/],
    [new BlockingIOError(11, 'Resource temporarily unavailable'), /non-blocking/],
    [new BlockingIOError(115, 'Operation now in progress'), /non-blocking connect/],
    [new BrokenPipeError(32, 'Broken pipe'), /closed on the other side/],
    [new ConnectionResetError(104, 'Connection reset by peer'), /abruptly/],
    [new OSError(107, 'Transport endpoint is not connected'), /not connected/],
    [new OSError(106, 'Transport endpoint is already connected'), /already connected/],
    [new OSError(95, 'Operation not supported'), /UDP sockets have no listen/],
    [new OSError(89, 'Destination address required'), /no destination/],
    [new OSError(9, 'Bad file descriptor'), /socket is closed/],
    [new OSError(99, 'Cannot assign requested address'), /does not belong to this machine/],
    [new OSError(13, 'Permission denied'), /below 1024/],
    [new gaierror(-2, 'Name or service not known'), /could not be resolved/],
    [new TypeError("a bytes-like object is required, not 'str'"), /b'hello' or 'hello'\.encode\(\)/],
    [new TypeError('data.decode is not a function'), /Promise.*await/],
    [new TypeError('conn is not iterable'), /Promise.*await/],
    [new TypeError('bind(): AF_INET address must be tuple, not int'), /\['127\.0\.0\.1', 9999\]/],
    [new OverflowError('bind(): port must be 0-65535.'), /0 to 65535/],
    [new UnicodeDecodeError('utf-8', new Uint8Array([0xc4, 0xe3]), 0, 1, 'invalid continuation byte'), /decode\('gbk'\)/],
    [new EOFError('EOF when reading a line'), /input\(\)/],
    [new ReferenceError('conn is not defined'), /conn has no value yet\. Assign it first, for example: conn, addr = server\.accept\(\)$/],
    [new ReferenceError('addr is not defined'), /for example: data, addr = s\.recvfrom\(1024\)$/],
    [new ReferenceError('udp_socket is not defined'), /for example: udp_socket = socket\.socket\(AF_INET, SOCK_STREAM\)$/],
    [new ReferenceError('port is not defined'), /for example: port = \.\.\.$/],
    [new ReferenceError('asyncio is not defined'), /asyncio is a module of socklab's Python, not of its TypeScript lines: type \.python/],
  ])('%s', (err, hint) => {
    expect(hintFor(err)).toMatch(hint);
  });

  it.each([new KeyboardInterrupt(), new RangeError('x'), 'a string', undefined])('has nothing to say about %s', (err) => {
    expect(hintFor(err)).toBeUndefined();
  });

  it('recognises Python syntax only from the line typed', () => {
    const err = new SyntaxError('Unexpected identifier');
    expect(hintFor(err, 'def serve(conn):')).toMatch(/Python syntax/);
    expect(hintFor(err, 'while True:')).toMatch(/Python syntax/);
    expect(hintFor(err, 'if os.path.exists(path): os.unlink(path)')).toMatch(/Python syntax/);
    expect(hintFor(err, 'x = a ? b : c d')).toBeUndefined();
    expect(hintFor(err, 'x y')).toBeUndefined();
    expect(hintFor(err, 'socklab lesson tcp-server')).toMatch(/in your shell/);
  });

  it('speaks Chinese when asked', () => {
    setLang('zh');
    expect(hintFor(new OSError(98, 'Address already in use'))).toMatch(/^建议：.*SO_REUSEADDR/);
  });
});

describe('missingModuleText', () => {
  it("sends a module Python mode has to .python, and says how many it has for one it lacks", () => {
    expect(missingModuleText('json')).toMatch(/^json is a module of socklab's Python, not of its TypeScript lines: type \.python, then import json\./);
    expect(missingModuleText('tkinter')).toMatch(/^socklab has no Python module tkinter; .* imports \d+ modules: help\('modules'\) there lists them\.$/);
  });
});
