// The adaptive short wait on the main thread (kernel/brief-wait.ts): it waits only once the socket
// has waited through the poller, reports readiness, and never waits past a deadline.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { allowAloneWaits, BriefWait, POLL, sysSend, waitsAlone, waitSlice } from '../../src/kernel/index.ts';
import { closeAll, pair } from './socketpairs.ts';

afterEach(() => {
  allowAloneWaits(false);
  closeAll();
});

describe('BriefWait', () => {
  it('does not wait until a wait through the poller was short', () => {
    const [a, b] = pair();
    sysSend(b, Buffer.from('x'), 1, 0);
    const brief = new BriefWait();
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
  });

  it('keeps trying after a wait that found nothing or a long wait', () => {
    const [a, b] = pair();
    const brief = new BriefWait();
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
    sysSend(b, Buffer.from('x'), 1, 0);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
    brief.observe(5_000);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
  });

  it('does not wait on this thread when another socket waited last (its caller may have work to do)', () => {
    const [a, b] = pair();
    const [c] = pair();
    sysSend(b, Buffer.from('x'), 1, 0);
    const mine = new BriefWait();
    const other = new BriefWait();
    mine.observe(0.1);
    mine.claim();
    expect(mine.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
    expect(other.tryWait(c, POLL.POLLIN, undefined)).toBe(false);
    expect(mine.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
    expect(mine.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
  });

  it('does not wait past a deadline that has already come', () => {
    const [a, b] = pair();
    sysSend(b, Buffer.from('x'), 1, 0);
    const brief = new BriefWait();
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, 0)).toBe(false);
  });
});

describe('waits of a script\'s only task', () => {
  it('never block for a slice unless the process allowed it (the REPL never does)', () => {
    expect(waitsAlone()).toBe(false);
  });

  it('do not block for a slice while a timer is pending', () => {
    allowAloneWaits();
    const timer = setTimeout(() => {}, 60_000);
    try {
      expect(waitsAlone()).toBe(false);
    } finally {
      clearTimeout(timer);
    }
  });

  it('do not block for a slice while a setImmediate or a timer behind other work is pending; an unref()ed timer does not count', () => {
    // In a process of its own: the test runner's own timers are pending here.
    const script = `
      import { readFile } from 'node:fs/promises';
      import { allowAloneWaits, waitsAlone } from ${JSON.stringify(new URL('../../src/kernel/index.ts', import.meta.url).href)};
      allowAloneWaits();
      const seen = [waitsAlone()];
      const immediate = setImmediate(() => {});
      seen.push(waitsAlone());
      clearImmediate(immediate);
      // A request in flight comes first in node's list of active resources, the timer after it.
      const reading = readFile('/proc/self/status');
      const timer = setTimeout(() => {}, 60_000);
      seen.push(waitsAlone());
      timer.unref();
      await reading;
      seen.push(waitsAlone());
      clearTimeout(timer);
      console.log(JSON.stringify(seen));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, false, false, true]);
  });

  it('a slice ends at once when the fd is ready, and at its limit when not', () => {
    const [a, b] = pair();
    expect(waitSlice(a, POLL.POLLIN, 1)).toBe(false);
    sysSend(b, Buffer.from('x'), 1, 0);
    expect(waitSlice(a, POLL.POLLIN, undefined)).toBe(true);
  });
});
