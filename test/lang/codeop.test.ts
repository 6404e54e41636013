// compileCommand against CPython's own codeop.compile_command, case by case (python3 3.11).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileCommand } from '../../src/lang/python/codeop.ts';

const _CASES = [
  'x = 1', 'if x:', 'if x:\n    pass', 'if x:\n    pass\n', '(1,', '(1,\n2)', '[1,\n', 'def f():\n  return 1', 'def f():\n  return 1\n',
  'while True:\n    data = 1\n    if not data:\n        break', 'while True:\n    data = 1\n    if not data:\n        break\n',
  'x = )', "print 'x'", 'if x:\nfoo', "'''abc", 'x = \\', 'for i in range(3): print(i)', 'for i in range(3): print(i)\n', '@dec',
  'if x:\n  pass\nelse:', 'if x:\n  pass\n  y=2\nz=3', 'x = 1\ny = 2', 'if not data:', 's.recv(', '', '# c', 'x = 1 # c',
  'for i in range(2):\n    pass\nprint(1)',
];

function _cpython(cases: string[]): string[] {
  const script = `
import codeop, json, sys
for c in json.loads(sys.stdin.read()):
    try:
        print('complete' if codeop.compile_command(c, '<stdin>', 'single') else 'incomplete')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
`;
  return execFileSync('python3', ['-c', script], { input: JSON.stringify(cases) }).toString().trim().split('\n');
}

describe('compileCommand (codeop)', () => {
  const expected = _cpython(_CASES);
  it.each(_CASES.map((c, i) => [c, expected[i]!]))('%j is %s, as CPython says', (source, answer) => {
    let ours: string;
    try {
      ours = compileCommand(source);
    } catch (e) {
      const err = e as { message: string; lineno: number; offset: number };
      ours = `SyntaxError ${err.message} ${err.lineno} ${err.offset}`;
    }
    expect(ours).toBe(answer);
  });
});

describe('compileCommand where python3 -i and code.py differ', () => {
  it('shows the IndentationError at once when an empty line follows a block header', () => {
    // code.py's InteractiveConsole reads on here; python3's own interactive loop (checked with
    // python3 -i through a pty) reports line 2 at once.
    expect(() => compileCommand('while True:\n')).toThrow(/expected an indented block after 'while' statement on line 1/);
    try {
      compileCommand('while True:\n');
    } catch (e) {
      expect((e as { lineno: number }).lineno).toBe(2);
    }
  });
});
