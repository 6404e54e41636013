// The kernel as a Jupyter front end sees it: a zeromq client (frontend.ts) plays the notebook
// against the real `socklab kernel` process. No Python needed.
import dgram from 'node:dgram';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as zmq from 'zeromq';
import { FrontEnd } from './frontend.ts';

const opened: FrontEnd[] = [];
const cleanups: Array<() => void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

async function start(args: string[] = []): Promise<FrontEnd> {
  const fe = await FrontEnd.start(args);
  opened.push(fe);
  return fe;
}

const busy = (fe: FrontEnd, id: string) => () => fe.iopub.some((m) => m.parent_header.msg_id === id && m.content.execution_state === 'busy');

describe('socklab kernel', () => {
  it('answers kernel_info with protocol 5.3 and the TypeScript language', async () => {
    const fe = await start();
    const reply = await fe.request('shell', 'kernel_info_request', {});
    expect(reply.header.msg_type).toBe('kernel_info_reply');
    expect(reply.content).toMatchObject({ status: 'ok', protocol_version: '5.3', implementation: 'socklab', language_info: { name: 'typescript' } });
  });

  it('echoes the heartbeat', async () => {
    const fe = await start();
    const hb = new zmq.Request({ linger: 0, receiveTimeout: 5000 });
    cleanups.push(() => hb.close());
    hb.connect(`tcp://127.0.0.1:${fe.ports.hb_port}`);
    await hb.send('ping');
    const [echo] = await hb.receive();
    expect(echo!.toString()).toBe('ping');
  });

  it('runs cells as REPL lines: results as Python reprs, print() as a stdout stream, variables kept', async () => {
    const fe = await start();
    const first = await fe.run("x = b('hi')\nprint('got', x)");
    expect(first.reply.content).toMatchObject({ status: 'ok', execution_count: 1 });
    expect(first.outputs.map((m) => m.header.msg_type)).toEqual(['execute_input', 'stream']);
    expect(first.outputs[1]!.content).toEqual({ name: 'stdout', text: "got b'hi'\n" });
    const second = await fe.run('[x, None, true]');
    expect(second.outputs.find((m) => m.header.msg_type === 'execute_result')?.content).toMatchObject({ execution_count: 2, data: { 'text/plain': "[b'hi', None, True]" } });
  });

  it('reports an exception with its Python class, message and traceback, and keeps serving', async () => {
    const fe = await start();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve)); // nobody listens there now
    const r = await fe.run(`c = socket.socket(AF_INET, SOCK_STREAM)\nc.connect(['127.0.0.1', ${port}])`);
    expect(r.reply.content).toMatchObject({ status: 'error', ename: 'ConnectionRefusedError', evalue: '[Errno 111] Connection refused' });
    const error = r.outputs.find((m) => m.header.msg_type === 'error')!;
    const traceback = error.content.traceback as string[];
    expect(traceback.slice(0, 3)).toEqual(['Traceback (most recent call last):', '  Cell In[1], line 2', "    c.connect(['127.0.0.1', " + port + '])']);
    expect(traceback).toContain('ConnectionRefusedError: [Errno 111] Connection refused');
    expect((await fe.run('1 + 1')).text).toBe('2');
    // A thrown value that is not an exception shows as what it is, as node's REPL shows it.
    const thrown = await fe.run('throw 5');
    expect((thrown.reply.content.traceback as string[]).slice(1)).toEqual(['  Cell In[3], line 1', '    throw 5', 'Uncaught 5']);
  });

  it('runs a cell line by line as the REPL runs pasted lines, and a method chain as one entry', async () => {
    const fe = await start();
    const r = await fe.run("a = [1, 2]\n[x, y] = a\ns = 'abc'\n  .toUpperCase()\nfor (const v of a) {\n  x += v\n}\n[x, y, s]");
    expect(r.text).toBe("[4, 2, 'ABC']");
  });

  it('aborts the cells queued behind a failing one ("Run all"), then runs new ones', async () => {
    const fe = await start();
    const failing = fe.execute("raise_it = () => { throw new OSError(9, 'Bad file descriptor') }; raise_it()");
    const queued = fe.execute('ran = 1');
    expect((await failing.done).reply.content).toMatchObject({ status: 'error', ename: 'OSError' });
    expect((await queued.done).reply.content).toMatchObject({ status: 'aborted' });
    await new Promise((r) => setTimeout(r, 5)); // a new request: sent after the failure
    expect((await fe.run('typeof ran')).text).toBe("'undefined'");
  });

  it('interrupts a blocking recvfrom with SIGINT: KeyboardInterrupt, the socket stays, the next datagram is not lost', async () => {
    const fe = await start();
    await fe.run("s = socket.socket(AF_INET, SOCK_DGRAM)\ns.bind(['127.0.0.1', 0])");
    const port = Number((await fe.run('s.getsockname()[1]')).text);
    const cell = fe.execute('s.recvfrom(100)');
    await fe.waitFor(busy(fe, cell.id));
    await new Promise((r) => setTimeout(r, 100)); // the recvfrom is waiting
    fe.kernel.kill('SIGINT');
    const { reply } = await cell.done;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    const peer = dgram.createSocket('udp4');
    cleanups.push(() => peer.close());
    peer.send('after', port, '127.0.0.1');
    const again = await fe.run('s.recvfrom(100)[0]');
    expect(again.text).toBe("b'after'");
  });

  it('interrupts with interrupt_request on the control channel while a socket call waits', async () => {
    const fe = await start();
    await fe.run("srv = socket.socket(AF_INET, SOCK_STREAM)\nsrv.bind(['127.0.0.1', 0])\nsrv.listen(1)");
    const cell = fe.execute('srv.accept()');
    await fe.waitFor(busy(fe, cell.id));
    const interrupted = await fe.request('control', 'interrupt_request', {});
    expect(interrupted.content).toEqual({ status: 'ok' });
    expect((await cell.done).reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect((await fe.run('srv.fileno() > 0')).text).toBe('True');
  });

  it('breaks a synchronous loop with SIGINT', async () => {
    const fe = await start();
    const cell = fe.execute('n = 0; while (true) { n++ }');
    await fe.waitFor(busy(fe, cell.id));
    await new Promise((r) => setTimeout(r, 100));
    fe.kernel.kill('SIGINT');
    expect((await cell.done).reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(Number((await fe.run('n')).text)).toBeGreaterThan(0);
  });

  it('asks the front end for input() on stdin, and raises EOFError when stdin is not allowed', async () => {
    const fe = await start();
    const cell = fe.execute("name = input('name? ')", { allow_stdin: true });
    await fe.waitFor(() => fe.stdinRequests.length > 0);
    const request = fe.stdinRequests[0]!;
    expect(request.header.msg_type).toBe('input_request');
    expect(request.content).toMatchObject({ prompt: 'name? ', password: false });
    fe.replyInput(request, '小明');
    expect((await cell.done).reply.content).toMatchObject({ status: 'ok' });
    expect((await fe.run('name')).text).toBe("'小明'");
    const refused = await fe.run("input('again? ')");
    expect(refused.reply.content).toMatchObject({ status: 'error', ename: 'EOFError', evalue: 'EOF when reading a line' });
  });

  it('completes names and attributes, inspects with help(), and tells complete from incomplete code', async () => {
    const fe = await start();
    await fe.run('s = socket.socket()');
    const names = await fe.request('shell', 'complete_request', { code: 'soc', cursor_pos: 3 });
    expect(names.content).toMatchObject({ status: 'ok', cursor_start: 0, cursor_end: 3 });
    expect(names.content.matches).toContain('socket');
    const attrs = await fe.request('shell', 'complete_request', { code: 'x = s.rec', cursor_pos: 9 });
    expect(attrs.content.matches).toEqual(expect.arrayContaining(['recv', 'recvfrom']));
    expect(attrs.content.cursor_start).toBe(6);
    const commands = await fe.request('shell', 'complete_request', { code: '.soc', cursor_pos: 4 });
    expect(commands.content.matches).toEqual(['.sockets']);
    const help = await fe.request('shell', 'inspect_request', { code: 's.recv(1024)', cursor_pos: 4, detail_level: 0 });
    expect(help.content).toMatchObject({ status: 'ok', found: true });
    expect((help.content.data as Record<string, string>)['text/plain']).toContain('recv(bufsize');
    expect((await fe.request('shell', 'is_complete_request', { code: 'for (;;) {' })).content).toMatchObject({ status: 'incomplete' });
    expect((await fe.request('shell', 'is_complete_request', { code: 's.close()' })).content).toEqual({ status: 'complete' });
  });

  it('shows .sockets as an HTML table with a text/plain twin, and keeps history', async () => {
    const fe = await start();
    await fe.run("u = socket.socket(AF_INET, SOCK_DGRAM)\nu.bind(['127.0.0.1', 0])");
    const r = await fe.run('.sockets');
    const display = r.outputs.find((m) => m.header.msg_type === 'display_data')!;
    const data = display.content.data as Record<string, string>;
    expect(data['text/html']).toMatch(/<table[^]*AF_INET\/SOCK_DGRAM[^]*bound/);
    expect(data['text/plain']).toContain('AF_INET/SOCK_DGRAM');
    const history = await fe.request('shell', 'history_request', { hist_access_type: 'tail', n: 1, output: false, raw: true });
    expect(history.content.history).toEqual([[1, 2, '.sockets']]);
    expect((await fe.request('shell', 'comm_info_request', {})).content).toEqual({ status: 'ok', comms: {} });
  });

  it('closes every socket on shutdown_request and exits, so the ports are free again', async () => {
    const fe = await start();
    await fe.run("srv = socket.socket(AF_INET, SOCK_STREAM)\nsrv.bind(['127.0.0.1', 0])\nsrv.listen(5)");
    const port = Number((await fe.run('srv.getsockname()[1]')).text);
    const reply = await fe.request('control', 'shutdown_request', { restart: false });
    expect(reply.content).toEqual({ status: 'ok', restart: false });
    expect(await fe.exited()).toBe(0);
    const probe = net.createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
    for (const name of ['shell_port', 'iopub_port', 'control_port', 'hb_port']) {
      const again = net.createServer();
      await new Promise<void>((resolve, reject) => {
        again.once('error', reject);
        again.listen(fe.ports[name], '127.0.0.1', resolve);
      });
      await new Promise((resolve) => again.close(resolve));
    }
  });
});

