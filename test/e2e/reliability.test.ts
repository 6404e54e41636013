// Nothing typed on a real terminal ends the session but Ctrl+D on an empty line or .exit
// (issue 8): Ctrl+C in loops that never wait, at the prompt, Ctrl+D on a `...` line, Ctrl+Z
// without job control, errors nobody catches. The real CLI on a pseudo-terminal (TERM=dumb).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnPty, spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

async function start(args: string[] = []): Promise<Pty> {
  const term = spawnSocklab(args);
  terms.push(term);
  await term.waitFor('>>> ');
  return term;
}

/** Types a line and waits for the next prompt; returns what was printed in between. */
async function type(term: Pty, line: string): Promise<string> {
  term.write(`${line}\r`);
  const out = await term.waitFor(/[^]*?\n(?=>>> )/);
  await term.waitFor('>>> ');
  return out.slice(out.indexOf('\n') + 1);
}

describe('Ctrl+C in a line that never waits', () => {
  it.each([
    ['a loop in the line', 'n = 0; while (true) { n++ }'],
    ['a loop after the line has awaited', 'sleep(0.01); while (true) { n++ }'],
    ['a synchronous function, called after an await', 'function spin() { while (true) { n++ } }; sleep(0.01); spin()'],
    ['a synchronous function, called at once', 'function spin2() { for (;;) n++ } spin2()'],
  ])('%s: KeyboardInterrupt, and the session keeps its variables and sockets', async (_name, line) => {
    const term = await start();
    await type(term, "keep = socket.socket(AF_INET, SOCK_DGRAM); keep.bind(['127.0.0.1', 0]); n = 0");
    term.write(`${line}\r`);
    await term.waitFor(`${line}\n`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let it spin (not a timing assertion)
    term.write('\x03');
    expect(await term.waitFor(/[^]*?>>> /)).toMatch(/^(\^C)?KeyboardInterrupt\n>>> $/);
    expect(await type(term, 'n > 0')).toBe('True\n');
    expect(await type(term, 'keep.getsockname()[0]')).toBe("'127.0.0.1'\n");
  });
});

describe('keys that must not end the session', () => {
  it('Ctrl+C at the prompt prints KeyboardInterrupt and stays, however often it is pressed', async () => {
    const term = await start();
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n>>> ');
    term.write('half typed\x03');
    await term.waitFor('KeyboardInterrupt\n>>> ');
    term.write('\x03\x03\x03');
    for (let i = 0; i < 3; i++) await term.waitFor('KeyboardInterrupt\n>>> ');
    expect(await type(term, '6 * 7')).toBe('42\n');
    expect(term.output()).not.toMatch(/To exit, press Ctrl\+C again/);
  });

  it('Ctrl+D on a `...` line cancels that entry only; on an empty line it exits', async () => {
    const term = await start();
    term.write('if (true) {\r');
    await term.waitFor('... ');
    term.write('\x04');
    await term.waitFor('>>> ');
    expect(await type(term, '2 + 2')).toBe('4\n');
    term.write('\x04');
    expect(await term.exited).toBe(0);
  });

  it('Ctrl+Z without job control (or a pasted 0x1A) leaves the terminal raw: one echo, Ctrl+C still a key', async () => {
    const term = await start();
    term.write('\x1a');
    expect(await type(term, '1 + 1')).toBe('2\n');
    // Cooked mode would echo the line twice (the terminal's echo and readline's).
    expect(term.output().match(/1 \+ 1/g)).toHaveLength(1);
    term.write('\x03');
    await term.waitFor('KeyboardInterrupt\n>>> ');
    expect(await type(term, "'alive'")).toBe("'alive'\n");
  });
});

describe('errors nobody catches', () => {
  it.each([
    ['a microtask', "queueMicrotask(() => { throw new Error('boom') })", 'Error: boom'],
    ['a timer', "setTimeout(() => { throw new ValueError('late') }, 1)", 'ValueError: late'],
    ['a background handler', "async function handle() { await sleep(0.01); throw new OSError('handler') }; for (let i = 0; i < 1; i++) { handle() }", 'OSError: handler'],
  ])('from %s: reported above the prompt, and the session goes on', async (_name, line, error) => {
    const term = await start();
    term.write(`${line}\r`);
    // As Python's "Exception in thread ...:" line, then the exception.
    await term.waitFor(`Exception in a background task (a callback, timer or handler):\n${error}\n`);
    await term.waitFor('>>> ');
    expect(await type(term, "'still here'")).toBe("'still here'\n");
  });

  it('throw null prints something sensible', async () => {
    const term = await start();
    expect(await type(term, 'throw null')).toBe('TypeError: exceptions must derive from BaseException\n');
  });
});

describe('after a shortage of file descriptors', () => {
  it('TypeScript works again once fds are free (a failed load of esbuild is not kept)', async () => {
    // 40 fds: the REPL starts, then the learner's sockets take the rest.
    const term = spawnPty('sh', ['-c', 'ulimit -n 40; exec "$0" bin/socklab.js', process.execPath], {
      env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: undefined, SOCKLAB_HISTORY: '', SOCKLAB_CONFIG_DIR: join(tmpdir(), 'socklab-e2e-no-config') },
    });
    terms.push(term);
    await term.waitFor('>>> ');
    expect(await type(term, 'socks = []; try { for (let i = 0; i < 100; i++) socks.push(socket.socket()) } catch (e) { print(e) }')).toBe(
      '[Errno 24] Too many open files\n');
    await type(term, 'let x: number = 5'); // fails one way or another: no fd to load esbuild with
    expect(await type(term, 'for (const s of socks) s.close(); socks.length > 0')).toBe('True\n');
    expect(await type(term, 'let y: number = 6; y')).toBe('6\n');
  });
});

describe('dot-commands after sabotage', () => {
  it('a command that fails on a broken builtin reports it as an error and the session goes on', async () => {
    const term = await start();
    await type(term, 'Array.prototype.map = null');
    const out = await type(term, '.help');
    expect(out).toMatch(/^TypeError: .*map is not a function\n$/);
    expect(out).not.toContain('background');
    // The broken map fails TypeScript's preparation of `2+2`; the Python front end, which no
    // longer needs map to parse it (descent.ts), may then run it as Python, with its note.
    expect(await type(term, '2+2')).toMatch(/^(Note: this input is Python.*\n)?4\n$/);
  });
});
