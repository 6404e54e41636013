// select.select on real fds (socket pairs, TCP on loopback, ints, objects with fileno()), with
// CPython 3.11's results and messages, its timeout semantics and Ctrl+C.
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../src/modules/select.ts';
import { b } from '../../src/socket/bytes.ts';
import { withCancel } from '../../src/socket/cancel.ts';
import { KeyboardInterrupt } from '../../src/socket/exceptions.ts';
import { closeAll, socket, tcpPair } from './loopback.ts';

afterEach(() => closeAll());

async function outcome(f: () => unknown): Promise<string> {
  try {
    const [r, w, x] = (await f()) as unknown[][];
    return `ok ${r!.length} ${w!.length} ${x!.length}`;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const call = select as unknown as (...args: unknown[]) => Promise<unknown[][]>;

describe('select.select', () => {
  it("CPython's errors for bad arguments", async () => {
    const [a] = socket.socketpair();
    const closed = socket.socket();
    closed.close();
    const cases: [unknown[], string][] = [
      [[[a], [], [], -1], 'ValueError: timeout must be non-negative'],
      [[[a], [], [], 'x'], 'TypeError: timeout must be a float or None'],
      [[1, [], []], 'TypeError: arguments 1-3 must be sequences'],
      [[['x'], [], [], 0], 'TypeError: argument must be an int, or have a fileno() method.'],
      [[[-1], [], [], 0], 'ValueError: file descriptor cannot be a negative integer (-1)'],
      [[[5000], [], [], 0], 'ValueError: filedescriptor out of range in select()'],
      [[[{ fileno: () => 'x' }], [], [], 0], 'TypeError: fileno() returned a non-integer'],
      [[[closed], [], [], 0], 'ValueError: file descriptor cannot be a negative integer (-1)'],
      [[[a], []], 'TypeError: select expected at least 3 arguments, got 2'],
      // An fd number that is not open: Linux's select() fails with EBADF.
      [[[1000], [], [], 0], 'OSError: [Errno 9] Bad file descriptor'],
    ];
    for (const [args, expected] of cases) expect(await outcome(() => call(...args))).toBe(expected);
  });

  it('returns the objects given: writable at once, readable once data arrives', async () => {
    const [a, c] = socket.socketpair();
    expect(await outcome(() => select([a], [a, c], [], 0))).toBe('ok 0 2 0');
    await c.send(b('x'));
    const [r, w, x] = await select([a, c], [], [a], 0);
    expect(r).toEqual([a]);
    expect(r[0]).toBe(a);
    expect([w, x]).toEqual([[], []]);
    const [byInt] = await select([a.fileno()], [], [], 0);
    expect(byInt).toEqual([a.fileno()]);
    const wrapper = { fileno: () => a.fileno() };
    expect((await select(new Set([wrapper]), [], [], null))[0][0]).toBe(wrapper);
    expect((await select([a, a], [], [], 0))[0].length).toBe(2);
  });

  it('waits without blocking the event loop until a peer sends, and times out empty', async () => {
    const { client, server } = await tcpPair();
    expect(await outcome(() => select([server], [], [], 0.02))).toBe('ok 0 0 0');
    const waiting = select([server], [], [], 5);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    await new Promise((r) => setTimeout(r, 20));
    await client.sendall(b('ping'));
    const [r] = await waiting;
    clearInterval(ticker);
    expect(r).toEqual([server]);
    expect(ticks).toBeGreaterThan(0);
    // A listening socket is readable when a connection waits in its backlog.
    const { listener } = await tcpPair().then((p) => p);
    expect((await select([listener], [], [], 0))[0]).toEqual([]);
    const c2 = socket.socket();
    await c2.connect(listener.getsockname() as [string, number]);
    expect((await select([listener], [], [], 5))[0]).toEqual([listener]);
  });

  it('sees a peer that closed as readable (recv then gives b"")', async () => {
    const { client, server } = await tcpPair();
    client.close();
    expect((await select([server], [], [], 5))[0]).toEqual([server]);
    expect((await server.recv(10)).length).toBe(0);
  });

  it('with no fds at all it sleeps for the timeout', async () => {
    expect(await select([], [], [], 0.01)).toEqual([[], [], []]);
  });

  it('Ctrl+C (the cancel scope) interrupts a select that waits for ever', async () => {
    const [a] = socket.socketpair();
    const controller = new AbortController();
    const waiting = withCancel(controller.signal, () => select([a], [], []));
    setTimeout(() => controller.abort(new KeyboardInterrupt()), 10);
    await expect(waiting).rejects.toBeInstanceOf(KeyboardInterrupt);
  });
});
