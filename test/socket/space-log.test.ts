// The socket space's event log is bounded in events and in bytes of data, so a bulk transfer
// does not keep every chunk alive (DESIGN.md §5: a bulk transfer must not cost its size in RSS).
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS, createSocketModule, SocketSpace, type LoggedEvent } from '../../src/socket/index.ts';

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

describe('a space without the kept log (socklab run)', () => {
  it('keeps no event, still counts them and knows its open sockets', async () => {
    const quiet = createSocketModule(new SocketSpace({ keepLog: false }));
    const [a, c] = quiet.module.socketpair(CONSTANTS.AF_UNIX, CONSTANTS.SOCK_STREAM);
    try {
      expect(quiet.space.observed).toBe(false);
      await a.sendall(new Uint8Array([1, 2, 3]));
      expect((await c.recv(16)).length).toBe(3);
      expect(quiet.space.log).toEqual([]);
      // created ×2, sent, received at least.
      expect(quiet.space.seq).toBeGreaterThanOrEqual(4);
      expect(new Set(quiet.space.sockets)).toEqual(new Set([a, c]));
      a.close();
      expect(new Set(quiet.space.sockets)).toEqual(new Set([c]));
    } finally {
      quiet.space.closeAll();
    }
    expect(quiet.space.sockets.size).toBe(0);
  });

  it('gives every event to a listener while one listens, with its seq and no time', async () => {
    const quiet = createSocketModule(new SocketSpace({ keepLog: false }));
    const [a, c] = quiet.module.socketpair(CONSTANTS.AF_UNIX, CONSTANTS.SOCK_STREAM);
    const seen: LoggedEvent[] = [];
    const listener = (e: LoggedEvent) => seen.push(e);
    try {
      quiet.space.on('event', listener);
      expect(quiet.space.observed).toBe(true);
      await a.sendall(new Uint8Array([9]));
      await c.recv(16);
      expect(seen.map((e) => e.kind)).toEqual(['sent', 'received']);
      expect(seen[1]!.seq).toBe(quiet.space.seq);
      expect(seen[1]!.at).toBeNaN();
      quiet.space.off('event', listener);
      expect(quiet.space.observed).toBe(false);
      await a.sendall(new Uint8Array([9]));
      await c.recv(16);
      expect(seen.length).toBe(2);
      expect(quiet.space.seq).toBe(seen[1]!.seq + 2);
      expect(quiet.space.log).toEqual([]);
    } finally {
      quiet.space.closeAll();
    }
  });

  it("gives a 'lifecycle' listener no data traffic, but the end of a stream", async () => {
    const quiet = createSocketModule(new SocketSpace({ keepLog: false }));
    const seen: LoggedEvent[] = [];
    quiet.space.on('lifecycle', (e: LoggedEvent) => seen.push(e));
    const [a, c] = quiet.module.socketpair(CONSTANTS.AF_UNIX, CONSTANTS.SOCK_STREAM);
    try {
      expect(quiet.space.observed).toBe(false);
      await a.sendall(new Uint8Array([9]));
      expect((await c.recv(16)).length).toBe(1);
      a.close();
      expect((await c.recv(16)).length).toBe(0);
      expect(seen.map((e) => e.kind)).toEqual(['created', 'created', 'closed', 'received']);
      // sent and received were counted all the same.
      expect(seen.at(-1)!.seq).toBe(quiet.space.seq);
      expect(quiet.space.seq).toBe(6);
    } finally {
      quiet.space.closeAll();
    }
  });

  it('a kept log records the same events', async () => {
    const kept = createSocketModule(new SocketSpace());
    const [a, c] = kept.module.socketpair(CONSTANTS.AF_UNIX, CONSTANTS.SOCK_STREAM);
    try {
      expect(kept.space.observed).toBe(true);
      await a.sendall(new Uint8Array([9]));
      await c.recv(16);
      expect(kept.space.log.map((e) => e.kind)).toEqual(['created', 'created', 'sent', 'received']);
    } finally {
      kept.space.closeAll();
    }
  });
});
