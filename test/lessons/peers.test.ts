// The lesson's side of the conversation, on real loopback sockets: each peer waits for the
// learner's socket by watching its events, plays its part, gives up with a specific message, and
// closes everything on stop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { tcpClient, tcpServer, udpChat, udpEcho, udpSender, type PeerContext, type RunningPeer } from '../../src/lessons/peers/index.ts';
import { freePort } from '../../src/lessons/ports.ts';
import { createSocketModule, type Socket, type SocketModule, type SocketSpace } from '../../src/socket/index.ts';

setLang('en');

const AF_INET = 2;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const text = (d: Uint8Array) => new TextDecoder().decode(d);
const enc = (s: string) => new TextEncoder().encode(s);

let learner: { module: SocketModule; space: SocketSpace };
let peers: { module: SocketModule; space: SocketSpace };
let running: RunningPeer[];
let reports: string[];
let port: number;

beforeEach(() => {
  learner = createSocketModule();
  peers = createSocketModule();
  running = [];
  reports = [];
  port = freePort();
});

afterEach(async () => {
  for (const p of running) p.stop();
  await Promise.all(running.map((p) => p.done));
  learner.space.closeAll();
  peers.space.closeAll();
});

function ctx(timeout = 5): PeerContext {
  return { module: peers.module, learner: learner.space, timeout, report: (m) => reports.push(m) };
}

function start(p: RunningPeer): RunningPeer {
  running.push(p);
  return p;
}

describe('UDP peers', () => {
  it("udp-echo waits for its port while the last step's socket is still being released", async () => {
    const holder = peers.module.socket(AF_INET, SOCK_DGRAM); // stands for a socket the poller still holds
    holder.bind(['127.0.0.1', port]);
    start(udpEcho(ctx(), port));
    setTimeout(() => holder.close(), 30);
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    s.settimeout(3);
    s.bind(['127.0.0.1', 0]);
    let reply: Uint8Array | undefined;
    for (let i = 0; i < 50 && reply === undefined; i++) {
      // Until the echo server has the port, a datagram may meet the holder (or nobody): send again.
      await s.sendto(enc('ping'), ['127.0.0.1', port]);
      s.settimeout(0.1);
      try {
        [reply] = await s.recvfrom(1024);
      } catch {
        // not bound yet
      }
    }
    expect(text(reply!)).toBe('ping');
    expect(reports).toEqual([]);
  });

  it('udp-sender waits for the learner to bind, then sends each message as one datagram', async () => {
    const peer = start(udpSender(ctx(), port, ['one', 'two']));
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    await new Promise((r) => setTimeout(r, 20)); // nothing is sent to an unbound port meanwhile
    s.bind(['', port]);
    const [first] = await s.recvfrom(1024);
    const [second] = await s.recvfrom(1024);
    expect([text(first), text(second)]).toEqual(['one', 'two']);
    await peer.done;
    expect(reports).toEqual([]);
  });

  it('udp-echo sends every datagram back', async () => {
    start(udpEcho(ctx(), port));
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    await s.sendto(enc('ping'), ['127.0.0.1', port]);
    const [data, from] = await s.recvfrom(1024);
    expect(text(data)).toBe('ping');
    expect(from).toEqual(['127.0.0.1', port]);
  });

  it("udp-echo with a reply answers with it, {addr} being the sender's address as Python prints it", async () => {
    start(udpEcho(ctx(), port, '收到 got it from {addr}'));
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    await s.sendto(enc('hello B'), ['127.0.0.1', port]);
    const [, me] = s.getsockname() as unknown as [string, number];
    const [data, from] = await s.recvfrom(1024);
    expect(text(data)).toBe(`收到 got it from ('127.0.0.1', ${me})`);
    expect(from).toEqual(['127.0.0.1', port]);
  });

  it('udp-chat (QQ user B) greets, answers each message, and stops after its last one', async () => {
    const peer = start(udpChat(ctx(), port, ['你好，我是 B', 'how are you?', 'quit']));
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    s.bind(['127.0.0.1', port]);
    const heard: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [data, addr] = await s.recvfrom(1024);
      heard.push(text(data));
      if (i < 2) await s.sendto(enc(`reply ${i}`), addr!);
    }
    expect(heard).toEqual(['你好，我是 B', 'how are you?', 'quit']);
    await peer.done;
    expect(peers.space.sockets.size).toBe(0);
  });

  it("udp-chat stops when the learner says 'quit'", async () => {
    const peer = start(udpChat(ctx(), port, ['hi', 'more', 'even more']));
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    s.bind(['127.0.0.1', port]);
    const [, addr] = await s.recvfrom(1024);
    await s.sendto(enc('quit'), addr!);
    await peer.done;
    expect(reports).toEqual([]);
  });

  it('says what it waits for after its timeout, and goes on waiting', async () => {
    const peer = start(udpSender(ctx(0.05), port, ['x']));
    await new Promise((r) => setTimeout(r, 150));
    expect(reports).toEqual([`the lesson's sender has waited 0.05 s for your UDP socket to be bound to port ${port}, and is still waiting`]);
    const s = learner.module.socket(AF_INET, SOCK_DGRAM);
    s.bind(['127.0.0.1', port]);
    expect(text((await s.recvfrom(1024))[0])).toBe('x');
    await peer.done;
  });
});

