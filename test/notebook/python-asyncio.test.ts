// asyncio in the `socklab-python` kernel's cells. A cell runs as a line of python3's REPL (DESIGN
// §7–8), not as IPython runs it: asyncio.run(main()) works in a cell (no loop is running between
// cells), a top-level await is python3's SyntaxError with a hint, and the interrupt button during
// asyncio.run cancels the main task as CPython's Runner does, so its server is closed.
import { afterEach, describe, expect, it } from 'vitest';
import { FrontEnd } from './frontend.ts';

const opened: FrontEnd[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.close()));
});

async function start(): Promise<FrontEnd> {
  const fe = await FrontEnd.start(['--python']);
  opened.push(fe);
  return fe;
}

describe('socklab kernel --python: asyncio', () => {
  it('runs asyncio.run(main()) in a cell, and refuses a top-level await as python3 does, with a hint', async () => {
    const fe = await start();
    await fe.run('import asyncio\nasync def twice(x):\n    await asyncio.sleep(0)\n    return 2 * x');
    expect((await fe.run('asyncio.run(twice(21))')).text).toBe('42');
    const awaited = await fe.run('await twice(1)');
    expect(awaited.reply.content).toMatchObject({ status: 'error', ename: 'SyntaxError', evalue: "'await' outside function" });
    const traceback = awaited.reply.content.traceback as string[];
    expect(traceback).toContain("SyntaxError: 'await' outside function");
    expect(traceback.join('\n')).toContain('asyncio.run(main())');
    // Each asyncio.run has a loop of its own: a second one runs too.
    expect((await fe.run('asyncio.run(twice(2))')).text).toBe('4');
  });

  it('interrupts asyncio.run serving: KeyboardInterrupt, the server closed by its async with, the names kept', async () => {
    const fe = await start();
    await fe.run([
      'import asyncio, socket',
      'kept = socket.socket()',
      'async def main():',
      "    server = await asyncio.start_server(lambda r, w: w.close(), '127.0.0.1', 0)",
      '    global port',
      '    port = server.sockets[0].getsockname()[1]',
      "    print('serving')",
      '    async with server:',
      '        await server.serve_forever()',
    ].join('\n'));
    const cell = fe.execute('asyncio.run(main())');
    await fe.waitFor(() => fe.iopub.some((m) => m.parent_header.msg_id === cell.id && (m.content as { text?: string }).text === 'serving\n'));
    fe.kernel.kill('SIGINT');
    const { reply } = await cell.done;
    expect(reply.content).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(reply.content.traceback as string[]).toContain('asyncio.exceptions.CancelledError');
    expect((await fe.run("socket.socket().connect_ex(('127.0.0.1', port))")).text).toBe('111');
    expect((await fe.run('kept.fileno() > 0')).text).toBe('True');
  });
});
