// `socklab run`: a blocking call of a script's only task waits in the kernel on the main thread,
// in slices with a turn of the event loop between them (kernel/brief-wait.ts). What must still
// happen while it waits: other input reaches the script (a line typed for another thread), and
// Ctrl+C interrupts the wait.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(name: string, source: string): { term: Pty; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-alone-test-'));
  dirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, source);
  const term = spawnSocklab(['run', file]);
  terms.push(term);
  return { term, file };
}

const RELAY_PY = `import socket, threading
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
def relay():
    line = input()
    t.sendto(line.encode(), s.getsockname())
threading.Thread(target=relay).start()
print('ready')
data, addr = s.recvfrom(100)
print('got', data)
t.close()
s.close()
`;

describe('socklab run: the only task waiting in the kernel', () => {
  it('a line typed for another thread arrives while the main thread waits in recvfrom()', async () => {
    const { term } = run('relay.py', RELAY_PY);
    await term.waitFor('ready\n');
    await new Promise((resolve) => setTimeout(resolve, 150)); // into the wait (not a timing assertion)
    term.write('hello\r');
    await term.waitFor("got b'hello'\n");
    expect(await term.exited).toBe(0);
  });

  it('Ctrl+C during the wait is KeyboardInterrupt at the waiting line, status 130', async () => {
    const source = "const s = socket.socket(AF_INET, SOCK_STREAM)\ns.bind(['127.0.0.1', 0])\ns.listen()\nprint('ready')\nconst [conn] = s.accept()\n";
    const [line, text] = [5, 'const [conn] = s.accept()'];
    const { term, file } = run('wait.js', source);
    await term.waitFor('ready\n');
    await new Promise((resolve) => setTimeout(resolve, 150)); // into the wait (not a timing assertion)
    term.write('\x03');
    await term.waitFor(`File "${file}", line ${line}`);
    await term.waitFor(`    ${text}\nKeyboardInterrupt\n`);
    expect(term.output()).toContain('Traceback (most recent call last):\n');
    expect(await term.exited).toBe(130);
  });

  it('a .py script: Ctrl+C during the wait ends it by SIGINT (status 130)', async () => {
    const { term } = run('wait.py', "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen()\nprint('ready')\nconn, addr = s.accept()\n");
    await term.waitFor('ready\n');
    await new Promise((resolve) => setTimeout(resolve, 150)); // into the wait (not a timing assertion)
    term.write('\x03');
    expect(await term.exited).toBe(130);
  });
});
