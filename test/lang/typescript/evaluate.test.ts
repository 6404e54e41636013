// The headless evaluator (what the course linter uses): the same reading of a line as the REPL,
// on real sockets over loopback.
import dgram from 'node:dgram';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEvaluator, type Evaluator } from '../../../src/lang/typescript/evaluate.ts';
import { KeyboardInterrupt, repr } from '../../../src/socket/index.ts';

let ev: Evaluator;
let printed: string;
let lines: string[];
const peers: dgram.Socket[] = [];

beforeEach(() => {
  printed = '';
  lines = [];
  ev = createEvaluator({ write: (t) => void (printed += t), readLine: async (p) => (printed += p, lines.shift()) });
});

afterEach(() => {
  ev.dispose();
  for (const p of peers.splice(0)) p.close();
});

async function value(code: string, signal?: AbortSignal): Promise<unknown> {
  const r = await ev.evaluate(code, signal ? { signal } : {});
  if (!r.ok) throw r.error;
  return r.value;
}

async function udpPeer(): Promise<dgram.Socket> {
  const peer = dgram.createSocket('udp4');
  peers.push(peer);
  await new Promise<void>((resolve) => peer.bind(0, '127.0.0.1', resolve));
  return peer;
}

describe('createEvaluator', () => {
  it('runs Python-style socket code with implicit await, and keeps variables across lines', async () => {
    const peer = await udpPeer();
    await value("s = socket.socket(AF_INET, SOCK_DGRAM)");
    await value("s.bind(('127.0.0.1', 0))");
    const port = (await value('s.getsockname()[1]')) as number;
    const waiting = value('data, addr = s.recvfrom(1024)');
    peer.send('hi', port, '127.0.0.1');
    expect(await waiting).toBeUndefined();
    expect(repr(await value('data'))).toBe("b'hi'");
    expect(await value('addr[1]')).toBe(peer.address().port);
  });

  it('keeps top-level const declarations visible to later lines, and lets them be typed again', async () => {
    await value('const x = 41');
    expect(await value('x + 1')).toBe(42);
    await value('const x = 1');
    expect(await value('x')).toBe(1);
  });

  it('accepts TypeScript', async () => {
    await value('const n: number = 5');
    await value('function twice(v: number): number { return 2 * v }');
    expect(await value('twice(n)')).toBe(10);
    expect(await value('enum Color { Red, Green }; Color.Green')).toBe(1);
    expect(await value('interface P { a: number }; const p: P = { a: 2 }; p.a')).toBe(2);
  });

  it('awaits a value that is a Promise, but leaves a learner Promise inside an expression alone', async () => {
    expect(await value('Promise.resolve(3)')).toBe(3);
    expect(await value('p = Promise.resolve(4); typeof p.then')).toBe('function');
  });

  it('reports errors as values, never by rejecting', async () => {
    const r = await ev.evaluate("socket.socket().connect(['127.0.0.1', 1])");
    expect(r.ok).toBe(false);
    expect((r as { error: Error }).error.name).toBe('ConnectionRefusedError');
    const syntax = await ev.evaluate('def f(x):');
    expect(syntax.ok).toBe(false);
    expect((syntax as { error: Error }).error).toBeInstanceOf(SyntaxError);
  });

  it('cancels a blocking recv when the signal aborts, and the next recv still gets the datagram', async () => {
    const peer = await udpPeer();
    await value("s = socket.socket(AF_INET, SOCK_DGRAM); s.bind(['127.0.0.1', 0])");
    const port = (await value('s.getsockname()[1]')) as number;
    const ctl = new AbortController();
    const waiting = ev.evaluate('s.recv(100)', { signal: ctl.signal });
    setTimeout(() => ctl.abort(new KeyboardInterrupt()), 50);
    const r = await waiting;
    expect(r.ok).toBe(false);
    expect((r as { error: unknown }).error).toBeInstanceOf(KeyboardInterrupt);
    peer.send('after', port, '127.0.0.1');
    expect(repr(await value('s.recv(100)'))).toBe("b'after'");
  });

  it('gives up on a line waiting for something that cannot be cancelled', async () => {
    const ctl = new AbortController();
    const waiting = ev.evaluate('new Promise(() => {})', { signal: ctl.signal });
    ctl.abort(new KeyboardInterrupt());
    const r = await waiting;
    expect((r as { error: unknown }).error).toBeInstanceOf(KeyboardInterrupt);
  });

  it('reads input() lines and prints with print()', async () => {
    lines.push('bob');
    await value("name = input('name? '); print('hi', name)");
    expect(printed).toBe('name? hi bob\n');
    const eof = await ev.evaluate("input('> ')");
    expect((eof as { error: Error }).error.name).toBe('EOFError');
  });

  it('reset() closes every socket and forgets variables; dispose() removes the globals', async () => {
    await value('s = socket.socket(); t = socket.socket(AF_INET, SOCK_DGRAM)');
    expect(ev.space.sockets.size).toBe(2);
    await value('print = 5');
    ev.reset();
    expect(ev.space.sockets.size).toBe(0);
    expect(await value('typeof s')).toBe('undefined');
    expect(await value('typeof print')).toBe('function');
    ev.dispose();
    expect('SOCK_STREAM' in globalThis).toBe(false);
    ev = createEvaluator({ write: () => {}, readLine: async () => undefined });
  });

  it('says when a line used Python tuples or imports', async () => {
    expect((await ev.evaluate("a = ('x', 1)")).notes).toEqual(['tuple']);
    expect((await ev.evaluate('p, q = [1, 2]')).notes).toEqual(['unpack']);
    expect((await ev.evaluate('import socket')).notes).toEqual(['import']);
  });
});

