// asyncio in the REPL's Python mode on a real pseudo-terminal (TERM=dumb, and xterm for bracketed
// paste): async def typed with continuation prompts and pasted between the terminal's marks,
// asyncio.run() of a start_server/open_connection echo, Ctrl+C while it serves (CPython's Runner:
// the main task is cancelled, so `async with server` closes the listening socket; sockets made
// before stay), `await` at the prompt (python3 -i: SyntaxError: 'await' outside function),
// .translate of an async def, .sockets of a server a thread runs, a class with mixins over several lines.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

const PY = 'py>>> ';

async function startPython(term = 'dumb'): Promise<Pty> {
  const pty = spawnSocklab(['--python'], { env: { TERM: term } });
  terms.push(pty);
  await pty.waitFor(PY);
  return pty;
}

/** Types a line and returns what it printed before the next prompt (the echo removed). */
async function type(term: Pty, line: string): Promise<string> {
  term.write(`${line}\r`);
  const out = await term.waitFor(/[^]*?\n(?=py>>> |\.\.\. )/);
  await term.waitFor(/py>>> |\.\.\. /);
  return out.slice(out.indexOf('\n') + 1);
}

const ECHO = [
  'async def handle(reader, writer):',
  '    writer.write(await reader.read(100))',
  '    await writer.drain()',
  '    writer.close()',
  '',
  'async def main():',
  "    server = await asyncio.start_server(handle, '127.0.0.1', 0)",
  '    port = server.sockets[0].getsockname()[1]',
  "    r, w = await asyncio.open_connection('127.0.0.1', port)",
  "    w.write(b'hello')",
  '    print(await r.read(100))',
  '    w.close()',
  "    print('serving')",
  '    async with server:',
  '        await server.serve_forever()',
  '',
];

