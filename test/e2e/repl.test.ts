// The real CLI (`node bin/socklab.js`, built by the globalSetup) on a real pseudo-terminal with
// TERM=dumb: keystrokes in, transcript out. Every socket is on 127.0.0.1; the test's own peer
// talks to the learner's socket.
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

async function start(args: string[] = [], env: Record<string, string | undefined> = {}): Promise<Pty> {
  const term = spawnSocklab(args, { env });
  terms.push(term);
  await term.waitFor('>>> ');
  return term;
}

/** Types a line and waits for the next prompt; returns what was printed in between. */
async function type(term: Pty, line: string): Promise<string> {
  term.write(`${line}\r`);
  const out = await term.waitFor(/[^]*?\n(?=>>> )/);
  await term.waitFor('>>> ');
  // The terminal echoes the line itself first.
  return out.slice(out.indexOf('\n') + 1);
}

async function udpPeer(): Promise<dgram.Socket> {
  const peer = dgram.createSocket('udp4');
  cleanups.push(() => peer.close());
  await new Promise<void>((resolve) => peer.bind(0, '127.0.0.1', resolve));
  return peer;
}

async function learnerUdp(term: Pty): Promise<number> {
  await type(term, 's = socket.socket(AF_INET, SOCK_DGRAM)');
  await type(term, "s.bind(['127.0.0.1', 0])");
  return Number(await type(term, 's.getsockname()[1]'));
}

