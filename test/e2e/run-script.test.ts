// `socklab run FILE` reads a script as the REPL reads a line: the same Python habits, notes (on
// stderr, so stdout is what the script prints) and hints, and CPython's form for a syntax error.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const _CLI = fileURLToPath(new URL('../../bin/socklab.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'socklab-run-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, source: string, flags: string[] = []): Promise<{ code: number; stdout: string; stderr: string; file: string }> {
  const file = join(dir, name);
  writeFileSync(file, source);
  return new Promise((resolve) => {
    execFile(process.execPath, [_CLI, ...flags, 'run', file], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' }, timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr, file });
    });
  });
}

describe('socklab run with the REPL evaluator', () => {
  it("shows a syntax error as CPython does, with the file, the line and a caret, and runs nothing", async () => {
    const r = await run('bad.mjs', "print('never')\nconst s = socket.socket();\nwhile True:\n    pass\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Hint: this is Python syntax; socklab speaks JavaScript. For example: while (true) { ... }, if (x) { ... }, function f(a) { ... }.\n  File "${r.file}", line 3\n    while True:\n          ^\nSyntaxError: Unexpected token\n`);
  });

  it('runs Python habits as the REPL does; notes go to stderr, errors get their hint', async () => {
    const r = await run('chat.mjs', [
      "const [a, c] = socket.socketpair();",
      "await a.sendall(b'Hello, %s!' % b'Jack');",
      'data = c.recv(1024)',
      "if (data == b'quit') print('bye')",
      'print(data)',
      "print('Jack:' + data)",
      '',
    ].join('\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("b'Hello, Jack!'\n");
    expect(r.stderr).toMatch(/^Note: == and === compare bytes by identity/);
    expect(r.stderr).toMatch(/\nHint: decode the bytes first.*\nTraceback \(most recent call last\):\n/);
    expect(r.stderr).toContain(`  File "${r.file}", line 6, in <module>\n    print('Jack:' + data)\nTypeError: can only concatenate str (not "bytes") to str\n`);
  });

  it('shows a thrown value that is not an exception as the REPL does: Uncaught 5', async () => {
    const r = await run('thrown.js', "print('before')\nthrow 5\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('Traceback (most recent call last):\nUncaught 5\n');
  });

  it("names a misspelt constant with CPython's suggestion", async () => {
    const r = await run('name.js', 's = socket.socket(AF_INET, SOCKE_DGRAM)\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NameError: name 'SOCKE_DGRAM' is not defined\. Did you mean: 'SOCK_DGRAM'\?\n$/);
  });
});

describe('socklab run of TypeScript and ES modules: the same language as the REPL', () => {
  it('a .ts script with types, imports and exports gets the Python habits, and its lines are the file\'s', async () => {
    writeFileSync(join(dir, 'helper.mjs'), "export const greet = (x) => `hi ${x}`;\nexport default 42;\n");
    const r = await run('chat.ts', [
      "import answer, { greet } from './helper.mjs';",
      "import * as path from 'node:path';",
      'interface Point {',
      '  x: number;',
      '}',
      'const [a, c] = socket.socketpair();',
      "a.sendall(b'Hello, %s!' % b'Jack');",
      'const data: bytes = c.recv(1024);',
      "print(data, greet('x'), answer, path.basename(import.meta.url));",
      'export function f(p: Point,',
      '  q: string): void {',
      "  throw new ValueError('boom ' + p.x + q);",
      '}',
      "f({ x: 1 }, '!');",
      '',
    ].join('\n'));
    expect(r.stdout).toBe("b'Hello, Jack!' hi x 42 chat.ts\n");
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${r.file}", line 12, in <module>\n    throw new ValueError('boom ' + p.x + q);\nValueError: boom 1!\n`);
    expect(r.code).toBe(1);
  });

  it('an ES module script gets the notes and hints of the REPL', async () => {
    const r = await run('mod.mjs', [
      "import { basename } from 'node:path';",
      'const [a, c] = socket.socketpair();',
      "a.sendall(b'quit');",
      'const data = c.recv(10);',
      "if (data == b'quit') print('never');",
      "print('Jack:' + data);",
      'export { a };',
      '',
    ].join('\n'));
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Note: == and === compare bytes by identity/);
    expect(r.stderr).toContain(`  File "${r.file}", line 6, in <module>\n    print('Jack:' + data);\nTypeError: can only concatenate str (not "bytes") to str\n`);
    expect(r.code).toBe(1);
  });

  it('a syntax error in an ES module script is where it stops being a module, not at its import', async () => {
    const r = await run('badmod.mjs', "import { basename } from 'node:path';\nprint(basename('/a/b'))\nwhile True:\n    pass\n");
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`  File "${r.file}", line 3\\n    while True:\\n          \\^\\nSyntaxError: Unexpected token\\n$`));
    expect(r.code).toBe(1);
  });

  it('a syntax error in a .ts script: the file\'s line and a caret at the column', async () => {
    const r = await run('bad.ts', "const x: number = 1;\nlet y = (x as number;\nprint(y)\n");
    expect(r.stderr).toBe(`  File "${r.file}", line 2\n    let y = (x as number;\n                        ^\nSyntaxError: Expected ")" but found ";"\n`);
    expect(r.code).toBe(1);
  });

  it("under -W default, a socket still open at exit gets CPython's ResourceWarning; without -W nothing", async () => {
    const source = "a = socket.socket()\nprint('x')\n";
    const warned = await run('unclosed.js', source, ['-W', 'default']);
    expect(warned.stdout).toBe('x\n');
    expect(warned.stderr).toMatch(/^sys:1: ResourceWarning: unclosed <socket\.socket fd=\d+, family=2, type=1, proto=0, laddr=\('0\.0\.0\.0', 0\)>\n$/);
    const quiet = await run('unclosed.js', source);
    expect(quiet).toMatchObject({ code: 0, stdout: 'x\n', stderr: '' });
  });
});
