// The REPL in-process on streams: display, hints, notes, queued lines, input(), Ctrl+C,
// completion, .sockets, .reset, exit.
import dgram from 'node:dgram';
import net from 'node:net';
import { rmSync } from 'node:fs';
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

async function udpPeer(): Promise<dgram.Socket> {
  const peer = dgram.createSocket('udp4');
  cleanups.push(() => peer.close());
  await new Promise<void>((resolve) => peer.bind(0, '127.0.0.1', resolve));
  return peer;
}

async function boundUdp(r: StreamRepl): Promise<number> {
  await r.run('s = socket.socket(AF_INET, SOCK_DGRAM)');
  await r.run("s.bind(['127.0.0.1', 0])");
  return Number(await r.run('s.getsockname()[1]'));
}

describe('display', () => {
  it.each([
    ['undefined', ''],
    ['None', ''],
    ['1 + 1', '2\n'],
    ["'it\\'s'", '"it\'s"\n'],
    ['True', 'True\n'],
    ['null', 'None\n'],
    ["b('hi')", "b'hi'\n"],
    ['[1, "a", None]', "[1, 'a', None]\n"],
    ['x = 5', ''],
    ["socket.socket(AF_INET, SOCK_DGRAM)", /^<socket\.socket fd=\d+, family=2, type=2, proto=0, laddr=\('0\.0\.0\.0', 0\)>\n$/],
  ])('%s', async (line, expected) => {
    repl = await startStreamRepl();
    const out = await repl.run(line);
    if (typeof expected === 'string') expect(out).toBe(expected);
    else expect(out).toMatch(expected);
  });

  it('prints an error as Python\'s last traceback line and one hint, in the chosen language', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("socket.socket().connect(['127.0.0.1', 1])")).toBe(
      'ConnectionRefusedError: [Errno 111] Connection refused\n' +
      'Hint: nobody is listening on that address and port. Start the server first (bind + listen), and check the port number.\n');
    await repl.close();
    repl = await startStreamRepl({ lang: 'zh' });
    expect(await repl.run("s = socket.socket(AF_INET, SOCK_DGRAM); s.sendto('x', ['127.0.0.1', 9])")).toBe(
      "TypeError: a bytes-like object is required, not 'str'\n" +
      "建议：套接字发送的是字节（bytes），不是字符串。写成 b'hello' 或 'hello'.encode()（收到的数据用 .decode() 转成字符串）。\n");
  });

  it('fits the Errno 98 hint to the socket: a Unix path left behind, or a port busy despite SO_REUSEADDR', async () => {
    repl = await startStreamRepl();
    await repl.run("path = `/tmp/socklab-hint-${os.getpid()}.sock`; if (os.path.exists(path)) os.unlink(path)");
    cleanups.push(() => rmSync(`/tmp/socklab-hint-${process.pid}.sock`, { force: true }));
    await repl.run('u = socket.socket(AF_UNIX, SOCK_STREAM); u.bind(path); u.close()');
    expect(await repl.run('u = socket.socket(AF_UNIX, SOCK_STREAM); u.bind(path)')).toMatch(
      /^OSError: \[Errno 98\] Address already in use\nHint: the path is taken by a file.*os\.unlink\(path\)/);
    await repl.run("srv = socket.socket(); srv.bind(['127.0.0.1', 0]); srv.listen(1)");
    await repl.run('s2 = socket.socket(); s2.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)');
    expect(await repl.run('s2.bind(srv.getsockname())')).toMatch(/^OSError: \[Errno 98\] Address already in use\nHint: SO_REUSEADDR is set on this socket, so either another socket holds the port right now/);
    expect(await repl.run('socket.socket().bind(srv.getsockname())')).toMatch(/\nHint: another socket holds this port, or .*TIME_WAIT/);
    expect(await repl.run("u = socket.socket(AF_UNIX, SOCK_STREAM); u.connect(['127.0.0.1', 1])")).toMatch(/\nHint: an AF_UNIX socket's address is a path string/);
    await repl.run('u.close(); srv.close(); s2.close(); os.unlink(path)');
  });

  it('binds Python keyword arguments in socket API calls as CPython does', async () => {
    repl = await startStreamRepl();
    await repl.run("srv = socket.create_server(('127.0.0.1', 0), backlog=5)");
    expect(await repl.run('srv.gettimeout()')).toBe('');
    await repl.run('c = socket.create_connection(srv.getsockname(), timeout=1.5)');
    expect(await repl.run('c.gettimeout()')).toBe('1.5\n');
    expect(await repl.run('timeout === TimeoutError')).toBe('True\n'); // the global was not assigned
    expect(await repl.run('u = socket.socket(type=SOCK_DGRAM); u.type')).toBe('2\n');
    expect(await repl.run("b'\\xc4\\xe3'.decode(encoding='gbk')")).toBe("'你'\n");
    expect(await repl.run("print('a', 'b', sep='-', end='|\\n')")).toBe('a-b|\n');
    expect(await repl.run('c.recv(bufsize=10)')).toBe('TypeError: recv() takes no keyword arguments\n');
    expect(await repl.run('socket.socket(2, family=2)')).toBe("TypeError: socket.__init__() got multiple values for argument 'family'\n");
    expect(await repl.run("b'x'.decode('utf-8', encoding='x')")).toBe("TypeError: argument for decode() given by name ('encoding') and position (1)\n");
    expect(await repl.run("socket.create_server(['127.0.0.1', 0], foo=1)")).toBe("TypeError: create_server() got an unexpected keyword argument 'foo'\n");
    expect(await repl.run('socket.setdefaulttimeout(timeout=1)')).toBe('TypeError: _socket.setdefaulttimeout() takes no keyword arguments\n');
    await repl.run('c.close(); u.close(); srv.close()');
  });

  it('prints what a background task prints above the prompt, then shows the prompt again', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("setTimeout(() => print('served client 1'), 20); undefined")).toBe('');
    expect(await repl.waitFor(/\nserved client 1\n>>> /)).toBeTruthy();
  });

  it('makes a socket with socket(...) too, as after from socket import *', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('u = socket(AF_INET, SOCK_DGRAM); u.type')).toBe('2\n');
    expect(await repl.run('t = socket(type=SOCK_STREAM); [t.type, socket]')).toBe("[1, <module 'socket' (built-in)>]\n");
    await repl.run('u.close(); t.close()');
  });

  it('calls bytes(...) as Python does, and keeps it a class', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("[bytes('你', 'gbk'), bytes(2), bytes([104, 105]), bytes()]")).toBe("[b'\\xc4\\xe3', b'\\x00\\x00', b'hi', b'']\n");
    expect(await repl.run("bytes('hi')")).toBe('TypeError: string argument without an encoding\n');
    expect(await repl.run("[b'x' instanceof bytes, bytes.fromhex('6869')]")).toBe("[True, b'hi']\n");
  });

  it('has len() as Python: characters, bytes, items, and its TypeError', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("[len('你好'), len(b'\\xe4\\xbd\\xa0'), len([1, 2])]")).toBe('[2, 3, 2]\n');
    expect(await repl.run('len(5)')).toBe("TypeError: object of type 'int' has no len()\n");
  });

  it('has int(), float() and str(bytes, encoding), keywords included', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("[int('7788'), int('ff', base=16), float(' 1.5 '), str(b'hi', encoding='ascii')]")).toBe("[7788, 255, 1.5, 'hi']\n");
    expect(await repl.run("int('77 88')")).toBe("ValueError: invalid literal for int() with base 10: '77 88'\n");
  });

  it('reads a pasted line with a Python comment, and leaves JavaScript private names alone', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('x = 40 + 2  # 答案')).toBe('');
    expect(await repl.run("x #注释 with 'quotes'")).toBe('42\n');
    expect(await repl.run("'#not a comment' # but this is")).toBe("'#not a comment'\n");
    expect(await repl.run('class C { #n = 1; get n() { return this.#n } }; new C().n')).toBe('1\n');
  });

  it("formats '%s' % (...) as Python does", async () => {
    repl = await startStreamRepl();
    expect(await repl.run("host = '127.0.0.1'; print('来自%s:%d的消息：%s' % (host, 9999, b'hi'.decode()))")).toBe('来自127.0.0.1:9999的消息：hi\n');
    expect(await repl.run("'%d' % 'x'")).toBe('TypeError: %d format: a real number is required, not str\n');
    expect(await repl.run('7 % 4')).toBe('3\n');
  });

  it('reads Python f-strings, showing values as Python does', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("addr = ['127.0.0.1', 9999]; data = b'hi'; print(f'{data!r} from {addr}: {data.decode()} ({2/3:.2f})')"))
      .toBe("b'hi' from ['127.0.0.1', 9999]: hi (0.67)\n");
  });

  it('keeps bytes literals working when the learner names a variable b', async () => {
    repl = await startStreamRepl();
    await repl.run('[a, b] = socket.socketpair()');
    expect(await repl.run("a.send(b'ping'); b.recv(10)")).toBe("b'ping'\n");
    await repl.run('a.close(); b.close()');
  });

  it('says once that other name=value arguments are JavaScript assignments', async () => {
    repl = await startStreamRepl();
    await repl.run('function f(a) { return a }');
    expect(await repl.run('f(x=1)')).toMatch(/^Note: JavaScript has no keyword arguments.*\n1\n$/);
    expect(await repl.run('f(y=2)')).toBe('2\n');
  });

  it('shows the tuple note once, and the import note', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("a = ('127.0.0.1', 1)")).toMatch(/^Note: JavaScript has no tuples/);
    expect(await repl.run("b = ('127.0.0.1', 2)")).toBe('');
    expect(await repl.run('b')).toBe("['127.0.0.1', 2]\n");
    expect(await repl.run('from socket import *')).toMatch(/^socket, os, time, struct, .* are already loaded: no import needed\.\n$/);
    expect(await repl.run('import threading')).toMatch(/^socket, os, time, struct, .* are already loaded/);
    // A module Python mode has (sys, asyncio) is there; one it lacks is nowhere.
    expect(await repl.run('import sys')).toMatch(/^sys is a module of socklab's Python, not of its TypeScript lines: type \.python, then import sys\./);
    expect(await repl.run('import asyncio')).toMatch(/^asyncio is a module of socklab's Python/);
    expect(await repl.run('import nosuchmodule')).toMatch(/^socklab has no Python module nosuchmodule; the preloaded ones are socket, os, time, struct, .* Python mode \(\.python\) imports \d+ modules/);
  });

  it('hints at a missing await when a Promise is used as its value', async () => {
    repl = await startStreamRepl();
    await repl.run('s = socket.socket(AF_INET, SOCK_DGRAM)');
    await repl.run('s.setblocking(false)');
    expect(await repl.run('async function f() { const d = s.recv(10); return d.decode() }')).toMatch(/^Note: in f\(\), s\.recv\(10\) has no await/);
    expect(await repl.run('f()')).toMatch(/^TypeError: d\.decode is not a function\nHint: s\.recv\(10\) in f\(\) is not awaited/);
  });

  it('prints an error thrown synchronously, and one thrown later by a callback', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("socket.socket().bind(['127.0.0.1', 70000])")).toBe(
      'OverflowError: bind(): port must be 0-65535.\nHint: a port is a number from 0 to 65535 (0 lets the system choose a free one).\n');
    repl.send("setTimeout(() => { throw new ValueError('late') }, 1)");
    await repl.waitFor('ValueError: late\n');
  });

  it.each([
    ['en', 'throw 5', 'Uncaught 5\n'],
    ['en', "throw 'boom'", "Uncaught 'boom'\n"],
    ['en', 'throw {a: 1}', "Uncaught {'a': 1}\n"],
    ['en', 'Promise.reject([1, 2])', 'Uncaught [1, 2]\n'],
    ['zh', 'throw 5', '未捕获的值：5\n'],
    // Python's `raise None`, as before: a TypeError.
    ['en', 'throw null', 'TypeError: exceptions must derive from BaseException\n'],
  ] as const)('shows a thrown value that is not an exception as what it is (%s): %s', async (lang, line, expected) => {
    repl = await startStreamRepl({ lang });
    expect(await repl.run(line)).toBe(expected);
  });

  it('shows a value thrown later by a callback as what it is too', async () => {
    repl = await startStreamRepl();
    repl.send('setTimeout(() => { throw 7 }, 1)');
    await repl.waitFor('Uncaught 7\n');
  });

  it('hints at new for a class called without it, and at Python for a class defined in Python', async () => {
    repl = await startStreamRepl();
    await repl.run('class Point { constructor(x) { this.x = x } }');
    expect(await repl.run('p = Point(1)')).toBe("TypeError: Class constructor Point cannot be invoked without 'new'\nHint: in JavaScript a class is made with new: new Point(...).\n");
    // A class from a Python block typed in TypeScript mode: only Python runs its __init__.
    for (const line of ['class Greeter:', '    def __init__(self, name):', '        self.name = name']) {
      repl.send(line);
      await repl.waitFor('... ');
    }
    await repl.run('');
    // Typed after the block, not pasted with it (the rest of a paste that was Python is Python).
    expect(await repl.typeLater("g = Greeter('QQ')")).toMatch(/^TypeError: Class constructor Greeter cannot be invoked without 'new'\nHint: Greeter is a class written in Python: its __init__ runs only when Python calls it\. Type \.python, then Greeter\(\.\.\.\)\.\n$/);
  });

  it('hints that Python syntax is not JavaScript', async () => {
    repl = await startStreamRepl();
    // A Python block header goes on as Python would (it may be a Python block, run as Python);
    // ended by an empty line without its block, it is JavaScript's SyntaxError and the hint.
    repl.send('while True:');
    await repl.waitFor('... ');
    expect(await repl.run('')).toMatch(/^SyntaxError: .*\nHint: this is Python syntax/);
    expect(await repl.run('print "hi"')).toBe("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\nHint: print is a function in Python 3 and in JavaScript: print(\"x\").\n");
  });
});

