// Pitfalls where the terminal matters, on the real CLI in a pseudo-terminal: Enter and the grey
// completion preview, --no-color, text wrapped to a narrow terminal, a lesson id that does not exist.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

function start(args: string[], options: Parameters<typeof spawnSocklab>[1] = {}): Pty {
  const term = spawnSocklab(args, options);
  terms.push(term);
  return term;
}

describe('the terminal', () => {
  it('runs the line as typed when Enter is pressed over a completion preview, and --no-color has no grey', async () => {
    const term = start(['--no-color'], { env: { TERM: 'xterm-256color' } });
    await term.waitFor('>>> ');
    // (struct itself is a module now: a prefix of structuredClone that names none)
    term.write('import structu');
    await term.waitFor('redClone'); // node's preview of structuredClone
    term.write('\r');
    await term.waitFor('socklab has no Python module structu;');
    expect(term.output()).not.toContain('structuredClone;');
    expect(term.output()).not.toMatch(/\x1b\[(?:90|2)m/); // no grey, no dim
  });

  it('still takes the line a reverse search (Ctrl+R) found on Enter', async () => {
    const term = start([], { env: { TERM: 'xterm-256color' } });
    await term.waitFor('>>> ');
    term.write('6 * 7\r');
    await term.waitFor('42');
    term.write('1\r');
    await term.waitFor('\n1\n');
    term.write('\x126 *');
    await term.waitFor('6 * 7');
    term.write('\r');
    await term.waitFor(/\n42\n/);
  });

  it('wraps a lesson text to a 60-column terminal without breaking words', async () => {
    const term = start(['lesson', 'udp-chat'], { cols: 60 });
    await term.waitFor('udp-chat 1/6 > ', 20_000);
    const intro = term.output().slice(term.output().indexOf('Now the whole tutorial program'));
    const text = intro.slice(0, intro.indexOf('walkie-talkie.)') + 'walkie-talkie.)'.length);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(60);
    expect(lines.join(' ').replace(/ +/g, ' ')).toContain('a chat between QQ users A and B. You are A: you bind a UDP socket');
  });

  it('shows the .sockets table as blocks when it is wider than the terminal', async () => {
    const term = start([], { cols: 50 });
    await term.waitFor('>>> ');
    term.write("s = socket.socket(AF_INET, SOCK_DGRAM); s.bind(['127.0.0.1', 0])\r");
    await term.waitFor('>>> ');
    term.write('.sockets\r');
    const out = await term.waitFor(/fd:[^]*?>>> /);
    expect(out).toMatch(/family\/type: +AF_INET\/SOCK_DGRAM\n/);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThan(50);
  });

  it('exits 1 for a lesson that does not exist, with the list', async () => {
    const term = start(['lesson', 'nosuch']);
    expect(await term.exited).toBe(1);
    expect(term.output()).toMatch(/There is no lesson "nosuch"\.\n[^]*udp-chat/);
  });

  it('a TypeScript line typed while no fd is free is OSError: [Errno 24], and TypeScript works again once sockets close', async () => {
    const term = start([], { maxFds: 120 });
    await term.waitFor('>>> ');
    term.write('ss = []; try { for (;;) ss.push(socket.socket()) } catch (e) { print(e) }\r');
    await term.waitFor('[Errno 24] Too many open files\n>>> ');
    term.write('let q: number = 1\r');
    await term.waitFor('OSError: [Errno 24] Too many open files\n');
    await term.waitFor('>>> ');
    expect(term.output()).not.toContain('SyntaxError');
    term.write('for (const s of ss) s.close()\r');
    await term.waitFor('>>> ');
    term.write('let z: number = 6 * 7; z\r');
    await term.waitFor('\n42\n');
  });
});

describe("TypeScript mode's pitfalls, typed as a new user would, in Chinese", () => {
  it('notes, CPython errors and hints for bytes, break, misspelt names and a missing await', async () => {
    const term = start(['--lang', 'zh']);
    await term.waitFor('>>> ');
    const steps: Array<[string, string | RegExp]> = [
      ['[a, c] = socket.socketpair()', '>>> '],
      ["a.sendall(b'quit')", '>>> '],
      ['data = c.recv(10)', '>>> '],
      ["data == b'quit'", /== 和 === 比较的是 bytes 是不是同一个对象[^\n]*data\.equals\(b'quit'\)[^\n]*\nFalse\n/],
      ["if (!b'') print('empty')", /任何 bytes 值都是真[^\n]*len\(data\) === 0/],
      ["print(b'Hello, %s!' % data)", "b'Hello, quit!'\n"],
      ["'Jack:' + data", 'TypeError: can only concatenate str (not "bytes") to str\n建议：先把 bytes 解码'],
      ['break', "SyntaxError: 'break' outside loop\n建议：break 和 continue 只能用在同一次输入的循环里"],
      ['6 * 7', '\n42\n'],
      ['s = socket.socket(AF_INET, SOCKE_DGRAM)', "NameError: name 'SOCKE_DGRAM' is not defined. Did you mean: 'SOCK_DGRAM'?\n"],
      ['s = socket.socket()', '>>> '],
      ['s.clsoe()', "AttributeError: 'socket' object has no attribute 'clsoe'. Did you mean: 'close'?\n"],
      ['function r() { return c.recv(10).decode() }', /在 r\(\) 里，c\.recv\(10\) 前面没有 await/],
      ['r()', /AttributeError: 'coroutine' object has no attribute 'decode'\n建议：r\(\) 里的 c\.recv\(10\) 没有 await/],
    ];
    for (const [line, expected] of steps) {
      term.write(`${line}\r`);
      await term.waitFor(expected);
      if (expected !== '>>> ') await term.waitFor('>>> ');
    }
    expect(term.output()).not.toContain('__sl_');
  });
});

