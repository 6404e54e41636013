// Python mode (issue 9): the bulk and ping-pong clients as `.py` programs run by `socklab run`,
// against the same socklab echo / sink process as the TypeScript clients, which run alongside
// in the same repetitions (rotated), so the ratio compares the two front ends on one socket layer.
// Keys: python_mode_bulk_mb_s, python_mode_rtt_per_s, the TypeScript loop's python_mode_ts_*,
// and the ratios python_mode_bulk_ratio, python_mode_rtt_ratio (Python mode / TypeScript).
import { join } from 'node:path';
import { PLACEMENTS } from './lib/cpus.mjs';
import { IMPLS, SOCKLAB_BIN, WORKLOADS } from './lib/impls.mjs';
import { Samples } from './lib/stats.mjs';
import { pair } from './transfer.mjs';

const _socklab = IMPLS.find((i) => i.id === 'socklab');
// The server is always the TypeScript workload; only the timed client changes.
const _FRONT_ENDS = [
  { id: 'ts', label: 'socklab .js', command: _socklab.command },
  {
    id: 'py',
    label: 'socklab .py',
    command: (script, args) => (script.endsWith('_client')
      ? [process.execPath, [SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab-python', `${script}.py`), ...args]]
      : _socklab.command(script, args)),
  },
];

const _ROWS = [
  { name: 'python mode, bulk', server: 'bulk_sink', client: 'bulk_client', key: 'bulk_mb_s', value: (r) => r.bytes / r.seconds / 1e6 },
  { name: 'python mode, ping-pong', server: 'echo_server', client: 'ping_client', key: 'rtt_per_s', value: (r) => r.rounds / r.seconds },
];

export async function pymode({ reps, seconds, log }) {
  const s = new Samples();
  for (const row of _ROWS) {
    for (let rep = 0; rep < reps; rep++) {
      const order = rep % 2 ? [..._FRONT_ENDS].reverse() : _FRONT_ENDS;
      for (const fe of order) {
        const key = fe.id === 'py' ? `python_mode_${row.key}` : `python_mode_ts_${row.key}`;
        try {
          const v = row.value(await pair(fe, row.server, row.client, seconds, PLACEMENTS.twoCores));
          s.add(key, v);
          log(`${row.name}: ${fe.label} ${v.toFixed(1)} (round ${rep + 1}/${reps})`);
        } catch (e) {
          s.add(key, null);
          s.note(`${row.name}, ${fe.label}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
          log(`${row.name}: ${fe.label} failed: ${e.message.split('\n')[0]}`);
        }
      }
    }
  }
  return s;
}
