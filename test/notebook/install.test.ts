// The notebook's commands through the real CLI: kernelspecs installed where Jupyter looks (no
// Python needed), removed again; a lesson written as a notebook; the kernel's refusals and its
// exit when its parent dies. Plus the wire format's signing, and zeromq loading at all.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as zmq from 'zeromq';
import { connectionPorts } from './frontend.ts';
import { decode, encode, makeMessage, Signer, WireError } from '../../src/notebook/wire.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'socklab.js');
const dirs: string[] = [];
const pids: number[] = [];

afterEach(() => {
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-nb-'));
  dirs.push(dir);
  return dir;
}

function socklab(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env }, timeout: 20_000 });
}

describe('socklab kernel install / uninstall', () => {
  it('writes both kernelspecs into JUPYTER_DATA_DIR with absolute argv, signal interrupts and logos, and removes them', () => {
    const data = tempDir();
    const r = socklab(['kernel', 'install'], { JUPYTER_DATA_DIR: data });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(data, 'kernels'));
    const spec = JSON.parse(readFileSync(join(data, 'kernels', 'socklab', 'kernel.json'), 'utf8')) as { argv: string[]; interrupt_mode: string; display_name: string; language: string };
    expect(spec.argv).toEqual([process.execPath, cli, 'kernel', '{connection_file}']);
    expect(spec).toMatchObject({ interrupt_mode: 'signal', display_name: 'socklab (TypeScript)', language: 'typescript' });
    const python = JSON.parse(readFileSync(join(data, 'kernels', 'socklab-python', 'kernel.json'), 'utf8')) as { argv: string[]; language: string };
    expect(python.argv).toEqual([process.execPath, cli, 'kernel', '--python', '{connection_file}']);
    expect(python.language).toBe('python');
    const png = readFileSync(join(data, 'kernels', 'socklab', 'logo-64x64.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(64); // IHDR width
    expect(readFileSync(join(data, 'kernels', 'socklab', 'logo-svg.svg'), 'utf8')).toMatch(/^<svg/);
    expect(socklab(['kernel', 'uninstall'], { JUPYTER_DATA_DIR: data }).status).toBe(0);
    expect(existsSync(join(data, 'kernels', 'socklab'))).toBe(false);
    expect(socklab(['kernel', 'uninstall'], { JUPYTER_DATA_DIR: data }).stdout).toMatch(/No socklab kernel is installed/);
  });

  it('honours --prefix and names the kernels in the user\'s language', () => {
    const prefix = tempDir();
    expect(socklab(['kernel', 'install', '--prefix', prefix], { LANG: 'zh_CN.UTF-8' }).status).toBe(0);
    const spec = JSON.parse(readFileSync(join(prefix, 'share', 'jupyter', 'kernels', 'socklab', 'kernel.json'), 'utf8')) as { display_name: string };
    expect(spec.display_name).toBe('socklab（TypeScript）');
  });

  it('says in one sentence what is wrong with a connection file, and prints its usage without one', () => {
    const r = socklab(['kernel', '/nonexistent/kernel-1.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Cannot read the Jupyter connection file "\/nonexistent\/kernel-1.json": ENOENT/);
    const usage = socklab(['kernel']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('socklab kernel install [--prefix DIR]');
  });
});

describe('socklab lesson ID --notebook', () => {
  it('writes the lesson as a notebook: markdown text, .lesson first, one code cell per step, the socklab kernel', () => {
    const dir = tempDir();
    const file = join(dir, 'first.ipynb');
    const r = socklab(['lesson', 'first-socket', '--notebook', file]);
    expect(r.status, r.stderr).toBe(0);
    const nb = JSON.parse(readFileSync(file, 'utf8')) as { nbformat: number; metadata: { kernelspec: { name: string } }; cells: Array<{ cell_type: string; source: string }> };
    expect(nb.nbformat).toBe(4);
    expect(nb.metadata.kernelspec.name).toBe('socklab');
    expect(nb.cells[0]!.cell_type).toBe('markdown');
    expect(nb.cells[1]).toMatchObject({ cell_type: 'code', source: '.lesson first-socket --notebook' });
    const steps = nb.cells.filter((c) => c.cell_type === 'markdown' && c.source.startsWith('## Step'));
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    expect(steps.length).toBeGreaterThan(1);
    expect(code.length).toBe(steps.length + 2); // .lesson, the steps, .sockets/.diagram
    expect(code[2]!.source).toMatch(/socket\.socket\(/);
    expect(socklab(['lesson', 'first-sockett', '--notebook', join(dir, 'x.ipynb')]).stderr).toMatch(/first-socket/);
  });

  it("keeps the lesson's {port} in the code cells (the kernel chooses the port when the notebook runs) and shows the lesson's own port in the text", () => {
    const dir = tempDir();
    const file = join(dir, 'server.ipynb');
    expect(socklab(['lesson', 'tcp-server', '--notebook', file]).status).toBe(0);
    const nb = JSON.parse(readFileSync(file, 'utf8')) as { cells: Array<{ cell_type: string; source: string }> };
    const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source);
    expect(code).toContain("s.bind(['127.0.0.1', {port}])");
    const steps = nb.cells.filter((c) => c.cell_type === 'markdown' && c.source.startsWith('## Step')).map((c) => c.source);
    expect(steps.join('\n')).toContain('127.0.0.1:9999');
    expect(steps.join('\n')).not.toContain('{port}');
    expect(nb.cells[0]!.source).toContain('`{port}`'); // the intro says what the placeholder is
  });

  it('writes a Python notebook for the socklab-python kernel from the steps\' python code with --python', () => {
    const dir = tempDir();
    const file = join(dir, 'server.ipynb');
    const r = socklab(['lesson', 'tcp-server', '--notebook', '--python', file]);
    expect(r.status, r.stderr).toBe(0);
    const nb = JSON.parse(readFileSync(file, 'utf8')) as { metadata: { kernelspec: { name: string; language: string }; language_info: { name: string } }; cells: Array<{ cell_type: string; source: string }> };
    expect(nb.metadata.kernelspec).toMatchObject({ name: 'socklab-python', language: 'python' });
    expect(nb.metadata.language_info.name).toBe('python');
    const code = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source);
    expect(code[0]).toBe('.lesson tcp-server --notebook');
    // Every step's cell is its `python:` code (Python's tuples, not the TypeScript dialect's lists).
    const steps = nb.cells.filter((c) => c.cell_type === 'markdown' && c.source.startsWith('## Step'));
    expect(code.length).toBe(steps.length + 2);
    if (steps.length > 0) expect(code.join('\n')).toContain("s.bind(('127.0.0.1', {port}))");
    expect(code.join('\n')).not.toContain("['127.0.0.1', {port}]");
  });
});

describe('the kernel process', () => {
  it('exits when the process that started it dies', async () => {
    const dir = tempDir();
    const ports = connectionPorts();
    const file = join(dir, 'connection.json');
    writeFileSync(file, JSON.stringify({ transport: 'tcp', ip: '127.0.0.1', key: 'k', signature_scheme: 'hmac-sha256', ...ports }));
    // A shell plays the notebook server: it starts the kernel, then dies without stopping it.
    const parent = spawn('sh', ['-c', `"${process.execPath}" "${cli}" kernel "${file}" >/dev/null 2>&1 & echo $!; sleep 30`], { stdio: ['ignore', 'pipe', 'ignore'] });
    const kernelPid = await new Promise<number>((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
    pids.push(kernelPid, parent.pid!);
    // The kernel is up once its heartbeat answers.
    const hb = new zmq.Request({ linger: 0, receiveTimeout: 15_000 });
    hb.connect(`tcp://127.0.0.1:${ports.hb_port}`);
    try {
      await hb.send('up?');
      await hb.receive();
    } finally {
      hb.close();
    }
    expect(() => process.kill(kernelPid, 0)).not.toThrow();
    parent.kill('SIGKILL');
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        process.kill(kernelPid, 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
  });

  it('loads zeromq (the optional dependency the kernel needs)', async () => {
    const zmq = await import('zeromq');
    const router = new zmq.Router();
    expect(typeof router.send).toBe('function');
    router.close();
  });
});

describe('the wire format', () => {
  it('signs with HMAC-SHA256 and refuses a message whose signature does not match', () => {
    const signer = new Signer('secret');
    const msg = makeMessage('kernel_info_request', {}, 'session');
    const frames = encode({ ...msg, identities: [Buffer.from('client')] }, signer);
    const back = decode(frames, signer);
    expect(back.header.msg_type).toBe('kernel_info_request');
    expect(back.identities.map((b) => b.toString())).toEqual(['client']);
    expect(() => decode(frames, new Signer('other'))).toThrow(WireError);
    expect(() => decode([Buffer.from('junk')], signer)).toThrow(WireError);
    expect(decode(encode(msg, new Signer('')), new Signer('')).header.msg_id).toBe(msg.header.msg_id);
  });
});
