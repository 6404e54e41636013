// Python mode of the REPL on a real pseudo-terminal (TERM=dumb): `socklab --python`, `.python` /
// `.ts`, CPython's continuation and reports (compared with `python3 -i` on the same keys), pasted
// tutorial blocks (the QQ chat user A, the TCP hello server and client) talking to the test's own
// peers on 127.0.0.1, Ctrl+C in a recv, completion, input() inside a paste, the note on Python
// typed in TypeScript mode and `.translate`.
import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnPty, spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

const PY = 'py>>> ';

async function startPython(args: string[] = []): Promise<Pty> {
  const term = spawnSocklab(['--python', ...args]);
  terms.push(term);
  await term.waitFor(PY);
  return term;
}

/** Types a line and returns what it printed before the next prompt `prompt` (the echo removed). */
async function type(term: Pty, line: string, prompt = PY): Promise<string> {
  term.write(`${line}\r`);
  const escaped = prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = await term.waitFor(new RegExp(`[^]*?\\n(?=${escaped}|\\.\\.\\. )`));
  await term.waitFor(new RegExp(`${escaped}|\\.\\.\\. `));
  return out.slice(out.indexOf('\n') + 1);
}

/** Types `lines` into socklab --python and python3 -i: each line prints the same (after `mask`). */
async function sameAsPython3(lines: string[], mask = (text: string) => text): Promise<Pty> {
  const term = await startPython();
  const python = spawnPty('python3', ['-q', '-i']);
  terms.push(python);
  await python.waitFor('>>> ');
  for (const line of lines) {
    const ours = await type(term, line);
    const theirs = await type(python, line, '>>> ');
    expect(mask(ours), line).toBe(mask(theirs));
  }
  return term;
}