describe('TCP peers', () => {
  async function server(backlog = 5): Promise<Socket> {
    const s = learner.module.socket(AF_INET, SOCK_STREAM);
    s.bind(['127.0.0.1', port]);
    s.listen(backlog);
    return s;
  }

  it('tcp-client waits for the learner to listen, sends, reads the reply and closes', async () => {
    const peer = start(tcpClient(ctx(), { port, messages: ['hello server'], clients: 1, expectReply: true, then: 'close' }));
    const s = learner.module.socket(AF_INET, SOCK_STREAM);
    s.bind(['127.0.0.1', port]);
    await new Promise((r) => setTimeout(r, 20));
    s.listen(5);
    const [conn] = await s.accept();
    expect(text(await conn.recv(1024))).toBe('hello server');
    await conn.send(enc('hello client'));
    expect((await conn.recv(1024)).length).toBe(0); // the client closed after reading the reply
    await peer.done;
    expect(reports).toEqual([]);
  });

  it('tcp-client runs several clients at once, numbered', async () => {
    const s = await server();
    const peer = start(tcpClient(ctx(), { port, messages: ['client {n}'], clients: 3, expectReply: true, then: 'close' }));
    const conns = [];
    for (let i = 0; i < 3; i++) conns.push((await s.accept())[0]);
    // All three are connected before anyone is served: they really run at the same time.
    const got = [];
    for (const c of conns) got.push(await c.recv(1024));
    expect(got.map(text).sort()).toEqual(['client 1', 'client 2', 'client 3']);
    await Promise.all(conns.map((c) => c.send(enc('ok'))));
    await peer.done;
  });

  it('tcp-client connects its clients in number order: accept() returns client 1 first', async () => {
    const s = await server();
    const peer = start(tcpClient(ctx(), { port, messages: ['client {n}'], clients: 3, expectReply: true, then: 'close' }));
    for (const n of [1, 2, 3]) {
      // One client after another, as a one-at-a-time server serves them: the others wait.
      const [conn] = await s.accept();
      expect(text(await conn.recv(1024))).toBe(`client ${n}`);
      await conn.send(enc('ok'));
      conn.close();
    }
    await peer.done;
    expect(reports).toEqual([]);
  });

  it("tcp-client with then: wait lets the learner close first", async () => {
    const s = await server();
    const peer = start(tcpClient(ctx(), { port, messages: ['hi'], clients: 1, expectReply: true, then: 'wait' }));
    const [conn] = await s.accept();
    await conn.recv(1024);
    await conn.send(enc('bye'));
    conn.close();
    await peer.done;
    expect(reports).toEqual([]);
  });

  it('tcp-client says the learner closed before replying', async () => {
    const s = await server();
    const peer = start(tcpClient(ctx(), { port, messages: ['hi'], clients: 1, expectReply: true, then: 'close' }));
    const [conn] = await s.accept();
    await conn.recv(1024);
    conn.close();
    await peer.done;
    expect(reports).toEqual(["your side closed the connection before it answered the lesson's client"]);
  });

  it('tcp-client says what it waits for: a server, then a reply', async () => {
    const peer = start(tcpClient(ctx(0.05), { port, messages: ['hello server'], clients: 1, expectReply: true, then: 'close' }));
    await new Promise((r) => setTimeout(r, 150));
    expect(reports).toEqual([`the lesson's client has waited 0.05 s for your server to listen on port ${port}, and is still waiting`]);
    const s = await server();
    const [conn] = await s.accept();
    expect(text(await conn.recv(1024))).toBe('hello server');
    await new Promise((r) => setTimeout(r, 150));
    expect(reports[1]).toBe("the lesson's client sent 'hello server' 0.05 s ago and is still waiting for your reply");
    await conn.send(enc('late'));
    await peer.done;
  });

  it('tcp-server answers each connection with its reply', async () => {
    start(tcpServer(ctx(), { port, reply: 'hello client', then: 'close' }));
    for (let i = 0; i < 2; i++) {
      const c = learner.module.socket(AF_INET, SOCK_STREAM);
      await c.connect(['127.0.0.1', port]);
      await c.send(enc('hello server'));
      expect(text(await c.recv(1024))).toBe('hello client');
      expect((await c.recv(1024)).length).toBe(0);
      c.close();
    }
  });

  it('tcp-server echoes when it has no reply, and stop() closes its sockets', async () => {
    const peer = start(tcpServer(ctx(), { port, then: 'hold' }));
    const c = learner.module.socket(AF_INET, SOCK_STREAM);
    await c.connect(['127.0.0.1', port]);
    await c.send(enc('echo me'));
    expect(text(await c.recv(1024))).toBe('echo me');
    expect(peers.space.sockets.size).toBe(2); // the listener and the held connection
    peer.stop();
    await peer.done;
    expect(peers.space.sockets.size).toBe(0);
    expect((await c.recv(1024)).length).toBe(0);
  });
});
