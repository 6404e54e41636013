// The modules in the REPL (in-process, on streams): preloaded as globals, their blocking calls
// awaited where they stand as socket calls are, on real loopback sockets.
import { afterEach, describe, expect, it } from 'vitest';
import { startStreamRepl, type StreamRepl } from '../repl/harness.ts';

let repl: StreamRepl | undefined;
afterEach(async () => {
  await repl?.close();
  repl = undefined;
});

describe('the modules in the REPL', () => {
  it('struct, select, threading and makefile work line by line', async () => {
    repl = await startStreamRepl();
    expect(await repl.run("print(struct.pack('!I', 5), struct.calcsize('!I'))")).toContain("b'\\x00\\x00\\x00\\x05' 4");
    await repl.run('const [a, c] = socket.socketpair()');
    expect(await repl.run('print(select.select([a], [a], [], 0))')).toMatch(/\(\[\], \[<socket\.socket fd=\d+/);
    await repl.run("const t = threading.Thread({ target: async () => c.sendall(b('line one\\nrest')) })");
    await repl.run('t.start()');
    await repl.run('t.join()');
    await repl.run("const f = a.makefile('r')");
    // Awaited where it stands, as recv is: `line` holds the text, not a Promise.
    await repl.run('line = f.readline()');
    expect(await repl.run('print(repr(line))')).toContain("'line one\\n'");
    expect(await repl.run('print(t.is_alive(), threading.active_count())')).toContain('False 1');
  });

  it('shows an exception in a thread and the multiprocessing note inline, the note once', async () => {
    repl = await startStreamRepl();
    await repl.run("function boom() { throw new ValueError('bad') }");
    await repl.run('t = threading.Thread({ target: boom })');
    await repl.run('t.start()');
    await repl.run('t.join()');
    expect(repl.output()).toMatch(/Exception in thread Thread-\d+ \(boom\):\nValueError: bad\n/);
    await repl.run('p = multiprocessing.Process({ target: () => 0 })');
    await repl.run('p.start()');
    await repl.run('p.join()');
    expect(repl.output()).toContain('multiprocessing.Process runs as a task in this process');
    await repl.run('q = multiprocessing.Process({ target: () => 0 })');
    await repl.run('q.start()');
    await repl.run('q.join()');
    expect(repl.output().split('runs as a task in this process').length - 1).toBe(1);
  });

  it("Python's import lines bind the modules' names", async () => {
    repl = await startStreamRepl();
    await repl.run('from threading import Thread, Lock as L');
    expect(await repl.run('print(Thread === threading.Thread, L === threading.Lock)')).toContain('True True');
    await repl.run('import struct as st');
    expect(await repl.run("print(st.pack('!H', 1))")).toContain("b'\\x00\\x01'");
  });

  it('a socketserver serves in a thread while the prompt stays free', async () => {
    repl = await startStreamRepl();
    await repl.run('class Echo extends socketserver.BaseRequestHandler { async handle() { await this.request.sendall(await this.request.recv(100)) } }');
    await repl.run("server = socketserver.ThreadingTCPServer(['127.0.0.1', 0], Echo)");
    await repl.run('threading.Thread({ target: () => server.serve_forever(0.05), daemon: true }).start()');
    await repl.run('c = socket.create_connection(server.server_address)');
    await repl.run("c.sendall(b('hi'))");
    expect(await repl.run('print(c.recv(100))')).toContain("b'hi'");
    await repl.run('server.shutdown()');
    await repl.run('server.server_close()');
    expect(await repl.run('print(server.socket.fileno())')).toContain('-1');
  });
});
