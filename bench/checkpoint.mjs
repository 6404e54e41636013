// Checkpoint evaluation time per REPL line with 100 sockets open (socklab only: python and node
// have no checkpoints). The work is done by the lessons module's benchCheckpoint(), in a child.
import { join } from 'node:path';
import { BENCH, CHILD_ENV } from './lib/impls.mjs';
import { lastJson, run } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';

export async function checkpoint({ reps, log, sockets = 100 }) {
  const s = new Samples();
  for (let rep = 0; rep < reps; rep++) {
    let r;
    try {
      r = lastJson(await run(process.execPath, [join(BENCH, 'checkpoint_child.mjs'), String(sockets)], { timeoutMs: 60_000, env: CHILD_ENV }));
    } catch (e) {
      r = { ms: null, note: `checkpoint benchmark failed: ${e.message.split('\n').slice(0, 3).join(' | ')}` };
    }
    s.add('checkpoint_ms', r.ms);
    if (r.note) s.note(r.note);
    if (r.ms === null) break; // nothing to repeat
    log(`checkpoint: ${r.ms.toFixed(3)} ms per line (round ${rep + 1}/${reps})`);
  }
  return s;
}
