// The kernel layer on real loopback sockets: syscalls return -errno, the shared poller wakes on
// readiness, times out, and leaves nothing behind when cancelled; /proc/net shows TCP states.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSTANTS, ERRNO, KernelSnapshot, POLL, kernelSocketForFd, packSockAddr, poller, sysAccept, sysBind,
  sysClose, sysConnect, sysGetsockname, sysListen, sysRecv, sysSend, sysSocket, strerror, gaiStrerror,
  getaddrinfoSync, unpackSockAddr, formatNumericHost, libc, type SockAddr,
} from '../../src/kernel/index.ts';

const { AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM } = CONSTANTS;
const opened: number[] = [];

function open(family: number, type: number): number {
  const fd = sysSocket(family, type, 0);
  expect(fd).toBeGreaterThanOrEqual(0);
  opened.push(fd);
  return fd;
}

function listener(): { fd: number; addr: SockAddr } {
  const fd = open(AF_INET, SOCK_STREAM);
  expect(sysBind(fd, packSockAddr({ family: AF_INET, host: '127.0.0.1', port: 0 }))).toBe(0);
  expect(sysListen(fd, 5)).toBe(0);
  const addr = sysGetsockname(fd);
  if (typeof addr === 'number') throw new Error(`getsockname: ${addr}`);
  return { fd, addr };
}

afterEach(() => {
  for (const fd of opened.splice(0)) sysClose(fd);
});

describe('sockaddr', () => {
  it.each([
    [{ family: AF_INET, host: '127.0.0.1', port: 9999 }, 16],
    [{ family: AF_INET6, host: '::1', port: 80, flowinfo: 0, scopeId: 0 }, 28],
    // CPython's length: the path without its NUL; '' is 2 bytes, which Linux autobinds.
    [{ family: AF_UNIX, path: '/tmp/x.sock' }, 2 + 11],
    [{ family: AF_UNIX, path: '' }, 2],
  ] as const)('round-trips %o', (addr, len) => {
    const packed = packSockAddr(addr as SockAddr);
    expect(packed.length).toBe(len);
    expect(unpackSockAddr(packed, packed.length)).toEqual(addr);
  });

  it('formats IPv4 hosts exactly as libc inet_ntop does', () => {
    for (const ip of [[0, 0, 0, 0], [127, 0, 0, 1], [255, 255, 255, 255], [10, 0, 200, 3], [1, 20, 100, 9]]) {
      const out = Buffer.alloc(64);
      expect(formatNumericHost(AF_INET, Uint8Array.from(ip))).toBe(libc().inet_ntop(AF_INET, Buffer.from(ip), out, out.length));
    }
  });

  it('stores the port big-endian and the family little-endian', () => {
    const packed = packSockAddr({ family: AF_INET, host: '1.2.3.4', port: 0x1234 });
    expect([...packed.subarray(0, 8)]).toEqual([2, 0, 0x12, 0x34, 1, 2, 3, 4]);
  });
});

describe('syscalls', () => {
  it('report failures as -errno, with glibc messages', () => {
    const fd = open(AF_INET, SOCK_STREAM);
    expect(sysRecv(fd, Buffer.alloc(4), 4, 0)).toBe(-ERRNO.ENOTCONN);
    expect(strerror(ERRNO.ECONNREFUSED)).toBe('Connection refused');
    expect(gaiStrerror(-2)).toBe('Name or service not known');
  });

  it('create non-blocking sockets (a recv with nothing to read is EAGAIN)', () => {
    const fd = open(AF_INET, SOCK_DGRAM);
    expect(sysBind(fd, packSockAddr({ family: AF_INET, host: '127.0.0.1', port: 0 }))).toBe(0);
    expect(sysRecv(fd, Buffer.alloc(4), 4, 0)).toBe(-ERRNO.EAGAIN);
  });

  it('resolves localhost through getaddrinfo', () => {
    const found = getaddrinfoSync('localhost', '80', { family: AF_INET, socktype: SOCK_STREAM });
    expect(Array.isArray(found) && found[0]?.addr).toEqual({ family: AF_INET, host: '127.0.0.1', port: 80 });
    expect(getaddrinfoSync('nonexistent.invalid', null)).toMatchObject({ code: -2 });
  });
});

