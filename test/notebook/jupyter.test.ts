// The kernel with the real Jupyter client (Debian's jupyter-client and python3-nbclient, run
// with /usr/bin/python3): a lesson notebook runs to "Lesson complete" with `jupyter execute`
// and nbconvert, and jupyter_client's interrupt_kernel stops a waiting recvfrom. Skipped, with
// the reason printed, where Jupyter is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isPortFree } from '../../src/lessons/ports.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PYTHON = '/usr/bin/python3';

function _missing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import jupyter_client, nbclient, nbformat'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} is not there`;
  if (probe.status !== 0) return `${PYTHON} has no jupyter_client/nbclient (apt-get install jupyter-client python3-nbclient)`;
  return undefined;
}

const missing = _missing();
if (missing) console.log(`skipping the Jupyter end-to-end tests: ${missing}`);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-jupyter-'));
  dirs.push(dir);
  const env = { ...process.env, JUPYTER_DATA_DIR: join(dir, 'jupyter'), XDG_CONFIG_HOME: join(dir, 'config'), JUPYTER_RUNTIME_DIR: join(dir, 'runtime'), LANG: 'C', NO_COLOR: '1' };
  execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'kernel', 'install'], { env });
  return { dir, env };
}

describe.skipIf(missing !== undefined)('socklab kernel under jupyter_client', () => {
  it('installs kernelspecs that Jupyter lists', () => {
    const { env } = setup();
    const specs = JSON.parse(execFileSync(PYTHON, ['-m', 'jupyter_client.kernelspecapp', 'list', '--json'], { env, encoding: 'utf8' })) as { kernelspecs: Record<string, { spec: { argv: string[]; interrupt_mode: string } }> };
    expect(Object.keys(specs.kernelspecs)).toEqual(expect.arrayContaining(['socklab', 'socklab-python']));
    expect(specs.kernelspecs.socklab!.spec.interrupt_mode).toBe('signal');
    expect(specs.kernelspecs.socklab!.spec.argv[1]).toMatch(/^\//);
  });

  it('runs a lesson whose steps raise on purpose (tagged raises-exception) to the end', (ctx) => {
    if (!isPortFree(7788)) return ctx.skip();
    const { dir, env } = setup();
    const nb = join(dir, 'first.ipynb');
    execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'lesson', 'first-socket', '--notebook', nb], { env });
    const run = spawnSync('/usr/bin/jupyter', ['execute', nb], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
  });

  it('runs a lesson notebook to the end: jupyter execute exits 0, every checkpoint passes', (ctx) => {
    // The notebook's cells carry the lesson's port; another program holding it would fail them.
    if (!isPortFree(9999)) return ctx.skip();
    const { dir, env } = setup();
    const nb = join(dir, 'lesson.ipynb');
    execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'lesson', 'handshake-and-close', '--notebook', nb], { env });
    // nbclient's `jupyter execute` exits non-zero when a cell raises.
    const run = spawnSync('/usr/bin/jupyter', ['execute', nb], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = join(dir, 'lesson.out.ipynb');
    const convert = spawnSync(PYTHON, ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--output', out, nb], { env, encoding: 'utf8', timeout: 60_000 });
    if (convert.status !== 0 && /No module named nbconvert/.test(convert.stderr)) return; // nbconvert is optional
    expect(convert.status, convert.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Lesson complete');
    expect(text).toContain('image/svg+xml');
    expect(text).toContain('socklab-sockets');
    expect(text).toContain('TIME_WAIT');
  });

  it("stops a waiting recvfrom with jupyter_client's interrupt_kernel and keeps the socket; a restart frees every port", () => {
    const { env } = setup();
    const run = spawnSync(PYTHON, [join(root, 'test', 'notebook', 'interrupt.py')], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { interrupted: { status: string; ename: string }; kept: string; alive_after_shutdown: boolean; restarted_port_free: boolean; after_restart: string; ready_ms: number; trivial_cell_ms: number };
    console.log(`jupyter_client: kernel ready in ${result.ready_ms} ms, a trivial cell's round trip ${result.trivial_cell_ms} ms`);
    expect(result.interrupted).toMatchObject({ status: 'error', ename: 'KeyboardInterrupt' });
    expect(result.kept).toBe('ok');
    expect(result.alive_after_shutdown).toBe(false);
    expect(result.restarted_port_free).toBe(true);
    expect(result.after_restart).toBe('ReferenceError'); // the restarted kernel starts empty
  });
});
