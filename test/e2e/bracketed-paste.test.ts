// Bracketed paste on a real pseudo-terminal: on a terminal that is not dumb, the REPL asks for
// it (ESC[?2004h) before the first prompt and gives it back (ESC[?2004l) at exit and on Ctrl+Z;
// a paste between the terminal's marks (ESC[200~ … ESC[201~) is one paste however slowly it
// arrives, in Python mode (a statement at column 0 after a block starts the next one, as CPython
// 3.13's REPL reads a paste) and in TypeScript mode (the marks never reach the line). On a dumb
// terminal nothing is asked for, and a paste is still guessed from lines arriving together.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const ON = '\x1b[?2004h';
const OFF = '\x1b[?2004l';
const START = '\x1b[200~';
const END = '\x1b[201~';

const terms: Pty[] = [];
afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

function start(args: string[], term: string): Pty {
  const pty = spawnSocklab(args, { env: { TERM: term } });
  terms.push(pty);
  return pty;
}

describe('bracketed paste', () => {
  it('Python mode: asks for the marks, takes a paste that arrives in two reads as one, gives them back at exit', async () => {
    const term = start(['--python'], 'xterm');
    await term.waitFor('py>>> ');
    expect(term.output().indexOf(ON)).toBeGreaterThanOrEqual(0);
    expect(term.output().indexOf(ON)).toBeLessThan(term.output().indexOf('py>>> '));
    // The second half comes after the first has been echoed: no "lines arriving together" here,
    // only the marks say that `print` belongs to the paste (typed, it would be a SyntaxError).
    term.write(`${START}if True:\r    x = 41\r`);
    await term.waitFor('x = 41');
    term.write(`print(x + 1)\r${END}`);
    await term.waitFor(/\n42\n/);
    expect(term.output()).not.toContain('SyntaxError');
    expect(term.output()).not.toContain('[200~');
    term.write('\x04');
    await term.exited;
    expect(term.output().lastIndexOf(OFF)).toBeGreaterThan(term.output().lastIndexOf(ON));
  });

  it('TypeScript mode: the marks never reach the line; Ctrl+Z gives them back and asks again', async () => {
    const term = start([], 'xterm');
    await term.waitFor('>>> ');
    expect(term.output()).toContain(ON);
    term.write(`${START}const a = 40\r`);
    await term.waitFor('const a = 40');
    term.write(`a + 2\r${END}`);
    await term.waitFor(/\n42\n/);
    expect(term.output()).not.toMatch(/\[20[01]~/);
    // No job control on the test's terminal: the stop is discarded and the REPL goes on at once.
    const before = term.output().length;
    term.write('\x1a');
    await term.waitFor(ON);
    expect(term.output().slice(before)).toMatch(/\x1b\[\?2004l[^]*\x1b\[\?2004h/);
    term.write('a\r');
    await term.waitFor(/\n40\n/);
  });

  it('TypeScript mode: a paste whose first block is Python is Python to its end, however slowly it arrives', async () => {
    const term = start([], 'xterm');
    await term.waitFor('>>> ');
    term.write(`${START}def add(a, b):\r    return a + b\r\r`);
    await term.waitFor('return a + b');
    term.write(`x = add(40, 2)\rprint(x)\r${END}`);
    await term.waitFor(/\n42\n/);
    expect(term.output()).not.toContain('coroutine');
    term.write('typeof x\r');
    await term.waitFor("'number'");
  });

  it('a dumb terminal is not asked for the marks, and a paste is still known by its lines arriving together', async () => {
    const term = start(['--python'], 'dumb');
    await term.waitFor('py>>> ');
    term.write('if True:\r    x = 41\rprint(x + 1)\r');
    await term.waitFor(/\n42\n/);
    expect(term.output()).not.toContain(ON);
  });
});
