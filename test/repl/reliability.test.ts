// The session survives what a learner does (issue 8): loops that never wait, errors nobody
// catches, sabotaged built-ins. The REPL in-process on streams; the peers run in this process,
// like the lessons' other end.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { setColor } from '../../src/colors.ts';
import { setLang } from '../../src/i18n/index.ts';
import { startStreamRepl, type StreamRepl } from './harness.ts';

let repl: StreamRepl | undefined;
const cleanups: Array<() => void> = [];

afterEach(async () => {
  await repl?.close();
  repl = undefined;
  for (const c of cleanups.splice(0)) c();
  setLang('en');
});

setColor(false);

/** A TCP echo server in this process; resolves its port. */
async function echoServer(): Promise<number> {
  const server = net.createServer((c) => c.on('data', (d) => c.write(d)).on('error', () => {}));
  cleanups.push(() => server.close());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** One round trip through `port` from this process: proves its event loop gets turns. */
function roundTrip(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('ping'));
    cleanups.push(() => c.destroy());
    c.once('data', (d) => (c.end(), resolve(d.toString())));
    c.once('error', reject);
  });
}

describe('a loop that never waits', () => {
  it.each([
    ['while (true) {}', 'while (true) { n++ }'],
    ['for (;;) {}', 'for (;;) n++'],
    ['do {} while (true)', 'do { n++ } while (true)'],
  ])('%s leaves peers running and stops at Ctrl+C with KeyboardInterrupt, keeping every variable and socket', async (_name, loop) => {
    const port = await echoServer();
    repl = await startStreamRepl();
    await repl.run("keep = socket.socket(AF_INET, SOCK_DGRAM); keep.bind(['127.0.0.1', 0]); n = 0");
    repl.send(loop);
    expect(await roundTrip(port)).toBe('ping'); // a peer in this process is served while the line loops
    repl.session.interrupt();
    expect(await repl.waitFor(/[^]*?>>> /)).toBe('KeyboardInterrupt\n>>> ');
    expect(await repl.run('n > 0')).toBe('True\n');
    expect(await repl.run('keep.getsockname()[0]')).toBe("'127.0.0.1'\n");
  });

  it("a recv loop whose peer closed (each recv gives b'' at once) stops at Ctrl+C", async () => {
    repl = await startStreamRepl();
    await repl.run("srv = socket.socket(); srv.bind(['127.0.0.1', 0]); srv.listen(1)");
    const port = Number(await repl.run('srv.getsockname()[1]'));
    const peer = net.connect(port, '127.0.0.1');
    cleanups.push(() => peer.destroy());
    await repl.run('conn, addr = srv.accept()');
    peer.end();
    await repl.run('conn.recv(1024)'); // b'': the peer has closed
    const echo = await echoServer();
    repl.send('while (true) { data = conn.recv(1024); if (!data) break; }');
    expect(await roundTrip(echo)).toBe('ping');
    repl.session.interrupt();
    // The pitfalls' notes (b'' is truthy; the peer has closed) come first, said once each.
    const out = await repl.waitFor(/[^]*?>>> /);
    expect(out).toMatch(/\nKeyboardInterrupt\n>>> $/);
    expect(out).toContain('len(data) === 0');
    expect(await repl.run('repr(data)')).toBe(`"b''"\n`);
    expect(await repl.run('conn.fileno() > 0')).toBe('True\n');
  });

  it('a loop in an async function gives the event loop turns too', async () => {
    const port = await echoServer();
    repl = await startStreamRepl();
    await repl.run('async function spin() { while (true) { await null } }');
    repl.send('spin()');
    expect(await roundTrip(port)).toBe('ping');
    repl.session.interrupt();
    expect(await repl.waitFor(/[^]*?>>> /)).toBe('KeyboardInterrupt\n>>> ');
  });

  it('a loop that ends by itself gives its result as before', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('total = 0; for (let i = 0; i < 100000; i++) total += i; total')).toBe('4999950000\n');
    expect(await repl.run('function sum(n) { let t = 0; for (let i = 0; i < n; i++) t += i; return t } sum(1000)')).toBe('499500\n');
  });
});
