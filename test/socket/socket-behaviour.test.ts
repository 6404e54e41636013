// The socket module in-process, on loopback: the behaviours the REPL and lessons rely on that
// a script-vs-CPython comparison cannot show (cancellation, kept errors, events, fd hygiene).
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BlockingIOError, CONSTANTS, ConnectionRefusedError, KeyboardInterrupt, OSError,
  TimeoutError, b, createSocketModule, describeSocket, keepUnobservedError, repr, withCancel,
  type LoggedEvent, type Socket,
} from '../../src/socket/index.ts';

const { AF_INET, SOCK_DGRAM, SOCK_STREAM } = CONSTANTS;
const { module: socket, space } = createSocketModule();
afterEach(() => space.closeAll());

function udpPair(): [Socket, Socket] {
  const a = socket.socket(AF_INET, SOCK_DGRAM);
  const c = socket.socket(AF_INET, SOCK_DGRAM);
  a.bind(['127.0.0.1', 0]);
  c.connect; // (no-op reference: getters and methods have no side effects)
  return [a, c];
}

async function tcpPair(): Promise<[Socket, Socket, Socket]> {
  const server = socket.socket(AF_INET, SOCK_STREAM);
  server.bind(['127.0.0.1', 0]);
  server.listen(5);
  const client = socket.socket(AF_INET, SOCK_STREAM);
  await client.connect(server.getsockname());
  const [conn] = await server.accept();
  return [server, client, conn];
}

const openFds = () => readdirSync('/proc/self/fd').length;

describe('cancellation', () => {
  it('a cancelled recvfrom leaves no trace: the next datagram goes to the next call', async () => {
    const [a, c] = udpPair();
    const ctl = new AbortController();
    const pending = withCancel(ctl.signal, () => a.recvfrom(1024));
    ctl.abort(new KeyboardInterrupt());
    await expect(pending).rejects.toBeInstanceOf(KeyboardInterrupt);
    await c.sendto(b('after'), a.getsockname());
    const [data] = await a.recvfrom(1024);
    expect(repr(data)).toBe("b'after'");
  });

  it('a cancelled accept does not take the connection', async () => {
    const server = socket.socket(AF_INET, SOCK_STREAM);
    server.bind(['127.0.0.1', 0]);
    server.listen(1);
    const ctl = new AbortController();
    const pending = withCancel(ctl.signal, () => server.accept());
    ctl.abort(new KeyboardInterrupt());
    await expect(pending).rejects.toBeInstanceOf(KeyboardInterrupt);
    const client = socket.socket();
    await client.connect(server.getsockname());
    const [conn] = await server.accept();
    expect(describeSocket(conn).state).toBe('connected');
  });

  it('close() wakes a pending recv with EBADF instead of leaving it on a reusable fd', async () => {
    const [a] = udpPair();
    const pending = a.recv(10);
    a.close();
    await expect(pending).rejects.toMatchObject({ errno: 9 });
  });
});

describe('modes', () => {
  it('non-blocking raises BlockingIOError at once; a timeout raises TimeoutError', async () => {
    const [a] = udpPair();
    a.setblocking(false);
    await expect(a.recv(10)).rejects.toBeInstanceOf(BlockingIOError);
    a.settimeout(0.05);
    const err = await a.recv(10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(String(err)).toContain('timed out');
  });

  it('setdefaulttimeout applies to new and accepted sockets', async () => {
    socket.setdefaulttimeout(2.5);
    try {
      const [, client, conn] = await tcpPair();
      expect(client.gettimeout()).toBe(2.5);
      expect(conn.gettimeout()).toBe(2.5);
    } finally {
      socket.setdefaulttimeout(null);
    }
  });
});

describe('errors nobody waited for', () => {
  it('are kept and raised by the socket’s next call', async () => {
    const s = socket.socket();
    const orphan = s.connect(['127.0.0.1', 1]);
    const reason = await orphan.catch((e: unknown) => e);
    expect(reason).toBeInstanceOf(ConnectionRefusedError);
    expect(keepUnobservedError(orphan, reason)).toBe(true);
    expect(() => s.getsockname()).toThrow(ConnectionRefusedError);
    // A failed blocking connect() leaves the socket auto-bound to its port but disconnected, as
    // CPython's blocking connect does: python3 prints ('0.0.0.0', port) here.
    expect(s.getsockname()[0]).toBe('0.0.0.0');
    expect(s.getsockname()[1]).toBeGreaterThan(0);
    expect(keepUnobservedError(Promise.resolve(), undefined)).toBe(false);
  });
});

describe('events and state', () => {
  it('logs the lifecycle of a TCP conversation', async () => {
    const events: LoggedEvent[] = [];
    const listener = (e: LoggedEvent) => events.push(e);
    space.on('event', listener);
    try {
      const [server, client, conn] = await tcpPair();
      expect(describeSocket(server)).toMatchObject({ state: 'listening', listening: true });
      await client.sendall(b('hello server'));
      const data = await conn.recv(1024);
      expect(data.decode()).toBe('hello server');
      client.close();
      expect(events.map((e) => e.kind)).toEqual([
        'created', 'bound', 'listening', 'created', 'connected', 'created', 'accepted', 'sent', 'received', 'closed',
      ]);
      expect(describeSocket(client)).toMatchObject({ state: 'closed', fd: -1, bytesSent: 12 });
      expect(describeSocket(conn).bytesReceived).toBe(12);
    } finally {
      space.off('event', listener);
    }
  });

  it('logs errors with the call that raised them', async () => {
    const s = socket.socket();
    await s.connect(['127.0.0.1', 1]).catch(() => undefined);
    const last = space.log.at(-1);
    expect(last).toMatchObject({ kind: 'error', call: 'connect' });
    expect(last?.kind === 'error' && last.error).toBeInstanceOf(OSError);
  });
});

describe('resources', () => {
  it('closing a socket made with fileno=fd closes its twin in the bookkeeping too', () => {
    const lost = socket.socket(AF_INET, SOCK_DGRAM); // a socket whose variable was reassigned
    const fd = lost.fileno();
    const again = socket.socket(undefined, undefined, undefined, fd);
    expect(again.type).toBe(SOCK_DGRAM);
    again.close();
    expect(lost.fileno()).toBe(-1);
    expect(repr(lost)).toMatch(/^<socket\.socket \[closed\] fd=-1/);
    expect([...space.sockets]).not.toContain(lost);
    const next = socket.socket(AF_INET, SOCK_DGRAM); // may get the same number: it is not lost's
    lost.close();
    expect(next.fileno()).toBeGreaterThanOrEqual(0);
    expect(() => next.getsockname()).not.toThrow();
  });


  it('1,000 create/connect/close cycles leave the fd count where it started', async () => {
    const server = socket.socket();
    server.bind(['127.0.0.1', 0]);
    server.listen(128);
    const addr = server.getsockname();
    const before = openFds();
    for (let i = 0; i < 1000; i++) {
      const c = socket.socket();
      await c.connect(addr);
      const [conn] = await server.accept();
      conn.close();
      c.close();
    }
    expect(openFds()).toBe(before);
    expect(space.sockets.size).toBe(1);
  });
});
