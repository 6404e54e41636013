// The kernel with the real Jupyter client (Debian's jupyter-client and python3-nbclient, run
// with /usr/bin/python3): a lesson notebook runs to "Lesson complete" with `jupyter execute`
// and nbconvert, and jupyter_client's interrupt_kernel stops a waiting recvfrom. Skipped, with
// the reason printed, where Jupyter is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

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

/**
 * Runs `nb` with `jupyter execute` (nbclient: exits non-zero when a cell raises), then once more
 * with nbconvert to keep the outputs: the executed notebook's text, or undefined without nbconvert.
 */
function executeNotebook(nb: string, env: NodeJS.ProcessEnv): string | undefined {
  const run = spawnSync('/usr/bin/jupyter', ['execute', nb], { env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  const out = nb.replace(/\.ipynb$/, '.out.ipynb');
  const convert = spawnSync(PYTHON, ['-m', 'nbconvert', '--to', 'notebook', '--execute', '--output', out, nb], { env, encoding: 'utf8', timeout: 60_000 });
  if (convert.status !== 0 && /No module named nbconvert/.test(convert.stderr)) return undefined; // nbconvert is optional
  expect(convert.status, convert.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe.skipIf(missing !== undefined)('socklab kernel under jupyter_client', () => {
  it('installs kernelspecs that Jupyter lists', () => {
    const { env } = setup();
    const specs = JSON.parse(execFileSync(PYTHON, ['-m', 'jupyter_client.kernelspecapp', 'list', '--json'], { env, encoding: 'utf8' })) as { kernelspecs: Record<string, { spec: { argv: string[]; interrupt_mode: string } }> };
    expect(Object.keys(specs.kernelspecs)).toEqual(expect.arrayContaining(['socklab', 'socklab-python']));
    expect(specs.kernelspecs.socklab!.spec.interrupt_mode).toBe('signal');
    expect(specs.kernelspecs.socklab!.spec.argv[1]).toMatch(/^\//);
  });

  it('runs a lesson whose steps raise on purpose (tagged raises-exception) to the end', () => {
    const { dir, env } = setup();
    const nb = join(dir, 'first.ipynb');
    execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'lesson', 'first-socket', '--notebook', nb], { env });
    const run = spawnSync('/usr/bin/jupyter', ['execute', nb], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
  });

  it('runs a lesson notebook to the end: jupyter execute exits 0, every checkpoint passes (the ports are chosen as it runs)', () => {
    const { dir, env } = setup();
    const nb = join(dir, 'lesson.ipynb');
    execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'lesson', 'handshake-and-close', '--notebook', nb], { env });
    const text = executeNotebook(nb, env);
    if (text === undefined) return;
    expect(text).toContain('Lesson complete');
    // The lesson's texts are the markdown cells: the kernel's outputs do not print them again.
    expect(text).not.toMatch(/Step \d+\/\d+ ·/);
    expect(text).toContain('image/svg+xml');
    expect(text).toContain('socklab-sockets');
    expect(text).toContain('TIME_WAIT');
  });

  it('runs a Python lesson notebook (socklab lesson ID --notebook --python) to the end with the socklab-python kernel', () => {
    const { dir, env } = setup();
    const nb = join(dir, 'chat.ipynb');
    execFileSync(process.execPath, [join(root, 'bin', 'socklab.js'), 'lesson', 'udp-chat', '--notebook', '--python', nb], { env });
    expect(JSON.parse(readFileSync(nb, 'utf8')).metadata.kernelspec.name).toBe('socklab-python');
    const text = executeNotebook(nb, env);
    if (text === undefined) return;
    expect(text).toContain('data, addr = s.recvfrom(1024)'); // the steps' Python, not the TypeScript dialect
    expect(text).toContain('A: >> '); // input() took the steps' own lines (nbclient has no stdin)
    expect(text).toContain('Lesson complete');
  });

  it('executes a Python notebook with the socklab-python kernel: streams, results, an expected error, input() refused, the socket table', () => {
    const { dir, env } = setup();
    const nb = join(dir, 'python.ipynb');
    const cell = (source: string, tags: string[] = []) => ({ cell_type: 'code', id: String(Math.random()).slice(2, 10), metadata: tags.length ? { tags } : {}, source, execution_count: null, outputs: [] });
    writeFileSync(nb, JSON.stringify({
      cells: [
        cell("import socket\nrx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nrx.bind(('127.0.0.1', 0))\ntx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ntx.sendto(b'ping', rx.getsockname())"),
        cell("data, addr = rx.recvfrom(1024)\nprint('got', data)\ndata.decode().upper()"),
        cell("name = input('name? ')", ['raises-exception']),
        cell('.sockets'),
        cell('rx.close()\ntx.close()'),
      ],
      metadata: { kernelspec: { name: 'socklab-python', display_name: 'socklab (Python)', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    }));
    const text = executeNotebook(nb, env);
    if (text === undefined) return;
    const executed = JSON.parse(text) as { cells: Array<{ outputs: Array<Record<string, unknown>> }> };
    // nbformat stores a multi-line string as a list of lines.
    const joined = (x: unknown) => (Array.isArray(x) ? x.join('') : x);
    const outputs = executed.cells.map((c) => c.outputs.map((o) => {
      const data = o.data as Record<string, unknown> | undefined;
      return { type: o.output_type, text: joined(o.text ?? data?.['text/plain'] ?? `${String(o.ename)}: ${String(o.evalue)}`) };
    }));
    expect(outputs[0]).toEqual([{ type: 'execute_result', text: '4' }]);
    expect(outputs[1]).toEqual([{ type: 'stream', text: "got b'ping'\n" }, { type: 'execute_result', text: "'PING'" }]);
    expect(outputs[2]).toEqual([{ type: 'error', text: 'EOFError: EOF when reading a line' }]);
    expect(JSON.stringify(executed.cells[3]!.outputs)).toMatch(/socklab-sockets[^]*AF_INET\/SOCK_DGRAM/);
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
