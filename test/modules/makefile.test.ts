// socket.makefile() on real socket pairs and TCP connections. Expected values and messages are
// what python3 3.11 prints for the same calls (a line-based exchange, as seed 004 describes it).
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS } from '../../src/socket/index.ts';
import { b } from '../../src/socket/bytes.ts';
import { repr } from '../../src/socket/format.ts';
import { closeAll, socket, tcpPair } from './loopback.ts';

afterEach(() => closeAll());

async function outcome(f: () => unknown): Promise<string> {
  try {
    return repr(await f());
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('makefile', () => {
  it('text: write, flush, readline with universal newlines, read to EOF', async () => {
    const [a, c] = socket.socketpair();
    const f = a.makefile('rw', { encoding: 'utf-8' });
    expect([repr(f), f.mode, f.encoding, f.readable(), f.writable()]).toEqual(["<_io.TextIOWrapper mode='rw' encoding='utf-8'>", 'rw', 'utf-8', true, true]);
    expect(await f.write('héllo\nworld\r\nlast')).toBe(17);
    await f.flush();
    const g = c.makefile('rb');
    expect(repr(g)).toBe(`<_io.BufferedReader name=${c.fileno()}>`);
    expect(repr([await g.readline(), await g.read(5)])).toBe("[b'h\\xc3\\xa9llo\\n', b'world']");
    await c.sendall(b('tail\r\nmore\rend'));
    c.shutdown(CONSTANTS.SHUT_WR);
    expect([await f.readline(), await f.readline(), await f.read(), await f.read(), await f.readline()]).toEqual(['tail\n', 'more\n', 'end', '', '']);
  });

  it("CPython's errors: bad mode, unbuffered text, wrong types, closed files", async () => {
    const [a, c] = socket.socketpair();
    expect(await outcome(() => a.makefile('rx'))).toBe("ValueError: invalid mode 'rx' (only r, w, b allowed)");
    expect(await outcome(() => a.makefile('r', 0))).toBe('ValueError: unbuffered streams must be binary');
    expect(await outcome(() => a.makefile('w').write(b('x') as never))).toBe('TypeError: write() argument must be str, not bytes');
    expect(await outcome(() => c.makefile('r').write('x'))).toBe('UnsupportedOperation: not writable');
    expect(await outcome(() => c.makefile('w').read())).toBe('UnsupportedOperation: not readable');
    const h = a.makefile('wb');
    expect(await outcome(() => h.write('x'))).toBe("TypeError: a bytes-like object is required, not 'str'");
    await h.close();
    expect(await outcome(() => h.write(b('x')))).toBe('ValueError: write to closed file');
    const r = a.makefile('r');
    await r.close();
    expect(await outcome(() => r.readline())).toBe('ValueError: I/O operation on closed file.');
    expect([h.closed, a.fileno() > 0]).toEqual([true, true]);
  });

  it('iterates over lines with for await, as `for line in f:`', async () => {
    const [a, c] = socket.socketpair();
    await c.sendall(b('l1\nl2\nl3'));
    c.close();
    const lines: unknown[] = [];
    for await (const line of a.makefile()) lines.push(line);
    expect(lines).toEqual(['l1\n', 'l2\n', 'l3']);
  });

  it('raw (buffering=0) reads one recv; a timeout spoils the file as in CPython', async () => {
    const [a, c] = socket.socketpair();
    const r = a.makefile('rb', 0);
    expect(repr(r)).toMatch(/^<socket\.SocketIO object at 0x[0-9a-f]+>$/);
    expect(r.mode).toBe('rb');
    await c.sendall(b('abc'));
    expect(repr(await r.read(10))).toBe("b'abc'");
    a.settimeout(0.05);
    const r2 = a.makefile('rb');
    expect(await outcome(() => r2.read(1))).toBe('TimeoutError: timed out');
    expect(await outcome(() => r2.read(1))).toBe('OSError: cannot read from timed out object');
  });

  it('decodes gbk and waits for a UTF-8 character split across two sends', async () => {
    const { client, server } = await tcpPair();
    const x = server.makefile('r', { encoding: 'gbk' });
    await client.sendall(b('你好\n', 'gbk'));
    expect([await x.readline(), x.encoding]).toEqual(['你好\n', 'gbk']);
    const y = server.makefile('r');
    const bytesOfNi = b('你');
    await client.sendall(bytesOfNi.subarray(0, 2));
    const pending = y.read(1);
    await new Promise((r) => setTimeout(r, 10));
    await client.sendall(bytesOfNi.subarray(2));
    expect(await pending).toBe('你');
  });

  it('an echo over TCP with a file on each side (seed 004)', async () => {
    const { client, server } = await tcpPair();
    const serverFile = server.makefile('rw');
    const serving = (async () => {
      for await (const line of serverFile) {
        await serverFile.write(String(line).toUpperCase());
        await serverFile.flush();
      }
    })();
    const clientFile = client.makefile('rw', { newline: '' });
    await clientFile.write('hello\r\n');
    await clientFile.flush();
    expect(await clientFile.readline()).toBe('HELLO\n');
    client.shutdown(CONSTANTS.SHUT_WR);
    await serving;
    server.shutdown(CONSTANTS.SHUT_WR);
    expect(await clientFile.read()).toBe('');
  });
});
