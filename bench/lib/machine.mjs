// The machine the figures came from: cores, memory, versions, kernel, and the load average
// (other work on a 2-core machine moves every number here).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { PYTHON } from './impls.mjs';

function _tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
}

function _cpuModel() {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? null;
  } catch {
    return os.cpus()[0]?.model ?? null;
  }
}

export function machine() {
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: _cpuModel(),
    memory_gib: +(os.totalmem() / 2 ** 30).toFixed(1),
    free_h: _tryRun('free', ['-h']),
    node: process.version,
    python: _tryRun(PYTHON, ['--version']),
    kernel: `${os.type()} ${os.release()}`,
    loadavg_start: os.loadavg().map((x) => +x.toFixed(2)),
  };
}