/** A port nobody uses right now (bound, read, released). */
async function freeUdpPort(): Promise<number> {
  const probe = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => probe.bind(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function udpPeer(): Promise<dgram.Socket> {
  const peer = dgram.createSocket('udp4');
  cleanups.push(() => peer.close());
  await new Promise<void>((resolve) => peer.bind(0, '127.0.0.1', resolve));
  return peer;
}

/** Pastes `lines` as a terminal does: all at once, each ended by Enter. */
function paste(term: Pty, lines: string[]): void {
  term.write(lines.map((l) => `${l}\r`).join(''));
}

describe('Python mode', () => {
  it('reads lines as python3 -i does: values, None, continuation, NameError with Did you mean, tracebacks', async () => {
    const lines = ['x = 41 + 1', 'x', 'None', "'it' + \"'s\"", 'pritn(x)', '1/0', 'def f():', '    return undefined_name', '', 'f()', '(1,', '2)', 'if x:', 'foo', 'for i in range(2):', '    pass', 'print(i)'];
    await sameAsPython3(lines);
  }, 60_000);

  it('keeps the last shown value in _ as python3 -i does (None skipped, shadowed by _ = 5, back after del _)', async () => {
    const lines = ['_', '1 + 1', '_', 'None', '_', '_ * 3', 'print(_)', '_ = 5', '7', '_', 'del _', '8', '_', 'x = 9', '_'];
    await sameAsPython3(lines);
  }, 60_000);

  it("prints a thread's uncaught exception as python3 -i does: threading.py's frames, <stdin> frames without source", async () => {
    const lines = ['import threading', 'def f(): 1/0', '', 't = threading.Thread(target=f); t.start(); t.join()', "t = threading.Thread(target=lambda: [][1], name='w'); t.start(); t.join()"];
    // Where CPython's library is, and its line numbers, are the installation's (test/python/README.md).
    const term = await sameAsPython3(lines, (text) => text.replace(/File "\/[^"]*\/(threading\.py)", line \d+/g, 'File "LIB/$1", line N'));
    expect(term.output()).toContain('in _bootstrap_inner');
  }, 60_000);

  it('tells a learner in Chinese what is true in Python mode: import socket first (nothing is preloaded), .sockets in Python', async () => {
    const term = spawnSocklab(['--python'], { env: { LANG: 'zh_CN.UTF-8' } });
    terms.push(term);
    await term.waitFor(PY);
    const banner = term.output();
    expect(banner).toContain('import socket');
    expect(banner).not.toContain('已预先载入'); // the TypeScript banner's "preloaded"
    expect(await type(term, 'socket')).toMatch(/NameError: name 'socket' is not defined/);
    expect(await type(term, '.sockets')).toBe('没有打开的套接字。创建一个：先 import socket，再 s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n');
    // A typo of a module socklab has is named, not sent to python3; CPython's error stays verbatim.
    const typo = await type(term, 'import sockt');
    expect(typo).toContain("没有名为 'sockt' 的模块：是不是想写 socket？（import socket）");
    expect(typo).toMatch(/ModuleNotFoundError: No module named 'sockt'\n$/);
    expect(typo).not.toContain('python3');
    expect(await type(term, '.ts', '>>> ')).toMatch(/TypeScript/);
    expect(await type(term, '.sockets', '>>> ')).toBe('没有打开的套接字。创建一个：s = socket.socket(AF_INET, SOCK_STREAM)\n');
  }, 30_000);

  it('switches with .ts and .python; the prompt shows the language; sockets are shared', async () => {
    const term = await startPython();
    expect(await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)')).toMatch(/NameError: name 'socket' is not defined/);
    expect(await type(term, 'import socket')).toBe('');
    expect(await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)')).toBe('');
    expect(await type(term, ".ts", '>>> ')).toMatch(/TypeScript mode/);
    // TypeScript sees the Python session's socket in the shared socket table.
    expect(await type(term, '.sockets', '>>> ')).toMatch(/AF_INET\/SOCK_DGRAM/);
    expect(await type(term, 'const n: number = 2', '>>> ')).toBe('');
    expect(await type(term, '.python')).toMatch(/Python mode/);
    expect(await type(term, '.reset')).toMatch(/\(1\)/);
    expect(await type(term, 's')).toMatch(/NameError: name 's' is not defined/);
  }, 30_000);

  it('runs the QQ chat user A block pasted from the tutorial, input() taking the typed reply, until quit', async () => {
    const port = await freeUdpPort();
    const term = await startPython();
    const b = await udpPeer();
    const received: string[] = [];
    b.on('message', (m) => received.push(m.toString('utf8')));
    paste(term, [
      'import socket',
      'udpserver = socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM)',
      `udpserver.bind(('127.0.0.1', ${port}))`,
      "print('QQ用户A上线.........')",
      'while True:',
      '    recv_data, address = udpserver.recvfrom(1024)',
      '    print("B:>> ", recv_data.decode(\'utf-8\'))',
      "    if recv_data == b'quit':",
      '        print("聊天结束.......")',
      '        break',
      "    send_data = input('A: >> ').encode('utf-8')",
      '    if not send_data:',
      '        continue',
      '    udpserver.sendto(send_data, address)',
      'udpserver.close()',
    ]);
    await term.waitFor('\nQQ用户A上线'); // the output, not the echo of the pasted print()
    b.send('你好', port, '127.0.0.1');
    await term.waitFor('B:>>  你好');
    await term.waitFor('A: >> ');
    term.write('你也好啊\r');
    const deadline = Date.now() + 5_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual(['你也好啊']);
    b.send('quit', port, '127.0.0.1');
    await term.waitFor('聊天结束.......');
    await term.waitFor(PY);
    // The pasted line after the block ran too: the socket is closed.
    expect(await type(term, 'udpserver')).toMatch(/<socket\.socket \[closed\] fd=-1/);
  }, 30_000);

  it('runs the TCP hello server and client pasted as Python, in two REPLs', async () => {
    const server = await startPython();
    const client = await startPython();
    expect(await type(server, 'import socket')).toBe('');
    expect(await type(server, "srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)")).toBe('');
    expect(await type(server, "srv.bind(('127.0.0.1', 0))")).toBe('');
    const port = Number(/\d+/.exec(await type(server, 'srv.getsockname()[1]'))![0]);
    paste(server, [
      'srv.listen(1)',
      'conn, addr = srv.accept()',
      'data = conn.recv(1024)',
      "print('server got', data.decode())",
      "conn.sendall(b'hello client')",
      'conn.close()',
      'srv.close()',
    ]);
    await server.waitFor(`${PY}conn, addr = srv.accept()\n`); // listen() has run; accept() waits
    paste(client, [
      'import socket',
      `c = socket.create_connection(('127.0.0.1', ${port}))`,
      "c.sendall(b'hello server')",
      'c.recv(1024)',
      'c.close()',
    ]);
    await server.waitFor('server got hello server');
    await client.waitFor("b'hello client'");
    await client.waitFor(`${PY}c.close()`);
    await server.waitFor(`${PY}srv.close()\n${PY}`);
    expect(await type(server, 'srv.fileno()')).toBe('-1\n');
  }, 30_000);

  it('Ctrl+C cancels a recv (KeyboardInterrupt as CPython prints it) and keeps the socket', async () => {
    const term = await startPython();
    const peer = await udpPeer();
    await type(term, 'import socket');
    await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)');
    await type(term, "s.bind(('127.0.0.1', 0))");
    const port = Number(/\d+/.exec(await type(term, 's.getsockname()[1]'))![0]);
    term.write('s.recv(1024)\r');
    await new Promise((r) => setTimeout(r, 300));
    term.write('\x03');
    await term.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n');
    await term.waitFor(PY);
    // The cancelled recv did not swallow the next datagram.
    peer.send('after', port, '127.0.0.1');
    expect(await type(term, 's.recv(1024)')).toBe("b'after'\n");
  }, 30_000);

  it('Ctrl+C in a pasted loop drops the rest of the paste, as the terminal driver does for python3 (s.close() after it does not run)', async () => {
    const term = await startPython();
    await type(term, 'import socket');
    await type(term, 's = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)');
    await type(term, "s.bind(('127.0.0.1', 0))");
    paste(term, ['for _ in range(3):', '    data, addr = s.recvfrom(1024)', 's.close()', "print('after')"]);
    await term.waitFor('s.close()');
    await new Promise((r) => setTimeout(r, 300)); // the loop waits in recvfrom
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n');
    await term.waitFor(PY);
    expect(await type(term, 's.fileno() > 0')).toBe('True\n');
    expect(term.output()).not.toMatch(/^after$/m);
  }, 30_000);

  it('Ctrl+C breaks a while True: pass', async () => {
    const term = await startPython();
    term.write('while True: pass\r\r');
    await new Promise((r) => setTimeout(r, 300));
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n');
    expect(await type(term, '1 + 1')).toBe('2\n');
  }, 30_000);

  it("Ctrl+C runs the learner's signal.signal(SIGINT, handler) as python3 does: a wait goes on after it, its exception is raised there or printed at the prompt", async () => {
    const term = await startPython();
    await type(term, 'import signal, time');
    await type(term, 'calls = []');
    term.write("def h(signum, frame):\r    calls.append(signum)\r    print('handler', signum)\r    if len(calls) >= 2:\r        raise RuntimeError('enough')\r\r");
    await term.waitFor(PY);
    expect(await type(term, 'signal.signal(signal.SIGINT, h)')).toBe('<built-in function default_int_handler>\n');
    term.write('time.sleep(30)\r');
    await new Promise((r) => setTimeout(r, 300)); // the sleep waits
    term.write('\x03');
    await term.waitFor('handler 2\n');
    // PEP 475: the handler returned, so the sleep goes on; the next one raises in it.
    term.write('\x03');
    await term.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n  File "<stdin>", line 5, in h\nRuntimeError: enough\n');
    await term.waitFor(PY);
    // At the prompt: raised there, the line typed so far is dropped (as KeyboardInterrupt drops it).
    term.write('xyz\x03');
    await term.waitFor('File "<stdin>", line 5, in h\nRuntimeError: enough\n');
    await term.waitFor(PY);
    expect(await type(term, 'len(calls)')).toBe('3\n');
    // Returning, it leaves the line being typed as it was.
    await type(term, 'calls.clear()');
    term.write('abc\x03');
    await term.waitFor('handler 2\n');
    expect(await type(term, '1')).toMatch(/NameError: name 'abc1' is not defined/);
    // SIG_IGN: nothing happens; SIG_DFL would end python3, socklab raises KeyboardInterrupt.
    await type(term, 'signal.signal(signal.SIGINT, signal.SIG_IGN)');
    term.write('\x03');
    expect(await type(term, 'len(calls)')).toBe('1\n');
    await type(term, 'signal.signal(signal.SIGINT, signal.SIG_DFL)');
    term.write('time.sleep(30)\r');
    await new Promise((r) => setTimeout(r, 300));
    term.write('\x03');
    await term.waitFor('python3 would end here, killed by Ctrl+C');
    await term.waitFor('KeyboardInterrupt\n');
    expect(await type(term, "print('alive')")).toBe('alive\n');
  }, 60_000);

  it('drops an unfinished entry on Ctrl+C or Ctrl+D at ... (the session goes on)', async () => {
    const term = await startPython();
    term.write('if True:\r');
    await term.waitFor('... ');
    term.write('\x03');
    await term.waitFor(`KeyboardInterrupt\n${PY}`);
    term.write('for i in range(3):\r');
    await term.waitFor('... ');
    term.write('\x04');
    await term.waitFor(PY);
    expect(await type(term, 'i')).toMatch(/NameError: name 'i' is not defined/);
  }, 30_000);

  it('completes Python attributes and names with Tab', async () => {
    const term = await startPython();
    await type(term, 'import socket');
    await type(term, 's = socket.socket()');
    term.write('s.rec\t');
    await term.waitFor('s.recv');
    term.write('\t');
    await term.waitFor(/recv {2}recv_into {2}recvfrom {2}recvfrom_into/);
    term.write('\x03');
    await term.waitFor(PY);
    term.write('socket.SOCK_DG\t');
    await term.waitFor('socket.SOCK_DGRAM');
    term.write('\r');
    await term.waitFor('<SocketKind.SOCK_DGRAM: 2>\n');
  }, 30_000);

  it('gives input() in a pasted block the next typed line, not the next pasted one', async () => {
    const term = await startPython();
    paste(term, ['name = input("name? ")', 'print("hello", name)']);
    await term.waitFor('name? ');
    term.write('ann\r');
    await term.waitFor('hello ann\n');
  }, 30_000);

  it("keeps output that did not end its line in front of the next prompt, as python3 -i shows `abc>>> ` (xterm: readline redraws the line)", async () => {
    const term = spawnSocklab(['--python'], { env: { TERM: 'xterm' } });
    terms.push(term);
    await term.waitFor(PY);
    term.write("print('abc', end='')\r");
    await term.waitFor(`abc${PY}`);
    term.write("print('x', end=''); name = input('y: ')\r");
    await term.waitFor('xy: ');
    term.write('bob\r');
    term.write('print(name)\r');
    await term.waitFor('bob\n');
    // The prompt after a line that ended its output is the plain one again.
    term.write('print(1)\r');
    const after = await term.waitFor(/1\n[^]*?py>>> /);
    expect(after).not.toContain('abc');
  }, 30_000);
});

describe('.translate', () => {
  it('shows what socklab translate prints for the same Python text', async () => {
    const source = "data = b'hi'\nif not data:\n    print('empty')\n";
    const dir = mkdtempSync(join(tmpdir(), 'socklab-translate-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'x.py'), source.split('\n').slice(1).join('\n'));
    const cli = execFileSync(process.execPath, ['bin/socklab.js', 'translate', join(dir, 'x.py')], { encoding: 'utf8' });
    const term = await startPython();
    await type(term, "data = b'hi'");
    term.write("if not data:\r    print('empty')\r\r");
    await term.waitFor(`\n${PY}`);
    const shown = await type(term, '.translate');
    // The same code; only the first comment names the file (<stdin> here).
    expect(shown.split('\n').slice(1)).toEqual(cli.split('\n').slice(1));
    expect(shown).toMatch(/^\/\/ <stdin>, translated by socklab/);
  }, 30_000);
});

describe('Python in TypeScript mode', () => {
  it('runs a pasted Python block with a one-time note naming .python, and .translate shows its TypeScript', async () => {
    const term = spawnSocklab([]);
    terms.push(term);
    await term.waitFor('>>> ');
    expect(await type(term, 'let n = 0', '>>> ')).toBe('');
    paste(term, ['while True:', '    n += 1', '    if not n < 3:', '        break', '']);
    await term.waitFor('Type .python');
    await term.waitFor('>>> ');
    // Typed, not pasted: a line that follows the paste within PASTE_GAP_MS (src/repl/repl.ts, 30 ms) is taken for its rest
    // (no bracketed paste on this terminal), as no one types that fast.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await type(term, 'n', '>>> ')).toBe('3\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Valid in both languages: TypeScript, as before (no note again either way).
    expect(await type(term, '[1, 2].length', '>>> ')).toBe('2\n');
    const translated = await type(term, '.translate', '>>> ');
    expect(translated).toMatch(/while \(true\) \{|while \(py\.truthy\(true\)\)|while \(/);
    expect(translated).toMatch(/py\.truthy|py\.not|!/);
  }, 30_000);

  it('runs the rest of a pasted program as Python once a block of it was Python: a class, then its use', async () => {
    const term = spawnSocklab([]);
    terms.push(term);
    await term.waitFor('>>> ');
    // `g = Greeter('QQ')` and `x = add(1, 2)` are JavaScript too: read as such, the first threw
    // "Class constructor Greeter cannot be invoked without 'new'" and x was a coroutine.
    paste(term, [
      'class Greeter:', '    def __init__(self, name):', '        self.name = name', '    def hello(self):', "        return 'hello ' + self.name", '',
      "g = Greeter('QQ')", 'print(g.hello())', 'def add(a, b):', '    return a + b', '', 'x = add(1, 2)', "print(x, add('a', 'b'))",
    ]);
    await term.waitFor('\n3 ab\n');
    await term.waitFor('>>> ');
    expect(term.output()).toContain('\nhello QQ\n');
    expect(term.output()).not.toMatch(/Class constructor|coroutine|TypeError|NameError/);
    // A line typed on its own afterwards is TypeScript again. Typed, not pasted: later than
    // PASTE_GAP_MS after the paste's last line was read (a line sooner is guessed to be the paste's).
    await new Promise((r) => setTimeout(r, 150));
    expect(await type(term, '[1, 2].length', '>>> ')).toBe('2\n');
  }, 30_000);
});
