// The `socklab-python` kernel (`socklab kernel --python`) as a Jupyter front end sees it: a
// zeromq client (frontend.ts) plays the notebook against the real kernel process, as
// protocol.test.ts does for TypeScript cells. Expected Python texts were checked with python3.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FrontEnd } from './frontend.ts';
import type { Message } from '../../src/notebook/wire.ts';

const opened: FrontEnd[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

async function start(): Promise<FrontEnd> {
  const fe = await FrontEnd.start(['--python']);
  opened.push(fe);
  return fe;
}

const busy = (fe: FrontEnd, id: string) => () => fe.iopub.some((m) => m.parent_header.msg_id === id && m.content.execution_state === 'busy');
const ofType = (outputs: Message[], type: string) => outputs.filter((m) => m.header.msg_type === type).map((m) => m.content);

/** A TCP server on loopback that accepts and never sends: a recv() on its peer waits. */
async function silentServer(): Promise<number> {
  const held: net.Socket[] = [];
  const server = net.createServer((c) => held.push(c));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    for (const c of held) c.destroy();
    server.close(() => resolve());
  }));
  return (server.address() as net.AddressInfo).port;
}

async function portIsFree(port: number): Promise<boolean> {
  const probe = net.createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('socklab kernel --python', () => {
  it('runs a cell: print() as a stdout stream, the last expression as execute_result (its repr), names kept', async () => {
    const fe = await start();
    const r = await fe.run("greeting = 'hi'\nprint(greeting, 7 // 2)\n[greeting, None, 1.0]");
    expect(r.reply.content).toMatchObject({ status: 'ok', execution_count: 1 });
    expect(r.outputs.map((m) => m.header.msg_type)).toEqual(['execute_input', 'stream', 'execute_result']);
    expect(ofType(r.outputs, 'stream')).toEqual([{ name: 'stdout', text: 'hi 3\n' }]);
    expect(ofType(r.outputs, 'execute_result')[0]).toMatchObject({ execution_count: 1, data: { 'text/plain': "['hi', None, 1.0]" } });
    // An assignment shows nothing; the next cell sees the name.
    expect((await fe.run('n = len(greeting)')).outputs.map((m) => m.header.msg_type)).toEqual(['execute_input']);
    expect((await fe.run('n')).text).toBe('2');
  });

  it('says how to make a socket in Python when .sockets has none', async () => {
    const fe = await start();
    expect((await fe.run('.sockets')).text).toMatch(/^No open sockets\. Create one: import socket, then s = socket\.socket\(socket\.AF_INET, socket\.SOCK_STREAM\)/);
  });

  it('keeps the results as ipykernel does: _, __, ___ and _N, None skipped, _ = 5 shadowing', async () => {
    const fe = await start();
    await fe.run('6 * 7');
    await fe.run('None');
    await fe.run("'b'");
    await fe.run('[1]');
    expect((await fe.run('(_, __, ___, _1)')).text).toBe("([1], 'b', 42, 42)");
    await fe.run('_ = 5');
    await fe.run('8');
    expect((await fe.run('_')).text).toBe('5');
  });

  it("reports an exception with its class as ename, its message as evalue and CPython's traceback lines, frames named as ipykernel names them", async () => {
    const fe = await start();
    await fe.run('x = 1');
    const r = await fe.run('def f():\n    return 1 / 0\nf()');
    expect(r.reply.content).toMatchObject({ status: 'error', execution_count: 2, ename: 'ZeroDivisionError', evalue: 'division by zero' });
    const [error] = ofType(r.outputs, 'error') as Array<{ traceback: string[] }>;
    expect(error!.traceback[0]).toBe('Traceback (most recent call last):');
    expect(error!.traceback).toEqual(expect.arrayContaining([
      '  Cell In[2], line 3', '    f()',
      '  Cell In[2], line 2, in f', '    return 1 / 0',
    ]));
    expect(error!.traceback.join('\n')).not.toContain('File "Cell In');
    expect(error!.traceback.indexOf('    f()')).toBeLessThan(error!.traceback.indexOf('    return 1 / 0'));
    expect(error!.traceback.at(-1)).toBe('ZeroDivisionError: division by zero');
    const name = await fe.run('prnt(x)');
    expect(name.reply.content).toMatchObject({ ename: 'NameError', evalue: "name 'prnt' is not defined. Did you mean: 'print'?" });
    const syntax = await fe.run('if x\n    pass');
    expect(syntax.reply.content).toMatchObject({ status: 'error', ename: 'SyntaxError' });
    expect((syntax.reply.content.traceback as string[]).at(-1)).toBe("SyntaxError: expected ':'");
    expect(syntax.reply.content.traceback).toContain('  Cell In[4], line 1');
    // A function of an earlier cell is named with that cell's number.
    const later = await fe.run('f()');
    expect(later.reply.content.traceback).toEqual(expect.arrayContaining(['  Cell In[5], line 1', '  Cell In[2], line 2, in f']));
    expect((await fe.run('x + 1')).text).toBe('2'); // the kernel keeps serving
  });

  it('asks the front end for input() with an input_request, and raises EOFError when stdin is not allowed', async () => {
    const fe = await start();
    const cell = fe.execute("name = input('name? ')\nprint('hello', name)", { allow_stdin: true });
    await fe.waitFor(() => fe.stdinRequests.length > 0);
    const request = fe.stdinRequests[0]!;
    expect(request.header.msg_type).toBe('input_request');
    expect(request.content).toMatchObject({ prompt: 'name? ', password: false });
    fe.replyInput(request, '小明');
    const done = await cell.done;
    expect(done.reply.content).toMatchObject({ status: 'ok' });
    expect(ofType(done.outputs, 'stream')).toContainEqual({ name: 'stdout', text: 'hello 小明\n' });
    const refused = await fe.run("input('again? ')");
    expect(refused.reply.content).toMatchObject({ status: 'error', ename: 'EOFError', evalue: 'EOF when reading a line' });
    expect(fe.stdinRequests).toHaveLength(1);
  });

  it('interrupts an input() waiting for its input_reply: KeyboardInterrupt at its line, as ipykernel (not EOFError)', async () => {
    const fe = await start();
    await fe.run("kept = 'yes'");
    const cell = fe.execute("def ask():\n    return input('name? ')\nname = ask()", { allow_stdin: true });
    await fe.waitFor(() => fe.stdinRequests.length > 0);
    fe.kernel.kill('SIGINT');
    const { reply } = await cell.done;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt', evalue: 'Interrupted by user' });
    const traceback = (reply.content.traceback as string[]).join('\n');
    expect(traceback).toContain("line 2, in ask\n    return input('name? ')");
    expect(traceback).toMatch(/KeyboardInterrupt: Interrupted by user$/);
    expect((await fe.run('kept')).text).toBe("'yes'");
  });

  it('interrupts a blocking recv with SIGINT: KeyboardInterrupt, and the socket and the names stay', async () => {
    const fe = await start();
    const port = await silentServer();
    await fe.run(`import socket\nc = socket.create_connection(('127.0.0.1', ${port}))\nkept = 'yes'`);
    const cell = fe.execute('c.recv(1024)');
    await fe.waitFor(busy(fe, cell.id));
    await new Promise((r) => setTimeout(r, 100)); // the recv is waiting
    fe.kernel.kill('SIGINT');
    const { reply } = await cell.done;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect((reply.content.traceback as string[]).at(-1)).toBe('KeyboardInterrupt');
    expect((await fe.run('c.fileno() > 0, kept')).text).toBe("(True, 'yes')");
    expect((await fe.run('c.getpeername()[1]')).text).toBe(String(port));
  });

  it("runs the cell's own SIGINT handler on an interrupt, as ipykernel does: the recv goes on after it, its exception ends the cell, the next cell starts with default_int_handler", async () => {
    const fe = await start();
    const port = await silentServer();
    await fe.run(`import signal, socket\nc = socket.create_connection(('127.0.0.1', ${port}))`);
    const handler = "calls = []\ndef h(signum, frame):\n    calls.append(signum)\n    print('handler', signum)\n    if len(calls) == 2:\n        raise RuntimeError('enough')\n";
    const cell = fe.execute(`${handler}signal.signal(signal.SIGINT, h)\nc.recv(1024)`);
    await fe.waitFor(busy(fe, cell.id));
    await new Promise((r) => setTimeout(r, 100)); // the recv is waiting
    fe.kernel.kill('SIGINT');
    const printed = () => fe.iopub.some((m) => m.parent_header.msg_id === cell.id && m.header.msg_type === 'stream' && String(m.content.text).includes('handler 2'));
    await fe.waitFor(printed);
    // PEP 475: the handler returned, so the recv waits again, until the handler raises.
    fe.kernel.kill('SIGINT');
    const { reply } = await cell.done;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'RuntimeError', evalue: 'enough' });
    expect(reply.content.traceback).toContain('  Cell In[2], line 6, in h');
    expect((await fe.run('calls')).text).toBe('[2, 2]');
    // ipykernel's pre_handler_hook: the handler lasted as long as its cell.
    expect((await fe.run('signal.getsignal(signal.SIGINT) is signal.default_int_handler')).text).toBe('True');
    const next = fe.execute('c.recv(1024)');
    await fe.waitFor(busy(fe, next.id));
    await new Promise((r) => setTimeout(r, 100));
    fe.kernel.kill('SIGINT');
    expect((await next.done).reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect((await fe.run('calls')).text).toBe('[2, 2]');
  });

  it('interrupts a spinning while loop with interrupt_request on the control channel', async () => {
    const fe = await start();
    const cell = fe.execute('n = 0\nwhile True:\n    n += 1');
    await fe.waitFor(busy(fe, cell.id));
    await new Promise((r) => setTimeout(r, 100));
    expect((await fe.request('control', 'interrupt_request', {})).content).toEqual({ status: 'ok' });
    expect((await cell.done).reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(Number((await fe.run('n')).text)).toBeGreaterThan(0);
  });

  it('completes Python names and attributes, and inspects with help()', async () => {
    const fe = await start();
    await fe.run('import socket\ns = socket.socket()');
    const names = await fe.request('shell', 'complete_request', { code: 'x = soc', cursor_pos: 7 });
    expect(names.content).toMatchObject({ status: 'ok', cursor_start: 4, cursor_end: 7 });
    expect(names.content.matches).toContain('socket');
    expect((await fe.request('shell', 'complete_request', { code: 'pri', cursor_pos: 3 })).content.matches).toEqual(['print']);
    const module = await fe.request('shell', 'complete_request', { code: 'socket.AF_IN', cursor_pos: 12 });
    expect(module.content).toMatchObject({ matches: ['AF_INET', 'AF_INET6'], cursor_start: 7, cursor_end: 12 });
    const attrs = await fe.request('shell', 'complete_request', { code: 's.rec', cursor_pos: 5 });
    expect(attrs.content.matches).toEqual(expect.arrayContaining(['recv', 'recvfrom', 'recv_into']));
    // A builtin type's methods and socket.socket's, as dir() lists them.
    expect((await fe.request('shell', 'complete_request', { code: 'str.up', cursor_pos: 6 })).content.matches).toEqual(['upper']);
    expect((await fe.request('shell', 'complete_request', { code: 'socket.socket.setso', cursor_pos: 19 })).content.matches).toEqual(['setsockopt']);
    expect((await fe.request('shell', 'complete_request', { code: 'whi', cursor_pos: 3 })).content.matches).toContain('while');
    const help = await fe.request('shell', 'inspect_request', { code: 's.recv(1024)', cursor_pos: 4, detail_level: 0 });
    expect(help.content).toMatchObject({ status: 'ok', found: true });
    expect((help.content.data as Record<string, string>)['text/plain']).toContain('recv(bufsize');
    const unknown = await fe.request('shell', 'inspect_request', { code: 'nothing_here', cursor_pos: 3, detail_level: 0 });
    expect(unknown.content).toMatchObject({ status: 'ok', found: false });
    await fe.run('s.close()');
  });

  it("answers is_complete with CPython's codeop rule, and the indent ipykernel gives", async () => {
    const fe = await start();
    // [code, codeop's answer (python3 -c 'codeop.compile_command(code)'), the next line's indent]
    const cases: Array<[string, string, string?]> = [
      ['x = 1', 'complete'],
      ['for i in range(3):', 'incomplete', '    '],
      ['if x:\n    y = 1', 'incomplete', '    '],
      ['def f():\n    if x:', 'incomplete', '        '],
      ['x = (1,', 'incomplete', ''],
      ['for i in range(3):\n    pass\n', 'complete'],
      ['1 +', 'invalid'],
      ['x = )', 'invalid'],
    ];
    for (const [code, status, indent] of cases) {
      const r = await fe.request('shell', 'is_complete_request', { code });
      expect(r.content, code).toEqual(indent === undefined ? { status } : { status, indent });
    }
  });

  it('plays a lesson in Python: .show gives the step\'s Python, {port} is filled in, the checks see Python variables', async () => {
    const fe = await start(); // SOCKLAB_LESSON_PORTS=ephemeral
    await fe.run('.lesson tcp-server --notebook');
    expect((await fe.run('.show')).text).toContain('s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)');
    expect((await fe.run('import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)')).text).toContain('✔ Create a TCP socket');
    expect((await fe.run('.show')).text).toMatch(/s\.bind\(\('127\.0\.0\.1', \d+\)\)/);
    const bind = await fe.run("s.bind(('127.0.0.1', {port}))\ns.getsockname()");
    expect(bind.reply.content).toMatchObject({ status: 'ok' });
    expect(bind.text).toMatch(/\('127\.0\.0\.1', \d+\)/);
    expect(bind.text).toContain('✔ Bind');
  });

  it('closes every socket on shutdown_request (restart too) and exits, so its ports are free again', async () => {
    const fe = await start();
    await fe.run("import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 0))\nsrv.listen(5)\nu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nu.bind(('127.0.0.1', 0))");
    const port = Number((await fe.run('srv.getsockname()[1]')).text);
    expect(await portIsFree(port)).toBe(false);
    const reply = await fe.request('control', 'shutdown_request', { restart: true });
    expect(reply.content).toEqual({ status: 'ok', restart: true });
    // The broadcast copy on iopub (protocol 5.3) tells the other front ends.
    await fe.waitFor(() => fe.iopub.some((m) => m.header.msg_type === 'shutdown_reply' && m.content.restart === true));
    expect(await fe.exited()).toBe(0);
    expect(await portIsFree(port)).toBe(true);
    for (const name of ['shell_port', 'iopub_port', 'control_port', 'hb_port']) expect([name, await portIsFree(fe.ports[name]!)]).toEqual([name, true]);
  });
});
