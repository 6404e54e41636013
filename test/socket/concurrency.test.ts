// Many sockets waiting at once, as in a server with one async handler per client: each call must
// get its own socket's bytes, whatever order the shared poller wakes them in.
import { afterEach, describe, expect, it } from 'vitest';
import { CONSTANTS, b, createSocketModule, withCancel, type Socket } from '../../src/socket/index.ts';

const { AF_INET, SOCK_DGRAM, SOCK_STREAM } = CONSTANTS;
const { module: socket, space } = createSocketModule();
afterEach(() => space.closeAll());

const N = 40;

async function connectedPairs(n: number): Promise<[Socket, Socket][]> {
  const server = socket.socket(AF_INET, SOCK_STREAM);
  server.bind(['127.0.0.1', 0]);
  server.listen(n);
  const pairs: [Socket, Socket][] = [];
  for (let i = 0; i < n; i++) {
    const client = socket.socket(AF_INET, SOCK_STREAM);
    await client.connect(server.getsockname());
    const [conn] = await server.accept();
    pairs.push([client, conn]);
  }
  return pairs;
}

describe('concurrent waits', () => {
  it('many calls waiting in one cancel scope print no listener-leak warning, and all end on abort', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const pairs = await connectedPairs(N);
      const ctl = new AbortController();
      const pending = withCancel(ctl.signal, () => pairs.map(([, conn]) => conn.recv(16).then(undefined, (e: unknown) => e)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      ctl.abort(new Error('interrupted'));
      const results = await Promise.all(pending);
      expect(results.every((r) => r instanceof Error && r.message === 'interrupted')).toBe(true);
      // Node reports a listener leak on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('recv() on many connections woken together returns each connection its own bytes', async () => {
    const pairs = await connectedPairs(N);
    const pending = pairs.map(([, conn]) => conn.recv(1024));
    await Promise.all(pairs.map(([client], i) => client.sendall(b(`message ${i} `.repeat(8)))));
    const got = await Promise.all(pending);
    expect(got.map((data) => data.decode())).toEqual(pairs.map((_, i) => `message ${i} `.repeat(8)));
  });

  it('large recv() calls waiting together each get their own connection\'s bytes', async () => {
    const pairs = await connectedPairs(8);
    const size = 48 * 1024;
    const payload = (i: number) => b(new Uint8Array(size).fill(65 + i));
    const readAll = async (conn: Socket) => {
      const chunks: Uint8Array[] = [];
      for (let total = 0; total < size;) {
        const data = await conn.recv(65536);
        if (data.length === 0) break;
        chunks.push(data);
        total += data.length;
      }
      return Buffer.concat(chunks);
    };
    const pending = pairs.map(([, conn]) => readAll(conn));
    await Promise.all(pairs.map(([client], i) => client.sendall(payload(i))));
    const got = await Promise.all(pending);
    got.forEach((data, i) => {
      expect(data.length).toBe(size);
      expect(data.every((c) => c === 65 + i)).toBe(true);
    });
  });

  it('recvfrom() on many UDP sockets woken together returns each socket its own datagram and sender', async () => {
    const receivers = Array.from({ length: N }, () => {
      const s = socket.socket(AF_INET, SOCK_DGRAM);
      s.bind(['127.0.0.1', 0]);
      return s;
    });
    const sender = socket.socket(AF_INET, SOCK_DGRAM);
    sender.bind(['127.0.0.1', 0]);
    const pending = receivers.map((s) => s.recvfrom(1024));
    await Promise.all(receivers.map((s, i) => sender.sendto(b(`datagram ${i}`), s.getsockname())));
    const got = await Promise.all(pending);
    expect(got.map(([data]) => data.decode())).toEqual(receivers.map((_, i) => `datagram ${i}`));
    for (const [, from] of got) expect(from).toEqual(sender.getsockname());
  });
});
