// socketserver on real loopback sockets: the seeds' `with TCPServer((HOST, PORT), MyHandler) as
// server: server.serve_forever()` written in TypeScript, the threading servers, the stream and
// datagram handlers, errors in handlers (CPython's report), shutdown and Ctrl+C.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSTANTS } from '../../src/socket/index.ts';
import { b, type bytes } from '../../src/socket/bytes.ts';
import { withCancel } from '../../src/socket/cancel.ts';
import { KeyboardInterrupt, OSError } from '../../src/socket/exceptions.ts';
import { configureModules, type ModuleNote } from '../../src/modules/environment.ts';
import { createSocketserver } from '../../src/modules/socketserver.ts';
import type { Socket } from '../../src/socket/socket.ts';
import { closeAll, socket, space } from './loopback.ts';

const socketserver = createSocketserver(socket);
let stderr = '';
let notes: ModuleNote[] = [];
beforeEach(() => {
  stderr = '';
  notes = [];
  configureModules({ writeErr: (text) => void (stderr += text), note: (n) => void notes.push(n) });
});
afterEach(() => {
  closeAll();
  configureModules({});
});

class EchoHandler extends socketserver.BaseRequestHandler {
  override async handle() {
    const conn = this.request as Socket;
    for (;;) {
      const data = await conn.recv(1024);
      if (data.length === 0) break;
      await conn.sendall(data);
    }
  }
}

async function connect(address: unknown): Promise<Socket> {
  const c = socket.socket();
  c.settimeout(5);
  await c.connect(address as [string, number]);
  return c;
}