describe('multi-line entries', () => {
  it('waits for the end of a JavaScript or TypeScript block', async () => {
    repl = await startStreamRepl();
    repl.send('function twice(x: number): number {');
    await repl.waitFor('... ');
    repl.send('  return 2 * x');
    await repl.waitFor('... ');
    repl.send('}');
    await repl.waitFor('>>> ');
    expect(await repl.run('twice(21)')).toBe('42\n');
  });
});

describe('blocking calls', () => {
  it('waits for a datagram in recvfrom and prints it as a Python tuple', async () => {
    repl = await startStreamRepl();
    const port = await boundUdp(repl);
    const peer = await udpPeer();
    repl.send('s.recvfrom(1024)');
    await new Promise((r) => setImmediate(r));
    peer.send('hi', port, '127.0.0.1');
    expect(await repl.waitFor(/\(b'hi', \('127\.0\.0\.1', \d+\)\)\n/)).toContain(`${peer.address().port}`);
  });

  it('interrupts a blocking recv (Ctrl+C) without losing the next datagram', async () => {
    repl = await startStreamRepl();
    const port = await boundUdp(repl);
    repl.send('s.recv(100)');
    await new Promise((r) => setTimeout(r, 50));
    repl.session.interrupt();
    await repl.waitFor('KeyboardInterrupt\n>>> ');
    const peer = await udpPeer();
    peer.send('next', port, '127.0.0.1');
    expect(await repl.run('s.recv(100)')).toBe("b'next'\n");
  });

  it("Ctrl+C stops the line but not the tasks it started in the background, as Python's threads", async () => {
    repl = await startStreamRepl();
    const port = await boundUdp(repl);
    await repl.run("u = socket.socket(AF_INET, SOCK_DGRAM); u.bind(['127.0.0.1', 0])");
    await repl.run('async function handle(sock) { const d = await sock.recv(100); print("handled", d) }');
    repl.send('for (let i = 0; i < 1; i++) { handle(s) }; u.recv(100)');
    await new Promise((r) => setTimeout(r, 50));
    repl.session.interrupt();
    await repl.waitFor('KeyboardInterrupt\n>>> ');
    const peer = await udpPeer();
    peer.send('x', port, '127.0.0.1');
    expect(await repl.waitFor("handled b'x'\n>>> ")).toBeTruthy();
  });

  it('a background task keeps its scope after its awaits and in the callbacks it schedules: Ctrl+C leaves both waiting', async () => {
    repl = await startStreamRepl();
    const port = await boundUdp(repl);
    await repl.run("t = socket.socket(AF_INET, SOCK_DGRAM); t.bind(['127.0.0.1', 0])");
    const tport = Number(await repl.run('t.getsockname()[1]'));
    await repl.run("u = socket.socket(AF_INET, SOCK_DGRAM); u.bind(['127.0.0.1', 0])");
    await repl.run('async function handle(sock) { await sleep(0.01); const d = await sock.recv(100); print("handled", d) }');
    await repl.run('function later(sock) { setTimeout(async () => { const d = await sock.recv(100); print("later", d) }, 0) }');
    repl.send('for (let i = 0; i < 1; i++) { handle(s); later(t) }; u.recv(100)');
    await new Promise((r) => setTimeout(r, 100));
    repl.session.interrupt();
    await repl.waitFor('KeyboardInterrupt\n>>> ');
    const peer = await udpPeer();
    peer.send('x', port, '127.0.0.1');
    await repl.waitFor("handled b'x'\n>>> ");
    peer.send('y', tport, '127.0.0.1');
    expect(await repl.waitFor("later b'y'\n>>> ")).toBeTruthy();
  });

  it('queues lines typed while a line waits, and runs each once', async () => {
    repl = await startStreamRepl();
    const port = await boundUdp(repl);
    repl.send('d = s.recv(100)');
    repl.send('n = (typeof n === "number" ? n : 0) + 1');
    repl.send('print(d, n)');
    const peer = await udpPeer();
    peer.send('x', port, '127.0.0.1');
    await repl.waitFor("b'x' 1\n>>> ");
    expect(await repl.run('n')).toBe('1\n');
  });

  it('gives input() the next line while the line runs (a chat loop)', async () => {
    repl = await startStreamRepl();
    repl.send("while (true) { const msg = input('A: >> '); if (msg === 'bye') break; print('you said', msg) }");
    await repl.waitFor('A: >> ');
    repl.send('hello');
    await repl.waitFor('you said hello\nA: >> ');
    repl.send('bye');
    await repl.waitFor('>>> ');
  });

  it('awaits a TCP accept and connect in the line\'s top level', async () => {
    repl = await startStreamRepl();
    await repl.run('srv = socket.socket(); srv.bind(["127.0.0.1", 0]); srv.listen(1)');
    const port = Number(await repl.run('srv.getsockname()[1]'));
    const client = net.connect(port, '127.0.0.1');
    cleanups.push(() => client.destroy());
    await repl.run('const [conn, addr] = srv.accept()');
    client.write('ping');
    expect(await repl.run('conn.recv(4)')).toBe("b'ping'\n");
    const got = new Promise<string>((resolve) => client.once('data', (d) => resolve(String(d))));
    await repl.run("conn.sendall(b'pong')");
    expect(await got).toBe('pong');
  });
});

