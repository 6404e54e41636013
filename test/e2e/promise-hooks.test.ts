// `socklab run` of a program with one task never turns promise hooks on. Node 20 turns its own
// on for the rest of the process the first time an AsyncLocalStorage is entered (or any async
// hook is enabled), and every Promise then costs about 4 times as much: each socket call of a
// script paid it (socket/cancel.ts says how scopes work without it, with V8's promise hooks from
// the first task on). Observable in the child: with node's hooks on, a new Promise carries
// node's async-id symbols; socklab's own are on once it has called promiseHooks.createHook().
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const _CLI = fileURLToPath(new URL('../../bin/socklab.js', import.meta.url));
// Loaded before socklab; says at exit whether a Promise made then is tracked by the hooks.
const _PROBE = `data:text/javascript,${encodeURIComponent([
  "import { promiseHooks } from 'node:v8';",
  'let made = false;',
  'const createHook = promiseHooks.createHook;',
  'promiseHooks.createHook = (hooks) => { made = true; return createHook(hooks); };',
  "process.on('exit', () => process.stderr.write(`promise hooks: ${made || Object.getOwnPropertySymbols(Promise.resolve()).length > 0 ? 'on' : 'off'}\\n`));",
].join('\n'))}`;

const dir = mkdtempSync(join(tmpdir(), 'socklab-promise-hooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, source: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, name);
  writeFileSync(file, source);
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', _PROBE, _CLI, 'run', file], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' }, timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

// What a one-task program waits on: connect, accept, calls that answer at once, a recv that
// waits until its timeout, sleep. (A bare call statement such as setTimeout(...) in a script is
// a background task, rewrite.ts: not one task any more.)
const ECHO_JS = `const srv = socket.socket(AF_INET, SOCK_STREAM);
srv.bind(['127.0.0.1', 0]);
srv.listen(1);
const c = socket.socket(AF_INET, SOCK_STREAM);
c.connect(srv.getsockname());
const [conn] = srv.accept();
for (let i = 0; i < 100; i++) {
  c.sendall(b('x'));
  conn.send(conn.recv(1));
  c.recv(1);
}
c.settimeout(0.02);
try {
  c.recv(1);
} catch (e) {
  print(repr(e));
}
sleep(0.01);
for (const s of [c, conn, srv]) s.close();
print('done');
`;

const ECHO_PY = `import socket, time
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.create_connection(srv.getsockname())
conn, addr = srv.accept()
for i in range(100):
    c.sendall(b'x')
    conn.send(conn.recv(1))
    c.recv(1)
c.settimeout(0.02)
try:
    c.recv(1)
except socket.timeout as e:
    print('timeout:', e)
time.sleep(0.01)
for s in (c, conn, srv):
    s.close()
print('done')
`;

const THREAD_PY = `import threading
def work():
    print('in', threading.current_thread().name)
t = threading.Thread(target=work, name='worker')
t.start()
t.join()
`;

describe('socklab run: promise hooks stay off for a program with one task', () => {
  it('a TypeScript script that connects, accepts, waits until a timeout and sleeps', async () => {
    const r = await run('echo.js', ECHO_JS);
    expect(r.stdout).toBe("TimeoutError('timed out')\ndone\n");
    expect(r.stderr).toBe('promise hooks: off\n');
    expect(r.code).toBe(0);
  });

  it('a Python program that does the same, with a timeout', async () => {
    const r = await run('echo.py', ECHO_PY);
    expect(r.stdout).toBe('timeout: timed out\ndone\n');
    expect(r.stderr).toBe('promise hooks: off\n');
    expect(r.code).toBe(0);
  });

  it('a thread is a task of its own: then the hooks carry its identity', async () => {
    const r = await run('thread.py', THREAD_PY);
    expect(r.stdout).toBe('in worker\n');
    expect(r.stderr).toBe('promise hooks: on\n');
    expect(r.code).toBe(0);
  });
});