describe('a lesson notebook in the kernel', () => {
  it("chooses the lesson's ports when .lesson ID --notebook runs, fills {port} in cells, prints progress only, and answers no to retyping", async () => {
    const fe = await start(); // SOCKLAB_LESSON_PORTS=ephemeral: the lesson's port moves off 9999
    const open = await fe.run('.lesson tcp-server --notebook');
    expect(open.text).not.toContain('A TCP server follows a fixed recipe'); // the intro is the notebook's markdown
    const moved = /uses port (\d+) instead/.exec(open.text);
    expect(moved, open.text).not.toBeNull();
    const port = moved![1]!;
    const first = await fe.run('s = socket.socket(AF_INET, SOCK_STREAM)');
    expect(first.text).toContain('✔ Create a TCP socket');
    expect(first.text).not.toContain('Step 2/7'); // the next step's text is the next markdown cell
    const bind = await fe.run("s.bind(['127.0.0.1', {port}])\ns.getsockname()[1]");
    expect(bind.text).toContain(port);
    expect(bind.text).toContain('✔ Bind');
    const reset = await fe.run('.reset');
    expect(reset.text).toContain('Retype steps 1–2 for you? [Y/n] n (a notebook: nothing is typed for you.');
    expect(reset.text).toContain('starts again from step 1');
    expect((await fe.run('typeof s')).text).toBe("'undefined'");
    const again = await fe.run('s = socket.socket(AF_INET, SOCK_STREAM)');
    expect(again.text).toContain('✔ Create a TCP socket');
    const whole = await fe.run('.reset lesson');
    expect(whole.text).toContain('the lesson starts again from step 1');
    expect(whole.text).not.toContain('Retype');
  });

  it("answers input() with the step's own lines when the front end has no stdin (jupyter execute), and with EOFError outside a lesson", async () => {
    const fe = await start();
    expect((await fe.run("input('x? ')")).reply.content).toMatchObject({ ename: 'EOFError' });
    await fe.run('.lesson udp-chat --notebook');
    expect((await fe.run("s = socket.socket(AF_INET, SOCK_DGRAM)\ns.bind(['', {port}])")).text).toContain('✔');
    expect((await fe.run("[data, addr] = s.recvfrom(1024)\ngreeting = data.decode('utf-8')\naddr")).text).toContain('✔');
    const typed = await fe.run("msg = input('A: >> ')\ns.sendto(msg.encode('utf-8'), addr)");
    expect(typed.reply.content).toMatchObject({ status: 'ok' });
    expect(typed.text).toContain('A: >> 你好 B');
    expect(typed.text).toContain('✔');
  });
});

describe('socklab kernel --python', () => {
  it('runs Python cells with Python semantics on the same socket module, and reports CPython exceptions', async () => {
    const fe = await start(['--python']);
    const info = await fe.request('shell', 'kernel_info_request', {});
    expect(info.content).toMatchObject({ status: 'ok', language_info: { name: 'python' } });
    const first = await fe.run("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', 0))\ns.family");
    expect(first.outputs.find((m) => m.header.msg_type === 'execute_result')?.content).toMatchObject({ data: { 'text/plain': '<AddressFamily.AF_INET: 2>' } });
    const second = await fe.run("data = b''\nif not data:\n    print('empty', 7 / 2)");
    expect(second.outputs.find((m) => m.header.msg_type === 'stream')?.content).toEqual({ name: 'stdout', text: 'empty 3.5\n' });
    const third = await fe.run("s.sendto('text', ('127.0.0.1', 9))");
    expect(third.reply.content).toMatchObject({ status: 'error', ename: 'TypeError', evalue: "a bytes-like object is required, not 'str'" });
    expect((await fe.run('s.close()\ns.fileno()')).text).toBe('-1');
  });
});
