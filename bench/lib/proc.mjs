// Child processes for the benchmark, each bounded in time. Every child is the leader of its own
// process group (detached), so a timeout or Ctrl+C kills it together with anything it started;
// nothing outlives the harness.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const _live = new Set();
let _stopped = false;

function _killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Kills every child still running (at exit, on Ctrl+C, after a failed benchmark). */
export function killAll() {
  for (const child of _live) _killGroup(child);
}

/** Kills every child and refuses to start new ones: the whole run reached its time limit. */
export function stopAll() {
  _stopped = true;
  killAll();
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}
process.on('exit', killAll);

/** Thrown when a child misbehaves; carries what it printed. */
export class ChildError extends Error {
  constructor(message, evidence = {}) {
    super(message);
    this.name = 'ChildError';
    this.evidence = evidence;
  }
}

/**
 * A running child with its output collected and helpers to wait for a line or for its exit.
 * `timeoutMs` is a hard limit on its whole life: past it the process group is killed.
 */
export function start(cmd, args, { timeoutMs, env, cwd, stdin = 'ignore' } = {}) {
  if (_stopped) throw new ChildError(`${cmd}: not started, the benchmark run reached its time limit`);
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
    detached: true,
  });
  _live.add(child);
  let stdout = '';
  let stderr = '';
  const lineWaiters = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    stdout += d;
    for (const w of [...lineWaiters]) w.check();
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    _killGroup(child);
  }, timeoutMs ?? 60_000);
  const exited = new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      _live.delete(child);
      for (const w of [...lineWaiters]) w.fail();
      resolve({ code, signal, timedOut, stdout, stderr });
    });
    child.on('error', (err) => {
      stderr += `\nspawn failed: ${err.message}`;
    });
  });
  const describe = (what) =>
    `${[cmd, ...args].join(' ')}: ${what}${timedOut ? ' (killed at its time limit)' : ''}` +
    `\n  stdout: ${stdout.trim().slice(-600)}\n  stderr: ${stderr.trim().slice(-600)}`;
  return {
    child,
    pid: child.pid,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    /** Resolves with the first match of `re` in stdout; rejects if the child exits first. */
    waitFor(re) {
      return new Promise((resolve, reject) => {
        const w = {
          check() {
            const m = re.exec(stdout);
            if (m) {
              lineWaiters.splice(lineWaiters.indexOf(w), 1);
              resolve(m);
            }
          },
          fail() {
            lineWaiters.splice(lineWaiters.indexOf(w), 1);
            reject(new ChildError(describe(`exited before printing ${re}`), { stdout, stderr }));
          },
        };
        lineWaiters.push(w);
        w.check();
        if (child.exitCode !== null || child.signalCode !== null) w.fail();
      });
    },
    /** Resolves with the exit; rejects on a non-zero exit or a timeout. */
    async done() {
      const r = await exited;
      if (r.timedOut || r.code !== 0) throw new ChildError(describe(`exit ${r.code ?? r.signal}`), r);
      return r;
    },
    exited,
    kill() {
      _killGroup(child);
    },
  };
}

/** Runs a child to completion and returns its stdout; throws on failure or timeout. */
export async function run(cmd, args, options) {
  const c = start(cmd, args, options);
  const r = await c.done();
  return r.stdout;
}

/** The last line of `text` that parses as a JSON object. */
export function lastJson(text) {
  const lines = text.trim().split('\n').reverse();
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      return JSON.parse(t);
    } catch {
      // not this one
    }
  }
  throw new ChildError(`no JSON result in output: ${text.trim().slice(-300)}`);
}

/** Peak resident set size (VmHWM) of a live process, in MiB, or null. */
export function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
