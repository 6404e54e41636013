// `socklab run`: a blocking call of a script's only task waits in the kernel on the main thread,
// in slices with a turn of the event loop between them (kernel/brief-wait.ts). What must still
// happen while it waits: other input reaches the script (a line typed for another thread), and
// Ctrl+C interrupts the wait.
// Once a receive has waited alone, the next ones wait in recv(2) itself (the fd in blocking mode
// with a slice's SO_RCVTIMEO, socket.ts #io): the same must hold there, and the program must not
// see the difference (its timeouts, its SO_RCVTIMEO).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket as NetSocket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSocklab, type Pty } from './pty.ts';

const terms: Pty[] = [];
const dirs: string[] = [];
const servers: Server[] = [];
const peers: NetSocket[] = [];

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const p of peers.splice(0)) p.destroy();
  await Promise.all(servers.splice(0).map((srv) => new Promise((resolve) => srv.close(resolve))));
});

function run(name: string, source: string, args: string[] = []): { term: Pty; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-alone-test-'));
  dirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, source);
  const term = spawnSocklab(['run', file, ...args]);
  terms.push(term);
  return { term, file };
}

/**
 * A TCP peer in this process that answers each 'x' with an 'x' a little later (so that the
 * script's receive has to wait for it) and ignores anything else. Resolves to its port.
 */
async function slowEcho(): Promise<number> {
  const srv = createServer((conn) => {
    peers.push(conn);
    conn.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 0x78) setTimeout(() => conn.writable && conn.write('x'), 20);
    });
  });
  servers.push(srv);
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return (srv.address() as { port: number }).port;
}

// recvfrom(2)'s number, for /proc/PID/syscall (which shows the call a blocked thread is in).
const _RECVFROM: number | undefined = { x64: 45, arm64: 207 }[process.arch as string];

/** Waits (bounded) until process `pid`'s main thread is blocked in recvfrom(2) on fd `fd`. */
async function blockedInRecv(pid: string, fd: string): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const [call, arg] = readFileSync(`/proc/${pid}/syscall`, 'utf8').split(' ');
    if (Number(call) === _RECVFROM && Number(arg) === Number(fd)) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

// Waits for the peer three times (the second wait makes recv(2) block), then checks what the
// program can see of it, then waits once more without an answer coming.
const PING_JS = `const s = socket.socket(AF_INET, SOCK_STREAM)
s.connect(['127.0.0.1', Number(process.argv[2])])
for (let i = 0; i < 3; i++) { s.send(b('x')); s.recv(1) }
print('blocking', process.pid, s.fileno())
s.settimeout(0.05)
try { s.recv(1) } catch (e) { print(repr(e)) }
s.settimeout(null)
print(repr(s.getsockopt(SOL_SOCKET, SO_RCVTIMEO, 16)))
for (let i = 0; i < 3; i++) { s.send(b('x')); s.recv(1) }
s.send(b('y'))
print('ready', process.pid, s.fileno())
const data = s.recv(1)
`;

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

  it.runIf(_RECVFROM !== undefined)('after a wait, recv() waits in the kernel; timeouts, SO_RCVTIMEO and Ctrl+C are as before', async () => {
    const port = await slowEcho();
    const { term, file } = run('ping.js', PING_JS, [String(port)]);
    const [, pid, fd] = /blocking (\d+) (\d+)\n/.exec(await term.waitFor(/blocking \d+ \d+\n/))!;
    await term.waitFor("TimeoutError('timed out')\n");
    await term.waitFor(`b'${'\\x00'.repeat(16)}'\n`);
    await term.waitFor(`ready ${pid} ${fd}\n`);
    // What this test is about: the wait is in recv(2) itself, not in ppoll(2).
    expect(await blockedInRecv(pid!, fd!)).toBe(true);
    term.write('\x03');
    await term.waitFor(`File "${file}", line 12`);
    await term.waitFor('    const data = s.recv(1)\nKeyboardInterrupt\n');
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