describe('asyncio in Python mode', () => {
  it('types an async def with continuation prompts, runs it with asyncio.run, refuses await at the prompt as python3 -i does', async () => {
    const term = await startPython();
    await type(term, 'import asyncio');
    expect(await type(term, 'async def twice(x):')).toBe('');
    await type(term, '    await asyncio.sleep(0)');
    await type(term, '    return 2 * x');
    await type(term, '');
    expect(await type(term, 'asyncio.run(twice(21))')).toBe('42\n');
    expect(await type(term, 'twice(1)')).toMatch(/^<coroutine object twice at 0x[0-9a-f]+>\n$/);
    // python3's report, then socklab's hint on where await goes.
    expect(await type(term, 'await asyncio.sleep(0)')).toMatch(/SyntaxError: 'await' outside function\nHint: .*asyncio\.run\(main\(\)\)/);
    // The session goes on, with its names.
    expect(await type(term, 'asyncio.run(twice(2))')).toBe('4\n');
    const translated = await type(term, '.translate');
    expect(translated).toContain("py.callMethod(asyncio, 'run'");
    await type(term, 'async def ping():');
    await type(term, '    await asyncio.sleep(0)');
    await type(term, '');
    // A coroutine function is a generator the runtime steps; each await delegates to what it awaits.
    const coroutine = await type(term, '.translate');
    expect(coroutine).toContain('// An async def is a generator function that the runtime\'s event loop steps as a coroutine');
    expect(coroutine).toMatch(/ping = py\.def\(async function\* \(\) \{\n {2}\(yield\* py\.await\(\(await py\.callMethod\(asyncio, 'sleep', 0\)\)\)\);\n\}/);
  }, 30_000);

  it('Ctrl+C while asyncio.run serves: KeyboardInterrupt, the server is closed by its async with, a socket made before stays', async () => {
    const term = await startPython();
    await type(term, 'import asyncio, socket');
    await type(term, "keep = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); keep.bind(('127.0.0.1', 0))");
    // Pasted: the lines arrive together.
    term.write(`${ECHO.join('\r')}\r`);
    await term.waitFor('        await server.serve_forever()');
    await term.waitFor(PY);
    term.write('asyncio.run(main())\r');
    await term.waitFor("b'hello'\nserving\n");
    const listening = /LISTEN/;
    term.write('\x03');
    await term.waitFor(/KeyboardInterrupt\n/);
    await term.waitFor(PY);
    const report = term.output().slice(term.output().indexOf('serving'));
    expect(report).toContain('asyncio.exceptions.CancelledError');
    expect(report).toContain('During handling of the above exception, another exception occurred:');
    const sockets = await type(term, '.sockets');
    expect(sockets).not.toMatch(listening);
    expect(sockets).toMatch(/AF_INET\/SOCK_DGRAM\s+127\.0\.0\.1:\d+/);
    expect(await type(term, 'keep.fileno() > 0')).toBe('True\n');
    // The loop is gone with its run: another asyncio.run() works, and SIGINT's handler is back.
    expect(await type(term, 'asyncio.run(asyncio.sleep(0, 7))')).toBe('7\n');
    expect(await type(term, 'import signal; signal.getsignal(signal.SIGINT) is signal.default_int_handler')).toBe('True\n');
  }, 30_000);

  it('shows an asyncio server run by a thread in .sockets while the prompt is free; Ctrl+C at the prompt leaves it serving', async () => {
    const term = await startPython();
    term.write(`import asyncio, threading\r${ECHO.join('\r')}\rt = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)\rt.start()\r`);
    // The thread prints while the prompt waits (python3 -i prints it after its `>>> ` too).
    await term.waitFor('serving\n');
    await term.waitFor(PY);
    expect(await type(term, '.sockets')).toMatch(/AF_INET\/SOCK_STREAM\s+127\.0\.0\.1:\d+\s+-\s+listening\s+LISTEN/);
    // The thread's asyncio.run did not take SIGINT (CPython's Runner does so only in the main thread).
    expect(await type(term, 'import signal; signal.getsignal(signal.SIGINT) is signal.default_int_handler')).toBe('True\n');
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n');
    expect(await type(term, 't.is_alive()')).toBe('True\n');
    expect(await type(term, '.sockets')).toMatch(/listening\s+LISTEN/);
  }, 30_000);

  it('takes an async def and its asyncio.run() pasted between the marks of bracketed paste (xterm)', async () => {
    const term = await startPython('xterm');
    const lines = ['import asyncio', 'async def greet(name):', '    await asyncio.sleep(0)', "    return 'hello ' + name", "print(asyncio.run(greet('QQ')))"];
    term.write(`\x1b[200~${lines.join('\r')}\r\x1b[201~`);
    await term.waitFor(/\nhello QQ\n/);
    expect(term.output()).not.toMatch(/SyntaxError|Traceback/);
  }, 30_000);

  it("names asyncio in the banner with the count of the other modules, and help('modules') lists them, in English and Chinese", async () => {
    const en = await startPython();
    expect(en.output()).toMatch(/import socket \(also asyncio, .*, and \d+ more: help\('modules'\) lists them all\)/);
    expect(await type(en, "help('modules')")).toMatch(/^The \d+ modules socklab's Python can import[^]*\basyncio\b[^]*\bconcurrent\b/);
    const zh = spawnSocklab(['--python', '--lang', 'zh']);
    terms.push(zh);
    await zh.waitFor(PY);
    expect(zh.output()).toMatch(/import socket（还有 asyncio、.*，以及另外 \d+ 个：help\('modules'\) 列出全部）/);
  }, 30_000);

  it('reads a class with mixins over several lines, and its MRO', async () => {
    const term = await startPython();
    for (const line of ['class Logged:', '    def log(self, m):', "        return f'[{type(self).__name__}] {m}'", '']) await type(term, line);
    for (const line of ['class Closing:', '    def close(self):', "        return 'closed'", '']) await type(term, line);
    for (const line of ['class Conn(Logged, Closing):', '    pass', '']) await type(term, line);
    expect(await type(term, "Conn().log('hi'), Conn().close()")).toBe("('[Conn] hi', 'closed')\n");
    expect(await type(term, '[c.__name__ for c in Conn.__mro__]')).toBe("['Conn', 'Logged', 'Closing', 'object']\n");
  }, 30_000);
});