describe('poller', () => {
  it('wakes when a connection arrives and when data arrives', async () => {
    const { fd, addr } = listener();
    const client = open(AF_INET, SOCK_STREAM);
    expect(sysConnect(client, packSockAddr(addr))).toBe(-ERRNO.EINPROGRESS);
    expect(await poller.wait(fd, POLL.POLLIN, 5000)).toMatchObject({ ready: true });
    const accepted = sysAccept(fd);
    if (typeof accepted === 'number') throw new Error(`accept: ${accepted}`);
    opened.push(accepted.fd);
    const waiting = poller.wait(accepted.fd, POLL.POLLIN, 5000);
    expect(sysSend(client, Buffer.from('hi'), 2, 0)).toBe(2);
    expect(await waiting).toMatchObject({ ready: true });
    const buf = Buffer.alloc(8);
    expect(sysRecv(accepted.fd, buf, 8, 0)).toBe(2);
    expect(buf.subarray(0, 2).toString()).toBe('hi');
  });

  it('times out, and a cancelled wait leaves no waiter behind', async () => {
    const { fd } = listener();
    expect(await poller.wait(fd, POLL.POLLIN, 20)).toEqual({ ready: false });
    const ctl = new AbortController();
    const waiting = poller.wait(fd, POLL.POLLIN, undefined, ctl.signal);
    expect(poller.pending).toBe(1);
    ctl.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(poller.pending).toBe(0);
  });

  it('serves many waiters with one poll', async () => {
    const waits = Array.from({ length: 20 }, () => {
      const { fd } = listener();
      return poller.wait(fd, POLL.POLLIN, 30);
    });
    const results = await Promise.all(waits);
    expect(results.every((r) => !r.ready)).toBe(true);
    expect(poller.pending).toBe(0);
  });

  it('keeps two waits on one fd apart, and a fd number reused after close waits afresh', async () => {
    const { fd, addr } = listener();
    const client = open(AF_INET, SOCK_STREAM);
    sysConnect(client, packSockAddr(addr));
    expect(await poller.wait(client, POLL.POLLOUT, 5000)).toMatchObject({ ready: true });
    const accepted = sysAccept(fd);
    if (typeof accepted === 'number') throw new Error(`accept: ${accepted}`);
    opened.push(accepted.fd);
    // The same fd: the read waits, the write is ready at once (one registration with both events).
    const reading = poller.wait(client, POLL.POLLIN, 5000);
    expect(await poller.wait(client, POLL.POLLOUT, 5000)).toMatchObject({ ready: true });
    expect(poller.pending).toBe(1);
    expect(sysSend(accepted.fd, Buffer.from('x'), 1, 0)).toBe(1);
    expect(await reading).toMatchObject({ ready: true });
    expect(poller.pending).toBe(0);
    // A closed fd's number, given to a new socket, is watched for the new socket.
    sysClose(client);
    opened.splice(opened.indexOf(client), 1);
    const again = open(AF_INET, SOCK_STREAM);
    expect(again).toBe(client);
    expect(sysBind(again, packSockAddr({ family: AF_INET, host: '127.0.0.1', port: 0 }))).toBe(0);
    expect(sysListen(again, 1)).toBe(0);
    expect(await poller.wait(again, POLL.POLLIN, 30)).toEqual({ ready: false });
    expect(poller.pending).toBe(0);
  });

  it('waits on a reused fd number for the new file, not for a closed one a dup() keeps registered', async () => {
    const { fd, addr } = listener();
    const connected = (): { client: number; server: number } => {
      const client = open(AF_INET, SOCK_STREAM);
      sysConnect(client, packSockAddr(addr));
      const accepted = sysAccept(fd);
      if (typeof accepted === 'number') throw new Error(`accept: ${accepted}`);
      opened.push(accepted.fd);
      return { client, server: accepted.fd };
    };
    const old = connected();
    await poller.wait(old.client, POLL.POLLOUT, 5000);
    // A wait that ends by readiness and one that times out (its registration stays armed).
    expect(sysSend(old.server, Buffer.from('a'), 1, 0)).toBe(1);
    expect(await poller.wait(old.client, POLL.POLLIN, 5000)).toMatchObject({ ready: true });
    const buf = Buffer.alloc(8);
    expect(sysRecv(old.client, buf, 8, 0)).toBe(1);
    expect(await poller.wait(old.client, POLL.POLLIN, 20)).toEqual({ ready: false });
    // The file lives on in a dup(), so the kernel keeps its registration under the closed number.
    const twin = libc().dup(old.client);
    expect(twin).toBeGreaterThanOrEqual(0);
    opened.push(twin);
    const number = old.client;
    sysClose(number);
    opened.splice(opened.indexOf(number), 1);
    const fresh = connected();
    expect(fresh.client).toBe(number);
    // The old file becomes readable: that wakes no wait on the number's new file...
    expect(sysSend(old.server, Buffer.from('b'), 1, 0)).toBe(1);
    expect(await poller.wait(fresh.client, POLL.POLLIN, 50)).toEqual({ ready: false });
    // ...whose own data does, every time it is waited for again.
    for (const byte of ['c', 'd']) {
      const waiting = poller.wait(fresh.client, POLL.POLLIN, 5000);
      expect(sysSend(fresh.server, Buffer.from(byte), 1, 0)).toBe(1);
      expect(await waiting).toMatchObject({ ready: true });
      expect(sysRecv(fresh.client, buf, 8, 0)).toBe(1);
      expect(buf.subarray(0, 1).toString()).toBe(byte);
    }
    expect(sysRecv(twin, buf, 8, 0)).toBe(1);
    expect(buf.subarray(0, 1).toString()).toBe('b');
    expect(poller.pending).toBe(0);
  });
});

describe('/proc/net', () => {
  it('shows LISTEN, ESTABLISHED and the TIME_WAIT of the side that closed first', async () => {
    const { fd, addr } = listener();
    expect(kernelSocketForFd(fd)?.state).toBe('LISTEN');
    const client = open(AF_INET, SOCK_STREAM);
    sysConnect(client, packSockAddr(addr));
    await poller.wait(client, POLL.POLLOUT, 5000);
    const accepted = sysAccept(fd);
    if (typeof accepted === 'number') throw new Error(`accept: ${accepted}`);
    opened.push(accepted.fd);
    const snap = new KernelSnapshot(['tcp']);
    expect(snap.forFd(client)?.state).toBe('ESTABLISHED');
    expect(snap.forFd(accepted.fd)?.state).toBe('ESTABLISHED');
    const local = sysGetsockname(client) as SockAddr & { host: string; port: number };
    sysClose(client);
    opened.splice(opened.indexOf(client), 1);
    // The FIN is processed by the kernel at once on loopback; the peer then closes too.
    expect(new KernelSnapshot(['tcp']).forFd(accepted.fd)?.state).toBe('CLOSE_WAIT');
    sysClose(accepted.fd);
    opened.splice(opened.indexOf(accepted.fd), 1);
    const rows = new KernelSnapshot(['tcp']).byAddress(local, addr as { host: string; port: number });
    expect(rows.map((r) => r.state)).toContain('TIME_WAIT');
  });
});
