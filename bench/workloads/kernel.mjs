// The Jupyter kernel's rows: `socklab kernel` spawned on a connection file to its first
// kernel_info_reply (kernel_start_ms), and a trivial cell's execute_request to execute_reply
// (kernel_cell_ms), driven by a zeromq client in node (no Python). `node -e 0` runs in the same
// rounds (kernel_node_ms) so the start-up can be read against a bare node on a shared machine.
//
//   node bench/workloads/kernel.mjs [--reps N] [--python]   prints one JSON object (development)
//   BENCH_KERNEL_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" …   node options for the kernel (profiling)
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOCKLAB_BIN } from '../lib/impls.mjs';
import { median, Samples } from '../lib/stats.mjs';

const _CELLS = 20;
const _TIMEOUT_MS = 15_000;

function _sign(key, parts) {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function _frames(key, session, type, content) {
  const header = { msg_id: randomUUID(), session, username: 'bench', date: new Date().toISOString(), msg_type: type, version: '5.3' };
  const parts = [header, {}, {}, content].map((p) => Buffer.from(JSON.stringify(p)));
  return { id: header.msg_id, frames: [Buffer.from('<IDS|MSG>'), Buffer.from(_sign(key, parts)), ...parts] };
}

function _parse(frames) {
  const at = frames.findIndex((f) => f.toString() === '<IDS|MSG>');
  const [header, parent, , content] = frames.slice(at + 2, at + 6).map((f) => JSON.parse(f.toString()));
  return { header, parent, content };
}

/** One kernel: its start-up time and the median of _CELLS trivial cells' round trips. */
async function _once(zmq, { python = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-kernel-'));
  // ipc endpoints: no port to pick, none to collide with while the kernel is not bound yet.
  const key = randomUUID();
  const session = randomUUID();
  const info = { transport: 'ipc', ip: join(dir, 'k'), key, signature_scheme: 'hmac-sha256', shell_port: 1, iopub_port: 2, stdin_port: 3, control_port: 4, hb_port: 5 };
  const file = join(dir, 'connection.json');
  writeFileSync(file, JSON.stringify(info));
  const shell = new zmq.Dealer({ linger: 0, reconnectInterval: 2, receiveTimeout: _TIMEOUT_MS });
  const control = new zmq.Dealer({ linger: 0, reconnectInterval: 2, receiveTimeout: _TIMEOUT_MS });
  shell.connect(`ipc://${info.ip}-1`);
  control.connect(`ipc://${info.ip}-4`);
  const started = performance.now();
  const kernel = spawn(process.execPath, [...(process.env.BENCH_KERNEL_NODE_ARGS?.split(' ').filter(Boolean) ?? []), SOCKLAB_BIN, 'kernel', ...(python ? ['--python'] : []), file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: dir },
  });
  let stderr = '';
  kernel.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => kernel.once('exit', resolve));
  const request = async (socket, type, content) => {
    const m = _frames(key, session, type, content);
    await socket.send(m.frames);
    for (;;) {
      const reply = _parse(await socket.receive());
      if (reply.parent.msg_id === m.id) return reply;
    }
  };
  try {
    // zeromq queues the request until the kernel has bound and the connection is up.
    await request(shell, 'kernel_info_request', {});
    const startMs = performance.now() - started;
    const cells = [];
    for (let i = 0; i < _CELLS; i++) {
      const t0 = performance.now();
      const r = await request(shell, 'execute_request', { code: '1 + 1', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
      if (r.content.status !== 'ok') throw new Error(`the trivial cell failed: ${JSON.stringify(r.content)}`);
      cells.push(performance.now() - t0);
    }
    await request(control, 'shutdown_request', { restart: false });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    // The first cell also loads the evaluator; the rows report a warm cell.
    return { startMs, cellMs: median(cells.slice(1)), firstCellMs: cells[0] };
  } catch (e) {
    throw new Error(`${e.message}${stderr ? ` (kernel stderr: ${stderr.trim().split('\n').slice(-1)[0]})` : ''}`);
  } finally {
    if (kernel.exitCode === null && kernel.signalCode === null) kernel.kill('SIGKILL');
    shell.close();
    control.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function _nodeMs() {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}

export async function kernel({ reps, log, python = false }) {
  const s = new Samples();
  let zmq;
  try {
    zmq = await import('zeromq');
  } catch (e) {
    s.note(`kernel: not run, zeromq does not load here (${e.message.split('\n')[0]})`);
    return s;
  }
  for (let rep = -1; rep < reps; rep++) {
    // Taking turns with `node -e 0`, so background load falls on both alike; round -1 warms the page cache.
    const nodeMs = _nodeMs();
    let r;
    try {
      r = await _once(zmq, { python });
    } catch (e) {
      s.note(`kernel: ${e.message.split('\n')[0]}`);
      r = { startMs: null, cellMs: null, firstCellMs: null };
    }
    if (rep < 0) continue;
    s.add('kernel_start_ms', r.startMs);
    s.add('kernel_node_ms', nodeMs);
    s.add('kernel_cell_ms', r.cellMs);
    s.add('kernel_first_cell_ms', r.firstCellMs);
    log(`kernel: round ${rep + 1}/${reps}: start ${r.startMs?.toFixed(0)} ms (node -e 0 ${nodeMs.toFixed(0)} ms), cell ${r.cellMs?.toFixed(2)} ms`);
  }
  s.note('kernel_start_ms is spawn to the first kernel_info_reply (ipc transport, a node zeromq client); kernel_node_ms is `node -e 0` in the same rounds; kernel_cell_ms is the median round trip of a warm `1 + 1` cell, kernel_first_cell_ms the first one.');
  return s;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--reps');
  const s = await kernel({ reps: at > 0 ? Number(process.argv[at + 1]) : 5, log: (t) => process.stderr.write(`${t}\n`), python: process.argv.includes('--python') });
  const medians = Object.fromEntries(Object.entries(s.samples).map(([k, xs]) => [k, median(xs)]));
  process.stdout.write(`${JSON.stringify({ ...medians, samples: s.samples, notes: s.notes })}\n`);
}
