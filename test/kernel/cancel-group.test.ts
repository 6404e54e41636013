// Waits in the shared poller that end together (kernel/cancel-group.ts): many waits under one
// AbortSignal share one 'abort' listener and all end when it aborts; a socket's group ends its
// waits (close()) and any wait added after that; ended waits leave nothing in the poller.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { CancelGroup, groupOf, POLL, poller } from '../../src/kernel/index.ts';
import { closeAll, closeOne, pair } from './socketpairs.ts';

afterEach(() => {
  closeAll();
});

describe('CancelGroup', () => {
  it('a hundred waits under one signal add one abort listener, and all end when it aborts', async () => {
    const ctl = new AbortController();
    const waits = Array.from({ length: 100 }, () => poller.wait(pair()[0], POLL.POLLIN, undefined, ctl.signal));
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    expect(poller.pending).toBe(100);
    const reason = new Error('interrupted');
    ctl.abort(reason);
    const results = await Promise.allSettled(waits);
    expect(results.every((r) => r.status === 'rejected' && r.reason === reason)).toBe(true);
    expect(poller.pending).toBe(0);
  });

  it("a socket's group ends its waits, and a wait added once it was cancelled ends at once", async () => {
    const [a] = pair();
    const closing = new CancelGroup();
    const first = poller.wait(a, POLL.POLLIN, undefined, undefined, closing);
    const second = poller.wait(a, POLL.POLLIN, 60_000, undefined, closing);
    expect(closing.size).toBe(2);
    const reason = new Error('closed');
    closing.cancel(reason);
    await expect(first).rejects.toBe(reason);
    await expect(second).rejects.toBe(reason);
    expect(closing.size).toBe(0);
    await expect(poller.wait(a, POLL.POLLIN, undefined, undefined, closing)).rejects.toBe(reason);
    expect(poller.pending).toBe(0);
  });

  it('a wait that ended by readiness leaves its groups', async () => {
    const [a, b] = pair();
    const ctl = new AbortController();
    const closing = new CancelGroup();
    const waiting = poller.wait(a, POLL.POLLIN, undefined, ctl.signal, closing);
    closeOne(b);
    expect(await waiting).toMatchObject({ ready: true });
    expect(closing.size).toBe(0);
    expect(groupOf(ctl.signal).size).toBe(0);
  });
});