describe('TCPServer', () => {
  it('serves the seed program: with TCPServer(...) as server: server.serve_forever()', async () => {
    let serving: Promise<unknown>;
    let listener: Socket;
    {
      using server = new socketserver.TCPServer(['127.0.0.1', 0], EchoHandler);
      listener = server.socket;
      serving = server.serve_forever(0.05);
      const c = await connect(server.server_address);
      await c.sendall(b('hello'));
      expect((await c.recv(1024)).decode()).toBe('hello');
      c.close();
      await server.shutdown();
      await serving;
    }
    // `using` closed the listening socket.
    expect(listener.fileno()).toBe(-1);
    expect(await serving).toBeUndefined();
  });

  it('is callable as Python classes are, and has server_address and class attributes', () => {
    const server = new socketserver.TCPServer(['127.0.0.1', 0], EchoHandler);
    try {
      const [host, port] = server.server_address as [string, number];
      expect([host, port > 0, server.allow_reuse_address, server.timeout, socketserver.UDPServer.max_packet_size]).toEqual(['127.0.0.1', true, false, null, 8192]);
      expect(server.socket.getsockopt(CONSTANTS.SOL_SOCKET, CONSTANTS.SO_REUSEADDR)).toBe(0);
    } finally {
      server.server_close();
    }
  });

  it('a subclass attribute allow_reuse_address = True acts before the bind', () => {
    class Reusing extends socketserver.TCPServer {
      static override allow_reuse_address = true;
    }
    const server = new Reusing(['127.0.0.1', 0], EchoHandler);
    try {
      expect(server.socket.getsockopt(CONSTANTS.SOL_SOCKET, CONSTANTS.SO_REUSEADDR)).toBe(1);
      expect(server.allow_reuse_address).toBe(true);
    } finally {
      server.server_close();
    }
  });

  it('a failed bind closes the socket and raises OSError 98', () => {
    const first = new socketserver.TCPServer(['127.0.0.1', 0], EchoHandler);
    try {
      let err: unknown;
      const open = space.sockets.size;
      try {
        new socketserver.TCPServer(first.server_address, EchoHandler);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(OSError);
      expect((err as OSError).errno).toBe(98);
      expect(space.sockets.size).toBe(open);
    } finally {
      first.server_close();
    }
  });

  it("an error in a handler is reported as CPython does and the server goes on", async () => {
    class Broken extends socketserver.BaseRequestHandler {
      override handle() {
        throw new RangeError('boom');
      }
    }
    const server = new socketserver.TCPServer(['127.0.0.1', 0], Broken);
    const serving = server.serve_forever(0.05);
    try {
      for (let i = 0; i < 2; i++) {
        const c = await connect(server.server_address);
        expect((await c.recv(10)).length).toBe(0);
        c.close();
      }
    } finally {
      await server.shutdown();
      await serving;
      server.server_close();
    }
    const reports = stderr.split('Exception occurred').length - 1;
    expect(reports).toBe(2);
    expect(stderr).toMatch(/^-{40}\nException occurred during processing of request from \('127\.0\.0\.1', \d+\)\nRangeError: boom\n-{40}\n/);
  });

  it('handle_request() waits at most timeout, then calls handle_timeout()', async () => {
    let timedOut = 0;
    class Quick extends socketserver.TCPServer {
      static override timeout = 0.02;
      override handle_timeout() {
        timedOut++;
        return undefined;
      }
    }
    const server = new Quick(['127.0.0.1', 0], EchoHandler);
    try {
      await server.handle_request();
      expect(timedOut).toBe(1);
    } finally {
      server.server_close();
    }
  });

  it('Ctrl+C (the cancel scope) interrupts serve_forever with KeyboardInterrupt', async () => {
    const server = new socketserver.TCPServer(['127.0.0.1', 0], EchoHandler);
    const controller = new AbortController();
    try {
      const serving = withCancel(controller.signal, () => server.serve_forever());
      setTimeout(() => controller.abort(new KeyboardInterrupt()), 20);
      await expect(serving).rejects.toBeInstanceOf(KeyboardInterrupt);
    } finally {
      server.server_close();
    }
  });
});

describe('threading servers and the stream handler', () => {
  it('ThreadingTCPServer serves a second client while the first one waits', async () => {
    class LineEcho extends socketserver.StreamRequestHandler {
      override async handle() {
        const line = await this.rfile.readline() as bytes;
        await this.wfile.write(b(line.decode().toUpperCase()));
      }
    }
    const server = new socketserver.ThreadingTCPServer(['127.0.0.1', 0], LineEcho);
    const serving = server.serve_forever(0.05);
    try {
      const slow = await connect(server.server_address);
      await slow.sendall(b('partial'));
      const fast = await connect(server.server_address);
      await fast.sendall(b('second\n'));
      expect((await fast.recv(100)).decode()).toBe('SECOND\n');
      await slow.sendall(b(' line\n'));
      expect((await slow.recv(100)).decode()).toBe('PARTIAL LINE\n');
      slow.close();
      fast.close();
    } finally {
      await server.shutdown();
      await serving;
      await server.server_close();
    }
    expect(stderr).toBe('');
  });

  it('ForkingTCPServer runs each request as a task and asks for its note once', async () => {
    const server = new socketserver.ForkingTCPServer(['127.0.0.1', 0], EchoHandler);
    const serving = server.serve_forever(0.05);
    try {
      for (let i = 0; i < 2; i++) {
        const c = await connect(server.server_address);
        await c.sendall(b('x'));
        expect((await c.recv(10)).decode()).toBe('x');
        c.close();
      }
    } finally {
      await server.shutdown();
      await serving;
      await server.server_close();
    }
    expect(notes).toEqual(['forking']);
  });

  it('UDPServer with a DatagramRequestHandler answers through wfile', async () => {
    class Upper extends socketserver.DatagramRequestHandler {
      override handle() {
        const line = this.rfile.readline();
        this.wfile.write(b(`${line.decode().trim().toUpperCase()}!`));
      }
    }
    const server = new socketserver.ThreadingUDPServer(['127.0.0.1', 0], Upper);
    const serving = server.serve_forever(0.05);
    const c = socket.socket(CONSTANTS.AF_INET, CONSTANTS.SOCK_DGRAM);
    c.settimeout(5);
    try {
      await c.sendto(b('hi there\n'), server.server_address);
      const [reply, from] = await c.recvfrom(100);
      expect(reply.decode()).toBe('HI THERE!');
      expect(from).toEqual(server.server_address);
    } finally {
      c.close();
      await server.shutdown();
      await serving;
      await server.server_close();
    }
  });
});
