// Every kind of check against real sockets on 127.0.0.1 (port 0): what passes, and the one
// sentence a failing check says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { evaluateChecks, type CheckContext, type CheckOutcome } from '../../src/lessons/checks.ts';
import { SocketHistory } from '../../src/lessons/history.ts';
import type { Check } from '../../src/lessons/schema.ts';
import { createSocketModule, KeyboardInterrupt, type Socket, type SocketModule, type SocketSpace } from '../../src/socket/index.ts';

setLang('en');

const AF_INET = 2;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;

let learner: { module: SocketModule; space: SocketSpace };
let peer: { module: SocketModule; space: SocketSpace };
let history: SocketHistory;
let ports: Record<string, number>;
let since = 0;
let peerSince = 0;

beforeEach(() => {
  learner = createSocketModule();
  peer = createSocketModule();
  history = new SocketHistory(learner.space);
  ports = {};
  since = 0;
  peerSince = 0;
});

afterEach(() => {
  learner.space.closeAll();
  peer.space.closeAll();
  history.dispose();
});

function ctx(extra: Partial<CheckContext> = {}): CheckContext {
  return { space: learner.space, history, since, peerSpace: peer.space, peerSince, ports, ...extra };
}

function one(check: Check, extra: Partial<CheckContext> = {}): CheckOutcome {
  return evaluateChecks([check], ctx(extra))[0]!;
}

/** Marks "the step began now": event checks look only at what happens after. */
function beginStep(): void {
  since = learner.space.seq;
  peerSince = peer.space.seq;
}

const tcp = (m: SocketModule = learner.module) => m.socket(AF_INET, SOCK_STREAM);
const udp = (m: SocketModule = learner.module) => m.socket(AF_INET, SOCK_DGRAM);
const portOf = (s: Socket) => (s.getsockname() as readonly [string, number])[1];
const enc = (text: string) => new TextEncoder().encode(text);

/** A listening learner socket and a peer client connected to it, accepted by the learner. */
async function connection() {
  const srv = tcp();
  srv.bind(['127.0.0.1', 0]);
  srv.listen(5);
  ports.port = portOf(srv);
  const client = tcp(peer.module);
  await client.connect(['127.0.0.1', ports.port]);
  const [conn] = await srv.accept();
  return { srv, client, conn: conn as Socket };
}

