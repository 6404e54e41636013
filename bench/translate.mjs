// Translating a 300-line Python program (the corpus's tutorial programs, put together by
// translate_child.mjs) through parse → check → emit, socklab only (issue 9: under 20 ms). Each
// repetition is a fresh process: its first translation is what `socklab run prog.py` pays.
import { join } from 'node:path';
import { BENCH, CHILD_ENV } from './lib/impls.mjs';
import { lastJson, run } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';

export async function translate({ reps, log }) {
  const s = new Samples();
  for (let rep = 0; rep < reps; rep++) {
    let r;
    try {
      r = lastJson(await run(process.execPath, [join(BENCH, 'translate_child.mjs')], { timeoutMs: 60_000, env: CHILD_ENV }));
    } catch (e) {
      s.note(`translate benchmark failed: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
      break;
    }
    s.add('translate_300_ms', r.cold_ms);
    s.add('translate_300_cpu_ms', r.cold_cpu_ms);
    s.add('translate_300_warm_ms', r.warm_ms);
    log(`translate: ${r.cold_ms.toFixed(1)} ms the first time, ${r.warm_ms.toFixed(1)} ms warm (round ${rep + 1}/${reps})`);
  }
  s.note('translate_300_ms is the first translation in a fresh process (wall), translate_300_cpu_ms the same as CPU time, translate_300_warm_ms the median of 20 more.');
  return s;
}