describe('commands', () => {
  it('.sockets lists each socket with its kernel state', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('.sockets')).toMatch(/No open sockets/);
    await repl.run('srv = socket.socket(); srv.bind(["127.0.0.1", 0]); srv.listen(1)');
    const port = Number(await repl.run('srv.getsockname()[1]'));
    const out = await repl.run('.sockets');
    const [header, row] = out.split('\n');
    expect(header).toMatch(/^fd\s+family\/type\s+local address\s+remote address\s+state\s+kernel\s+waiting$/);
    expect(row).toMatch(new RegExp(`^\\d+\\s+AF_INET/SOCK_STREAM\\s+127\\.0\\.0\\.1:${port}\\s+-\\s+listening\\s+LISTEN\\s+0$`));
    expect(out).not.toMatch(/\x1b\[/); // no colour when colour is off
  });

  it('.sockets colours its table when colour is on', async () => {
    setColor(true);
    try {
      repl = await startStreamRepl();
      await repl.run('u = socket.socket(AF_INET, SOCK_DGRAM)');
      expect(await repl.run('.sockets')).toMatch(/\x1b\[1mfd/);
    } finally {
      setColor(false);
    }
  });

  it('.sockets lists a closed connection the kernel keeps in TIME_WAIT', async () => {
    repl = await startStreamRepl();
    await repl.run('srv = socket.socket(); srv.bind(["127.0.0.1", 0]); srv.listen(1)');
    const port = Number(await repl.run('srv.getsockname()[1]'));
    const client = net.connect(port, '127.0.0.1');
    cleanups.push(() => client.destroy());
    const ended = new Promise<void>((resolve) => client.on('end', () => client.end(resolve)));
    await repl.run('conn, addr = srv.accept()');
    await repl.run('conn.close()');
    await ended;
    await new Promise((resolve) => client.once('close', resolve));
    const out = await repl.run('.sockets');
    expect(out).toMatch(new RegExp(`^-\\s+AF_INET/SOCK_STREAM\\s+127\\.0\\.0\\.1:${port}\\s+127\\.0\\.0\\.1:\\d+\\s+closed\\s+TIME_WAIT\\s+0$`, 'm'));
  });

  it('.reset closes every socket and clears variables', async () => {
    repl = await startStreamRepl();
    await repl.run('a = socket.socket(); b2 = socket.socket(AF_INET, SOCK_DGRAM)');
    expect(await repl.run('.reset')).toBe('All sockets closed (2); variables cleared.\n');
    expect(repl.session.space.sockets.size).toBe(0);
    expect(await repl.run('typeof a')).toBe("'undefined'\n");
    expect(await repl.run('typeof socket.socket')).toBe("'function'\n");
  });

  it('.reset keeps what node and socklab put in scope', async () => {
    repl = await startStreamRepl();
    await repl.run('x = 1');
    await repl.run('.reset');
    expect(await repl.run('[typeof x, typeof require, typeof net, typeof help, typeof SOCK_STREAM]')).toBe(
      "['undefined', 'function', 'object', 'function', 'number']\n");
  });

  it('exiting closes every socket', async () => {
    repl = await startStreamRepl();
    await repl.run('a = socket.socket()');
    const { space } = repl.session;
    repl.send('.exit');
    await repl.session.closed;
    expect(space.sockets.size).toBe(0);
    repl = undefined;
  });

  it('says so for an unknown command, in the user\'s language', async () => {
    repl = await startStreamRepl({ lang: 'zh' });
    expect(await repl.run('.nope')).toBe('未知命令 .nope。输入 .help 查看所有命令。\n');
    expect(await repl.run('.5 + 1')).toBe('1.5\n');
  });

  it('lesson commands say when the lessons are switched off', async () => {
    repl = await startStreamRepl();
    expect(await repl.run('.hint')).toBe('Lessons are switched off in this session.\n');
  });
});