/** Polls until `f` holds (kernel states change a moment after close, without events). */
async function eventually(f: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!f() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

describe('socket', () => {
  const check = (socket: Extract<Check, { kind: 'socket' }>['socket']): Check => ({ kind: 'socket', line: 1, socket });

  it('says there is no socket yet', () => {
    expect(one(check({ type: SOCK_DGRAM }))).toMatchObject({ ok: false, why: "you don't have an open socket yet" });
  });

  it('names the type that is wrong', () => {
    const s = tcp();
    expect(one(check({ type: SOCK_DGRAM })).why).toBe(`your socket (fd ${s.fileno()}) is TCP (SOCK_STREAM), but this step needs UDP (SOCK_DGRAM)`);
    udp();
    expect(one(check({ type: SOCK_DGRAM })).ok).toBe(true);
  });

  it('follows a TCP socket from created to bound to listening to closed', () => {
    const s = tcp();
    const fd = s.fileno();
    ports.port = 0;
    const listening = check({ type: SOCK_STREAM, state: ['listening'], laddr: ['any', 'port'] });
    expect(one(listening).why).toBe(`your TCP socket (fd ${fd}) is not bound or listening yet`);
    s.bind(['127.0.0.1', 0]);
    ports.port = portOf(s);
    expect(one(listening).why).toBe(`your TCP socket (fd ${fd}) is bound to 127.0.0.1:${ports.port} but not listening yet`);
    s.listen(5);
    expect(one(listening)).toMatchObject({ ok: true, want: `a TCP socket (listening, local address port ${ports.port})` });
    s.close();
    expect(one(listening).why).toBe("you don't have an open socket yet");
    expect(one(check({ type: SOCK_STREAM, state: ['closed'] })).ok).toBe(true);
  });

  it('matches local addresses: any host, INADDR_ANY, an exact IP, a port', () => {
    const s = udp();
    s.bind(['', 0]);
    ports.port = portOf(s);
    expect(one(check({ laddr: ['any', 'port'] })).ok).toBe(true);
    expect(one(check({ laddr: ['', 'port'] })).ok).toBe(true);
    expect(one(check({ laddr: ['127.0.0.1', 'port'] })).why).toBe(`your UDP socket (fd ${s.fileno()}) is bound to 0.0.0.0:${ports.port}, but this step needs 127.0.0.1:${ports.port} (a socket binds only once: close it and bind a new one)`);
    expect(one(check({ laddr: ['any', ports.port] })).ok).toBe(true);
  });

  it('a bind step that also takes a listening socket asks for bind', () => {
    const s = tcp();
    expect(one(check({ type: SOCK_STREAM, state: ['bound', 'listening'] })).why).toBe(`your TCP socket (fd ${s.fileno()}) is not bound to a port yet`);
    expect(one(check({ type: SOCK_STREAM, state: ['listening'] })).why).toBe(`your TCP socket (fd ${s.fileno()}) is not bound or listening yet`);
  });

  it("asks for accept()'s socket, not for connecting the listening one", () => {
    const srv = tcp();
    srv.bind(['127.0.0.1', 0]);
    srv.listen(5);
    expect(one(check({ type: SOCK_STREAM, state: ['connected'], accepted: true })).why).toBe("you don't have a connection socket from accept() yet");
  });

  it('matches remote addresses, accepted sockets, timeouts, blocking mode and SO_REUSEADDR', async () => {
    const { srv, conn } = await connection();
    expect(one(check({ accepted: true, state: ['connected'], raddr: ['127.0.0.1', 'any'] })).ok).toBe(true);
    expect(one(check({ accepted: false, state: ['listening'] })).ok).toBe(true);
    expect(one(check({ timeout: 0.5 })).why).toMatch(/has timeout None \(blocking\), but this step needs 0\.5$/);
    conn.settimeout(0.5);
    expect(one(check({ timeout: 0.5, accepted: true })).ok).toBe(true);
    expect(one(check({ blocking: false, accepted: false })).why).toBe(`your TCP socket (fd ${srv.fileno()}) is still in blocking mode`);
    srv.setblocking(false);
    expect(one(check({ blocking: false, accepted: false })).ok).toBe(true);
    expect(one(check({ reuseaddr: true, accepted: false })).why).toBe(`SO_REUSEADDR is not set on your TCP socket (fd ${srv.fileno()}) yet`);
    srv.setsockopt(1, 2, 1);
    expect(one(check({ reuseaddr: true, accepted: false })).ok).toBe(true);
  });
});

describe('kernel_state', () => {
  const kernel = (states: Extract<Check, { kind: 'kernel_state' }>['states'], socket = {}): Check => ({ kind: 'kernel_state', line: 1, states, socket });

  it('sees LISTEN, then ESTABLISHED on the accepted socket', async () => {
    const s = tcp();
    s.bind(['127.0.0.1', 0]);
    expect(one(kernel(['LISTEN'])).why).toBe(`the kernel shows your TCP socket (fd ${s.fileno()}) in state CLOSE, not LISTEN yet`);
    s.listen(5);
    ports.port = portOf(s);
    expect(one(kernel(['LISTEN'], { laddr: ['any', 'port'] })).ok).toBe(true);
    const client = tcp(peer.module);
    await client.connect(['127.0.0.1', ports.port]);
    expect(one(kernel(['ESTABLISHED'], { accepted: true })).why).toBe("you don't have a connection socket from accept() yet");
    await s.accept();
    expect(one(kernel(['ESTABLISHED'], { accepted: true })).ok).toBe(true);
  });

  it('sees CLOSE_WAIT when the other side closed first', async () => {
    const { client, conn } = await connection();
    client.close();
    const check = kernel(['CLOSE_WAIT'], { accepted: true });
    await eventually(() => one(check).ok);
    expect(one(check).ok).toBe(true);
    conn.close();
  });

  it('finds FIN_WAIT2 / TIME_WAIT of a socket that is already closed, by its addresses', async () => {
    const { client, conn } = await connection();
    conn.close(); // the learner's side closes first
    const finWait2 = kernel(['FIN_WAIT2'], { accepted: true, state: ['closed'] });
    await eventually(() => one(finWait2).ok);
    expect(one(finWait2).ok).toBe(true);
    client.close();
    const timeWait = kernel(['TIME_WAIT'], { accepted: true, state: ['closed'] });
    await eventually(() => one(timeWait).ok);
    expect(one(timeWait)).toMatchObject({ ok: true });
  });

  it('says when the kernel has forgotten a closed socket', () => {
    const s = udp();
    s.close();
    expect(one(kernel(['TIME_WAIT'], { state: ['closed'] })).why).toBe('the kernel has no trace of your UDP socket (closed) any more, so it is not in TIME_WAIT');
  });
});

describe('data checks', () => {
  it('learner_received and peer_received: {port} in a text is the port the lesson chose', async () => {
    const { client, conn } = await connection();
    beginStep();
    const text: Check = { kind: 'learner_received', line: 1, text: 'from {port}' };
    await client.sendall(enc('from 1'));
    await conn.recv(1024);
    expect(one(text).why).toBe(`you received b'from 1' but not 'from ${ports.port}' yet`);
    await client.sendall(enc(`from ${ports.port}`));
    await conn.recv(1024);
    expect(one(text).ok).toBe(true);
    await conn.send(enc(`at ${ports.port}`));
    await client.recv(1024);
    expect(one({ kind: 'peer_received', line: 1, text: 'at {port}' }).ok).toBe(true);
    expect(one({ kind: 'learner_received', line: 1, text: "from ('127.0.0.1', {port})" }).why).toBe(`you received b'from ${ports.port}' but not "from ('127.0.0.1', ${ports.port})" yet`);
  });

  it('learner_received: text, exact, calls and empty, only since the step began', async () => {
    const { client, conn } = await connection();
    await client.sendall(enc('early'));
    await conn.recv(1024);
    beginStep();
    const text: Check = { kind: 'learner_received', line: 1, text: 'hello server' };
    expect(one(text).why).toBe("you haven't received anything in this step yet");
    await client.sendall(enc('hello '));
    await conn.recv(6);
    expect(one(text).why).toBe("you received b'hello ' but not 'hello server' yet");
    await client.sendall(enc('server'));
    await conn.recv(1024);
    expect(one(text).ok).toBe(true);
    expect(one({ kind: 'learner_received', line: 1, exact: 'server' }).ok).toBe(true);
    expect(one({ kind: 'learner_received', line: 1, exact: 'hello server' }).why).toBe("no receive call returned exactly b'hello server'; the last one returned b'server'");
    expect(one({ kind: 'learner_received', line: 1, calls: 2 }).ok).toBe(true);
    expect(one({ kind: 'learner_received', line: 1, calls: 3 }).why).toBe('you received data 2 times in this step; this step needs 3');
    const empty: Check = { kind: 'learner_received', line: 1, empty: true };
    expect(one(empty).why).toBe("no recv has returned b'' in this step yet");
    client.close();
    expect((await conn.recv(1024)).length).toBe(0);
    expect(one(empty).ok).toBe(true);
  });

  it('learner_sent and peer_received', async () => {
    const { client, conn } = await connection();
    beginStep();
    expect(one({ kind: 'peer_received', line: 1, text: 'hello client' }).why).toBe("the lesson's side hasn't received anything from you in this step yet");
    await conn.send(enc('hello client'));
    expect(one({ kind: 'learner_sent', line: 1, text: 'hello' }).ok).toBe(true);
    expect(one({ kind: 'learner_sent', line: 1, exact: 'hello client' }).ok).toBe(true);
    await client.recv(1024);
    expect(one({ kind: 'peer_received', line: 1, text: 'hello client' }).ok).toBe(true);
    expect(one({ kind: 'peer_received', line: 1, calls: 1 }).ok).toBe(true);
  });

  it('peer_received counts the connections that got data, with the text when given', async () => {
    const a = await connection();
    const b = await connection();
    beginStep();
    const all = { kind: 'peer_received', line: 1, text: 'HELLO', clients: 2 } as const;
    expect(one(all).why).toBe("the lesson's side hasn't received anything from you in this step yet");
    await a.conn.send(enc('HELLO 1'));
    await a.client.recv(1024);
    await a.conn.send(enc('HELLO again'));
    await a.client.recv(1024);
    // Two receive calls, but on one connection only.
    expect(one({ kind: 'peer_received', line: 1, calls: 2 }).ok).toBe(true);
    expect(one(all).why).toBe("only 1 of the lesson's connections received data from you in this step; this step needs 2");
    await b.conn.send(enc('bye'));
    await b.client.recv(1024);
    expect(one({ kind: 'peer_received', line: 1, clients: 2 }).ok).toBe(true);
    expect(one(all).ok).toBe(false);
    await b.conn.send(enc('HELLO 2'));
    await b.client.recv(1024);
    expect(one(all)).toMatchObject({ ok: true, want: "the lesson's side receives 'HELLO', 2 of the lesson's connections receive data from you" });
  });

  it('decodes UTF-8 across receive calls', async () => {
    const { client, conn } = await connection();
    const data = enc('你好');
    await client.sendall(data.subarray(0, 2));
    await conn.recv(1024);
    await client.sendall(data.subarray(2));
    await conn.recv(1024);
    expect(one({ kind: 'learner_received', line: 1, text: '你好' }).ok).toBe(true);
  });
});

describe('caught, all_closed, socket_count, variable', () => {
  it('caught: the class or a subclass, raised in this step', async () => {
    const s = tcp();
    const port = (() => {
      const probe = tcp(peer.module);
      probe.bind(['127.0.0.1', 0]);
      const p = portOf(probe);
      probe.close();
      return p;
    })();
    const refused: Check = { kind: 'caught', line: 1, error: 'ConnectionRefusedError' };
    expect(one(refused).why).toBe('no socket call has raised ConnectionRefusedError in this step yet');
    await expect(s.connect(['127.0.0.1', port])).rejects.toThrow('Connection refused');
    expect(one(refused).ok).toBe(true);
    expect(one({ kind: 'caught', line: 1, error: 'OSError' }).ok).toBe(true);
    expect(one({ kind: 'caught', line: 1, error: 'TimeoutError' }).why).toBe('the last error was ConnectionRefusedError: [Errno 111] Connection refused, not TimeoutError');
    learner.space.record({ kind: 'error', sock: s, call: 'recv', error: new KeyboardInterrupt() }); // Ctrl+C: no message
    expect(one({ kind: 'caught', line: 1, error: 'TimeoutError' }).why).toBe('the last error was KeyboardInterrupt, not TimeoutError');
    beginStep();
    expect(one(refused).ok).toBe(false);
  });

  it('caught with an errno: only that errno counts', () => {
    const s = tcp();
    s.close();
    expect(() => s.bind(['127.0.0.1', 0])).toThrow('Bad file descriptor');
    const inUse: Check = { kind: 'caught', line: 1, error: 'OSError', errno: 98 };
    expect(one(inUse).why).toBe('the last error was OSError: [Errno 9] Bad file descriptor, not OSError [Errno 98]');
    const holder = tcp();
    holder.bind(['127.0.0.1', 0]);
    holder.listen(1);
    expect(() => tcp().bind(['127.0.0.1', portOf(holder)])).toThrow('Address already in use');
    expect(one(inUse).ok).toBe(true);
  });

  it('all_closed needs a socket made and none open', () => {
    const check: Check = { kind: 'all_closed', line: 1 };
    expect(one(check).why).toBe("you haven't created a socket in this lesson yet");
    const a = udp();
    const b = tcp();
    expect(one(check).why).toBe(`2 of your sockets are still open: fd ${a.fileno()} (UDP 0.0.0.0:0), fd ${b.fileno()} (TCP 0.0.0.0:0)` +
      ` (one that no variable holds any more can be closed by its number: socket.socket(fileno=${a.fileno()}).close())`);
    a.close();
    b.close();
    expect(one(check).ok).toBe(true);
  });

  it('socket_count counts open sockets that match', async () => {
    await connection();
    await connection();
    expect(one({ kind: 'socket_count', line: 1, count: 2, socket: { accepted: true } }).ok).toBe(true);
    expect(one({ kind: 'socket_count', line: 1, at_least: 3, socket: { accepted: true } }).why).toBe('you have 2 open sockets like that; this step needs 3');
  });

  it('variable looks the name up through the host', () => {
    const vars: Record<string, unknown> = { data: new TextEncoder().encode('x'), text: 'x' };
    const variable = (name: string) => (name in vars ? { defined: true, value: vars[name] } : { defined: false });
    expect(one({ kind: 'variable', line: 1, name: 'data' }, { variable }).ok).toBe(true);
    expect(one({ kind: 'variable', line: 1, name: 'text', type: 'str' }, { variable }).ok).toBe(true);
    expect(one({ kind: 'variable', line: 1, name: 'text', type: 'bytes' }, { variable }).why).toBe('text is a str, but this step needs a bytes');
    expect(one({ kind: 'variable', line: 1, name: 'addr' }, { variable }).why).toBe('there is no variable named addr yet');
    expect(one({ kind: 'variable', line: 1, name: 'addr' }).why).toBe("socklab can't see your variables here");
  });
});

describe('Chinese', () => {
  it('says what is missing in Chinese', () => {
    setLang('zh');
    try {
      const s = tcp();
      s.bind(['127.0.0.1', 0]);
      const out = one({ kind: 'socket', line: 1, socket: { state: ['listening'] } });
      expect(out.why).toBe(`你的 TCP 套接字（fd ${s.fileno()}）已绑定到 127.0.0.1:${portOf(s)}，但还没有开始监听`);
    } finally {
      setLang('en');
    }
  });
});
