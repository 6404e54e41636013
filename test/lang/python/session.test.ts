// The session API the REPL and the notebook kernel use: globals across inputs, 'single' mode's
// value, codeop's complete/incomplete rule (checked live against python3's codeop), Ctrl+C.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createPythonSession, type PythonSession } from '../../../src/lang/python/index.ts';

let session: PythonSession | undefined;
let out = '';
function open(input: string[] = []): PythonSession {
  out = '';
  session = createPythonSession({ write: (t) => { out += t; }, readLine: async (prompt) => {
    out += prompt;
    return input.shift();
  } });
  return session;
}
afterEach(() => {
  session?.space.closeAll();
  session = undefined;
});

describe('a Python session', () => {
  it('keeps globals, functions and imports across inputs', async () => {
    const s = open();
    expect((await s.exec('import socket\nx = 40\ndef add(n):\n    return x + n\n')).ok).toBe(true);
    const r = await s.exec('print(add(2), socket.SOCK_DGRAM)');
    expect(r.ok).toBe(true);
    expect(out).toBe('42 2\n');
    expect(s.names()).toEqual(expect.arrayContaining(['socket', 'x', 'add', 'print']));
  });

  it("returns an expression statement's value in 'single' mode, and nothing for None", async () => {
    const s = open();
    const r = await s.exec("b'hi' + b'!'", { mode: 'single' });
    expect(r.valueRepr).toBe("b'hi!'");
    const none = await s.exec('print("x")', { mode: 'single' });
    expect(none.ok).toBe(true);
    expect(none.value).toBeUndefined();
    expect(out).toBe('x\n');
  });

  it("runs every item of a tuple expression statement and shows the tuple in 'single' mode", async () => {
    const s = open();
    await s.exec("def f(n):\n    print('f', n)\n    return n\n");
    expect((await s.exec("f(1), f(2) > 1, 'x'", { mode: 'single' })).valueRepr).toBe("(1, True, 'x')");
    expect((await s.exec('f(3), f(4)')).ok).toBe(true);
    expect(out).toBe('f 1\nf 2\nf 3\nf 4\n'); // python3 prints the same
  });

  it('reports an error with its traceback and keeps the session usable', async () => {
    const s = open();
    const r = await s.exec('y = 1\nz = y / 0', { mode: 'single', filename: '<stdin>' });
    expect(r.ok).toBe(false);
    expect(r.error!.type).toBe('ZeroDivisionError');
    // As `python3 -` prints it: linecache cannot read <stdin>, so no source line.
    expect(r.error!.traceback).toBe('Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nZeroDivisionError: division by zero\n');
    expect((await s.exec('y', { mode: 'single' })).valueRepr).toBe('1');
  });

  it('reads input() lines and raises EOFError at the end', async () => {
    const s = open(['9999']);
    const r = await s.exec('port = int(input("port: "))\nprint(port + 1)\ninput()');
    expect(out).toBe('port: 10000\n');
    expect(r.error!.type).toBe('EOFError');
  });

  it('interrupts a spinning loop and a blocking recv with KeyboardInterrupt', async () => {
    const s = open();
    const spin = new AbortController();
    setTimeout(() => spin.abort(), 50);
    const r1 = await s.exec('n = 0\nwhile 1:\n    n += 1', { signal: spin.signal });
    expect(r1.error!.type).toBe('KeyboardInterrupt');
    const wait = new AbortController();
    setTimeout(() => wait.abort(), 50);
    const r2 = await s.exec("import socket\nu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nu.bind(('127.0.0.1', 0))\nu.recvfrom(10)", { signal: wait.signal });
    expect(r2.error!.type).toBe('KeyboardInterrupt');
    expect((await s.exec('print(n > 0)')).ok).toBe(true);
    expect(out).toBe('True\n');
  });

  const INPUTS = ['x = 1', 'if x:', 'if x:\n  pass', 'if x:\n  pass\n', 'x = (1,', 'x = = 1', 'def f():\n  return 1\n',
    '"""abc', 'x = 1 \\', 'if x:\nprint(1)', 'for i in x: print(i)', 'for i in x: print(i)\n', '', 'print("a"', 'while True:\n    pass\n\n'];
  it('decides complete / incomplete / invalid as codeop does', () => {
    const script = `import codeop, json, sys\nout = []\nfor s in json.loads(sys.stdin.read()):\n    try:\n        out.append('complete' if codeop.compile_command(s, '<input>', 'single') else 'incomplete')\n    except SyntaxError:\n        out.append('invalid')\nprint(json.dumps(out))`;
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(INPUTS), encoding: 'utf8' });
    const expected = JSON.parse(r.stdout) as string[];
    const s = open();
    expect(INPUTS.map((i) => s.isComplete(i))).toEqual(expected);
  });
});
