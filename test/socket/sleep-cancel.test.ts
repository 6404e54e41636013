// Many sleeps under one cancel scope (twenty threads sleeping at once): one 'abort' listener for
// all of them (kernel/cancel-group.ts), so Node prints no MaxListenersExceededWarning, and Ctrl+C
// still ends every one of them.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sleep } from '../../src/socket/globals.ts';
import { withCancel } from '../../src/socket/index.ts';

describe('sleep() under a cancel scope', () => {
  it('twenty sleeps share one abort listener, and aborting ends them all', async () => {
    const ctl = new AbortController();
    const sleeps = withCancel(ctl.signal, () => Array.from({ length: 20 }, () => sleep(30)));
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    ctl.abort(new Error('interrupted'));
    const outcomes = await Promise.allSettled(sleeps);
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill('rejected'));
  });
});
