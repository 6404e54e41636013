// The socket space's event log is bounded in events and in bytes of data, so a bulk transfer
// does not keep every chunk alive (DESIGN.md §5: a bulk transfer must not cost its size in RSS).
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS, createSocketModule, type LoggedEvent } from '../../src/socket/index.ts';

const { module: socket, space } = createSocketModule();
afterEach(() => space.closeAll());

const dataBytes = (log: readonly LoggedEvent[]) =>
  log.reduce((n, e) => n + (e.kind === 'sent' || e.kind === 'received' ? e.data.length : 0), 0);

describe('event log', () => {
  it('keeps at most about 12 MiB of data however much was received, and the newest events', async () => {
    const [a, c] = socket.socketpair(CONSTANTS.AF_UNIX, CONSTANTS.SOCK_STREAM);
    const chunk = new Uint8Array(60 * 1024).fill(7);
    let received = 0;
    for (let i = 0; i < 400; i++) {
      await a.sendall(chunk);
      for (let got = 0; got < chunk.length;) got += (await c.recv(65536)).length;
      received += chunk.length;
    }
    expect(received).toBeGreaterThan(20 * 1024 * 1024);
    expect(dataBytes(space.log)).toBeLessThanOrEqual(12 * 1024 * 1024);
    expect(space.log.at(-1)?.kind).toBe('received');
    expect(space.log.at(-1)?.seq).toBe(space.seq);
  });
});