describe('completion', () => {
  const complete = (r: StreamRepl, line: string) =>
    new Promise<string[]>((resolve, reject) =>
      (r.session.server as unknown as { completer(l: string, cb: (e: unknown, res?: [string[], string]) => void): void })
        .completer(line, (e, res) => (e ? reject(e) : resolve(res![0].filter(Boolean)))));

  it('completes constants, globals and socket methods without touching the socket', async () => {
    repl = await startStreamRepl();
    expect(await complete(repl, 'SOCK_DG')).toEqual(['SOCK_DGRAM']);
    expect(await complete(repl, 'create_conn')).toEqual(['create_connection']);
    await repl.run('s = socket.socket(AF_INET, SOCK_DGRAM)');
    const before = repl.session.space.log.length;
    expect(await complete(repl, 's.recvf')).toEqual(expect.arrayContaining(['s.recvfrom']));
    expect(await complete(repl, 's.setso')).toEqual(['s.setsockopt']);
    expect(repl.session.space.log.length).toBe(before);
  });

  it("completes a builtin type's and socket.socket's attributes in Python mode, as dir() lists them", async () => {
    repl = await startStreamRepl({ language: 'python' }, 'py>>> ');
    await repl.run('import socket');
    // Python mode completes the word after the dot.
    expect(await complete(repl, 'str.up')).toEqual(['upper']);
    expect(await complete(repl, 'dict.from')).toEqual(['fromkeys']);
    expect(await complete(repl, 'socket.socket.recvf')).toEqual(['recvfrom', 'recvfrom_into']);
    expect(await complete(repl, 'int.__ad')).toEqual(['__add__']);
    const list = await complete(repl, 'list.');
    expect(list).toContain('append');
    expect(list).not.toContain('__add__');
  });
});
