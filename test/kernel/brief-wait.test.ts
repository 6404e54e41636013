// The adaptive short wait on the main thread (kernel/brief-wait.ts): it only waits once a wait
// through the poller was short, reports readiness, and stops after a wait that found nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { BriefWait, POLL, sysClose, sysSend, sysSocketpair } from '../../src/kernel/index.ts';

const opened: number[] = [];
afterEach(() => {
  for (const fd of opened.splice(0)) sysClose(fd);
});

function pair(): [number, number] {
  const r = sysSocketpair(1 /* AF_UNIX */, 1 /* SOCK_STREAM */, 0);
  if (typeof r === 'number') throw new Error(`socketpair failed: ${r}`);
  opened.push(...r);
  return r;
}

describe('BriefWait', () => {
  it('does not wait until a wait through the poller was short', () => {
    const [a, b] = pair();
    sysSend(b, Buffer.from('x'), 1, 0);
    const brief = new BriefWait();
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(true);
  });

  it('gives up after a wait that found nothing, until a short wait is seen again', () => {
    const [a] = pair();
    const brief = new BriefWait();
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false); // off now: returns at once
    brief.observe(5_000);
    expect(brief.tryWait(a, POLL.POLLIN, undefined)).toBe(false);
  });

  it('does not wait past a deadline that has already come', () => {
    const [a, b] = pair();
    sysSend(b, Buffer.from('x'), 1, 0);
    const brief = new BriefWait();
    brief.observe(0.1);
    expect(brief.tryWait(a, POLL.POLLIN, 0)).toBe(false);
  });
});