describe('socklab REPL on a terminal', () => {
  it('shows the banner and evaluates what is typed', async () => {
    const term = await start();
    expect(term.output()).toMatch(/^socklab \d+\.\d+\.\d+ — Python's socket module/);
    expect(await type(term, '6 * 7')).toBe('42\n');
    expect(await type(term, "'hi'")).toBe("'hi'\n");
  });

  it('waits in recvfrom (implicit await) until a datagram comes, then the variables hold values', async () => {
    const term = await start();
    const port = await learnerUdp(term);
    const peer = await udpPeer();
    term.write('data, addr = s.recvfrom(1024)\r');
    await term.waitFor('data, addr = s.recvfrom(1024)\n');
    peer.send('hello', port, '127.0.0.1');
    await term.waitFor('>>> ');
    expect(await type(term, 'data.decode()')).toBe("'hello'\n");
    expect(await type(term, 'addr')).toBe(`('127.0.0.1', ${peer.address().port})\n`);
  });

  it('Ctrl+C interrupts a blocking recv; a datagram sent afterwards goes to the next recv', async () => {
    const term = await start();
    const port = await learnerUdp(term);
    term.write('s.recv(1024)\r');
    await term.waitFor('s.recv(1024)\n');
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n>>> ');
    const peer = await udpPeer();
    peer.send('second', port, '127.0.0.1');
    expect(await type(term, 's.recv(1024)')).toBe("b'second'\n");
  });

  it('completes with Tab', async () => {
    const term = await start();
    term.write('SOCK_DG\t');
    await term.waitFor('SOCK_DGRAM');
    term.write('\r');
    await term.waitFor('2\n>>> ');
    await type(term, 's = socket.socket()');
    term.write('s.setso\t');
    await term.waitFor('s.setsockopt');
    term.write('\x03');
    await term.waitFor('>>> ');
  });

  it('binds a Python tuple as an address and says how JavaScript writes it', async () => {
    const term = await start();
    await type(term, 's = socket.socket()');
    expect(await type(term, "s.bind(('127.0.0.1', 0))")).toMatch(/^Note: JavaScript has no tuples/);
    expect(await type(term, 's.getsockname()[0]')).toBe("'127.0.0.1'\n");
  });

  it('prints an error as Python does, with a hint in English or Chinese', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const en = await start();
    expect(await type(en, `socket.socket().connect(['127.0.0.1', ${port}])`)).toBe(
      'ConnectionRefusedError: [Errno 111] Connection refused\n' +
      'Hint: nobody is listening on that address and port. Start the server first (bind + listen), and check the port number.\n');

    const zh = await start(['--lang', 'zh']);
    expect(await type(zh, `socket.socket().connect(['127.0.0.1', ${port}])`)).toBe(
      'ConnectionRefusedError: [Errno 111] Connection refused\n' +
      '建议：这个地址和端口上没有程序在监听。请先启动服务器（bind + listen），并检查端口号。\n');
    const byLang = await start([], { LANG: 'zh_CN.UTF-8' });
    expect(byLang.output()).toMatch(/在 JavaScript\/TypeScript 里使用 Python 的 socket 模块/);
  });

  it('.sockets shows the kernel state of a listening socket, .reset closes it', async () => {
    const term = await start();
    await type(term, 'srv = socket.socket(); srv.bind(["127.0.0.1", 0]); srv.listen(5)');
    const port = Number(await type(term, 'srv.getsockname()[1]'));
    const client = net.connect(port, '127.0.0.1');
    client.on('error', () => {}); // reset when .reset closes the listening socket
    cleanups.push(() => client.destroy());
    await new Promise((resolve) => client.once('connect', resolve));
    const table = await type(term, '.sockets');
    expect(table).toMatch(new RegExp(`AF_INET/SOCK_STREAM\\s+127\\.0\\.0\\.1:${port}\\s+-\\s+listening\\s+LISTEN\\s+1\\b`));
    expect(await type(term, '.reset')).toBe('All sockets closed (1); variables cleared.\n');
    expect(await type(term, '.sockets')).toMatch(/^No open sockets/);
    expect(await type(term, 'typeof srv')).toBe("'undefined'\n");
  });

  it('reads input() from the terminal while a line runs', async () => {
    const term = await start();
    term.write("while (true) { const msg = input('A: >> '); if (msg === 'q') break; print('got', msg) }\r");
    await term.waitFor('A: >> ');
    term.write('hello\r');
    await term.waitFor('got hello\nA: >> ');
    term.write('q\r');
    await term.waitFor('>>> ');
  });

  it('Ctrl+C interrupts input(), Ctrl+D ends it with EOFError', async () => {
    const term = await start();
    term.write("x = input('name? ')\r");
    await term.waitFor('name? ');
    term.write('half a na\x03');
    await term.waitFor('KeyboardInterrupt\n>>> ');
    term.write("x = input('again? ')\r");
    await term.waitFor('again? ');
    term.write('\x04');
    await term.waitFor('EOFError: EOF when reading a line\n');
    await term.waitFor('>>> ');
    expect(await type(term, 'typeof x')).toBe("'undefined'\n");
  });

  it.each([
    ['.exit', '.exit\r'],
    ['Ctrl+D', '\x04'],
  ])('exits with %s, closing every socket', async (_name, keys) => {
    const term = await start();
    await type(term, 'srv = socket.socket(); srv.bind(["127.0.0.1", 0]); srv.listen(1)');
    const port = Number(await type(term, 'srv.getsockname()[1]'));
    term.write(keys);
    expect(await term.exited).toBe(0);
    // The port is free again: nothing is listening.
    const refused = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      c.once('connect', () => (c.destroy(), resolve(false)));
      c.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('keeps history in SOCKLAB_HISTORY, else under XDG_STATE_HOME', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'socklab-history-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'my-history');
    const first = await start([], { SOCKLAB_HISTORY: file });
    await type(first, '6 * 7');
    first.write('.exit\r');
    expect(await first.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^6 \* 7$/m);

    const state = join(dir, 'state');
    const second = await start([], { SOCKLAB_HISTORY: undefined, XDG_STATE_HOME: state });
    await type(second, "'hello history'");
    second.write('.exit\r');
    expect(await second.exited).toBe(0);
    expect(existsSync(join(state, 'socklab', 'history'))).toBe(true);
    expect(readFileSync(join(state, 'socklab', 'history'), 'utf8')).toMatch(/'hello history'/);
  });
});
