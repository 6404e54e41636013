// `socklab run prog.py` on a real pseudo-terminal, Ctrl+C at each place a tutorial's program
// blocks (input() of a chat program, recvfrom, accept, recv, sleep, a busy loop): the terminal
// shows what python3 shows for the same program on the same terminal (its traceback names the
// waiting line; CPython's library frames are masked as the corpus masks them), and the program
// ends as python3's does (by SIGINT: status 130).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masked } from '../python/corpus.ts';
import { spawnPty, spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function program(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-pyint-test-'));
  dirs.push(dir);
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  return file;
}

const TCP_PAIR = "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 0))\nsrv.listen(1)\nc = socket.create_connection(srv.getsockname())\nconn, addr = srv.accept()\n";

/** Starts `file` under `start`, presses Ctrl+C once it waits, and gives back what the terminal showed and the status. */
async function interrupted(start: () => Pty): Promise<{ text: string; status: number | null }> {
  const term = start();
  terms.push(term);
  await term.waitFor('ready\n');
  await new Promise((resolve) => setTimeout(resolve, 200)); // into the wait (not a timing assertion)
  term.write('\x03');
  const status = await Promise.race([term.exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 8_000))]);
  expect(status, `still running 8 s after Ctrl+C; output:\n${term.output()}`).not.toBe('hung');
  return { text: term.output(), status: status as number | null };
}

describe('socklab run prog.py: Ctrl+C where the program waits is what python3 shows', () => {
  it.each([
    ['input()', "print('ready')\nname = input('name: ')\nprint('never', name)\n"],
    // The seed's chat prompt: the ^ under it count Chinese characters as two columns, as CPython's.
    ['input() with a Chinese prompt', "print('ready')\ndest_port = int(input('请输入对方的port:'))\n"],
    ['input() in a function', "def ask():\n    return input('A: >> ').encode('utf-8')\n\nprint('ready')\nwhile True:\n    data = ask()\n"],
    ['recvfrom()', "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', 0))\nprint('ready')\ndata, addr = s.recvfrom(1024)\n"],
    ['accept()', "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen(5)\nprint('ready')\nconn, addr = s.accept()\n"],
    ['recv()', `${TCP_PAIR}print('ready')\ndata = conn.recv(1024)\n`],
    ['time.sleep()', "import time\nprint('ready')\ntime.sleep(60)\n"],
    ['while True: pass', "print('ready')\nwhile True:\n    pass\n"],
  ])('%s', async (_name, source) => {
    const file = program(source);
    const reference = await interrupted(() => spawnPty('python3', [file]));
    const socklab = await interrupted(() => spawnSocklab(['run', file]));
    expect(masked(socklab.text, [0, 0])).toBe(masked(reference.text, [0, 0]));
    expect(socklab.status).toBe(reference.status);
    expect(socklab.status).toBe(130);
  });
});
