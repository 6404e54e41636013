// SyntaxErrors, refusals and tracebacks: CPython's report, byte for byte where socklab
// reproduces it (checked live against python3), and the refusal of constructs outside the subset.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCPython, runSocklab } from './harness.ts';

afterAll(cleanup);

/** Programs whose whole stderr (SyntaxError block) must be CPython's. */
const SYNTAX: [string, string][] = [
  ['print statement', 'print "hello"\n'],
  ['missing colon after if', 'x = 1\nif x\n    pass\n'],
  ['missing colon after for', 'for i in range(3)\n    print(i)\n'],
  ['missing colon after def', 'def f()\n    pass\n'],
  ['missing colon after class', 'class A\n    pass\n'],
  ['unexpected indent', 'x = 1\n    y = 2\n'],
  ['expected an indented block', 'if True:\npass\n'],
  ['break outside loop', 'x = 1\nbreak\n'],
  ['continue outside loop', 'continue\n'],
  ['return outside function', 'return 5\n'],
  ['invalid syntax', 'x = = 2\n'],
  ['unclosed bracket', 'x = (1, 2\n'],
  ['unterminated string', "s = 'abc\n"],
  ['unmatched bracket', 'x = 1)\n'],
];

/** Programs whose traceback's last line (the exception) must be CPython's. */
const RUNTIME: [string, string][] = [
  ['NameError with a suggestion', 'message = 1\nprint(mesage)\n'],
  ['NameError of a builtin', 'prnt("x")\n'],
  ['AttributeError with a suggestion', 'import socket\ns = socket.socket()\ns.conect(("127.0.0.1", 1))\n'],
  ['AttributeError on None', 'x = None\nx.recv(1)\n'],
  ['str + bytes', 'print("a" + b"b")\n'],
  ['bytes + str', 'print(b"a" + "b")\n'],
  ['int + str', 'print(1 + "b")\n'],
  ['KeyError', 'd = {}\nd["k"]\n'],
  ['IndexError', 'x = []\nx[0]\n'],
  ['ZeroDivisionError', 'print(1 / 0)\n'],
  ['ValueError from int()', 'int("port")\n'],
  ['unpacking', 'a, b = (1, 2, 3)\n'],
  ['too few arguments', 'def f(a, b):\n    pass\nf(1)\n'],
  ['too many arguments', 'def f(a):\n    pass\nf(1, 2)\n'],
  ['unexpected keyword', 'def f(a):\n    pass\nf(b=1)\n'],
  ['ModuleNotFoundError', 'import socklab_no_such_module\n'],
  ['ConnectionRefusedError', 'import socket\ns = socket.socket()\ns.connect(("127.0.0.1", 1))\n'],
  ['sending a str', 'import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto("hi", ("127.0.0.1", 9))\n'],
  ['raise a custom error', 'class Boom(Exception):\n    pass\nraise Boom("x", 1)\n'],
];

describe('SyntaxError blocks, as python3 prints them', () => {
  it.each(SYNTAX)('%s', async (_name, source) => {
    const cpython = runCPython(source);
    const ours = await runSocklab(source);
    expect(ours.stdout).toBe('');
    expect(ours.stderr).toBe(cpython.stderr);
  });
});

describe('the exception line of a traceback, as python3 prints it', () => {
  it.each(RUNTIME)('%s', async (_name, source) => {
    const cpython = runCPython(source);
    const ours = await runSocklab(source);
    expect(ours.error).toBe(cpython.error);
    expect(ours.stderr.startsWith('Traceback (most recent call last):\n') || ours.stderr.includes('No module named')).toBe(true);
  });

  it('names every frame with its line and source, outermost first', async () => {
    const source = 'def inner(x):\n    return x + "a"\n\ndef outer():\n    return inner(1)\n\nouter()\n';
    const cpython = runCPython(source);
    const ours = await runSocklab(source);
    const frames = (text: string) => text.split('\n').filter((l) => /^ {2}File /.test(l) || /^ {4}\S/.test(l));
    expect(frames(ours.stderr)).toEqual(frames(cpython.stderr));
  });
});

describe('constructs outside the subset are refused before anything runs', () => {
  const REFUSED: [string, string, number][] = [
    ['a generator lambda', 'print("ran")\ngen = lambda: (yield 1)\n', 2],
    ['a subclass of complex', 'print("ran")\nclass A(complex):\n    pass\n', 2],
  ];
  it.each(REFUSED)('%s', async (_name, source, line) => {
    const ours = await runSocklab(source);
    expect(ours.stdout).toBe('');
    expect(ours.stderr).toContain(`line ${line}\n`);
    expect(ours.error).toMatch(/^SyntaxError: .* not supported by socklab's Python yet\.$/);
  });
});