describe('sockets nothing reaches any more are closed when the line ends, as CPython refcounting does', () => {
  const open = () => [...ev.space.sockets].filter((s) => s.fileno() >= 0).length;

  it.each([
    ['s = socket.socket(); s = null', 0],
    ["for (let i = 0; i < 3; i++) { const t = socket.socket(); t.bind(['127.0.0.1', 0]) }", 0],
    ['function f() { try { socket.socket().getpeername() } catch {} }; f()', 0],
    // held by the learner's variables (also inside arrays, objects, Maps) or the line's value (`_`)
    ['keep = socket.socket(); arr = [socket.socket()]; m = new Map([[1, { x: socket.socket() }]])', 3],
    ['socket.socket()', 1],
    ['[a, b] = socket.socketpair()', 2], // b: a global of socklab's that the learner reassigned
    ["t = ['127.0.0.1', 1]; pair = socket.socketpair()[0].getsockname(); e = new OSError(1, 'x'); s = socket.socket(); s = null", 0],
    // could be held where no walk sees (a closure): left alone
    ['function make() { const s = socket.socket(); return () => s }; get = make()', 1],
    ['{ const s = socket.socket(); setTimeout(() => s.close(), 10_000) }', 1],
  ])('%s → %i open', async (line, n) => {
    const r = await ev.evaluate(line);
    expect(r.ok).toBe(true);
    expect(open()).toBe(n);
  });

  it.each([
    ['function make() { let held; return (x) => { held = x } }', 'keep = make()', 'keep(socket.socket())'],
    ['class Chat { #s; constructor() { this.#s = socket.socket() } }', 'chat = new Chat()', '1'],
  ])('never closes a socket a closure or a private field may hold: %s', async (...lines) => {
    for (const line of lines) expect((await ev.evaluate(line)).ok).toBe(true);
    expect(open()).toBe(1);
  });

  it("prints CPython's ResourceWarning only under -W (PYTHONWARNINGS)", async () => {
    const saved = process.env.PYTHONWARNINGS;
    try {
      delete process.env.PYTHONWARNINGS;
      await ev.evaluate('s = socket.socket(); s = null');
      expect(printed).toBe('');
      process.env.PYTHONWARNINGS = 'default';
      await ev.evaluate('s = socket.socket(); s = null');
      expect(printed).toMatch(/^<stdin>:1: ResourceWarning: unclosed <socket\.socket fd=\d+, family=2, type=1, proto=0, laddr=\('0\.0\.0\.0', 0\)>\nResourceWarning: Enable tracemalloc to get the object allocation traceback\n$/);
    } finally {
      if (saved === undefined) delete process.env.PYTHONWARNINGS;
      else process.env.PYTHONWARNINGS = saved;
    }
  });
});
