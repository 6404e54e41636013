// Where each process of a benchmark runs. Unpinned, the scheduler sometimes puts a ping-pong
// pair on one core (a round trip is then two context switches) and sometimes on two (two
// cross-core wake-ups, each slower than the whole work on this VM): python3's own ping-pong
// moved between 13,000 and 104,000 round trips/s from one run to the next. So every two-process
// benchmark pins its processes with taskset(1): by default one process per core, and the
// ping-pong runs a second time with both on one core.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

function _hasTaskset() {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

const _CORES = os.availableParallelism?.() ?? os.cpus().length;

/** Whether processes can be pinned here (taskset exists and there are at least 2 cores). */
export const CAN_PIN = _CORES >= 2 && _hasTaskset();

/** Placements: the server's core and the client's core, or null for the scheduler's choice. */
export const PLACEMENTS = {
  twoCores: CAN_PIN ? { server: 0, client: 1 } : null,
  oneCore: CAN_PIN ? { server: 0, client: 0 } : null,
};

/** `[cmd, args]` run on `cpu` (a core number), or unchanged when `cpu` is undefined or pinning is unavailable. */
export function onCpu(cpu, [cmd, args]) {
  if (cpu === undefined || cpu === null || !CAN_PIN) return [cmd, args];
  return ['taskset', ['-c', String(cpu), cmd, ...args]];
}
