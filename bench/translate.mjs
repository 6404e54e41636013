// Translating a 300-line Python program (issue 9: under 20 ms), measured two ways, socklab only.
//
// translate_300_ms / translate_300_cpu_ms: what a learner pays, on the product's path. `socklab
// run` of the tutorial programs as functions that are never called (bench/lib/translate_source.mjs)
// minus `socklab run` of an empty .py, taken in turns (the median of the differences), with the
// code cache in place: a cache directory of its own, written by one first run of the program, as a
// learner's is by the first program they ran. Each run's program ends in a different comment, so
// every one is a first translation. That difference is parse → check → emit plus V8 compiling the
// JavaScript and running a top level of 13 `def`s. translate_300_cached_ms (…_cpu_ms): the same
// program run a second time, its translation read from the cache (src/lang/python/translation-cache.ts).
//
// translate_300_inproc_ms (…_cpu_ms, …_warm_ms, and the passes' split): parse → check → emit alone
// in a fresh process (bench/translate_child.mjs, its own bundle, no code cache); warm is the
// median of 20 more in the same process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH, CHILD_ENV, PYTHON, SOCKLAB_BIN, WORKLOADS } from './lib/impls.mjs';
import { lastJson, run } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';
import { definitionsOnlySource } from './lib/translate_source.mjs';

async function _timedRun(file, env) {
  const r = lastJson(await run(PYTHON, [join(BENCH, 'timed_run.py'), '--', process.execPath, SOCKLAB_BIN, 'run', file], { timeoutMs: 60_000, env }));
  if (r.code !== 0) throw new Error(`socklab run ${file}: exit ${r.code}: ${r.stderr}`);
  return r;
}

async function _productPath(s, reps, log) {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-translate-'));
  const env = { ...CHILD_ENV, SOCKLAB_CACHE_DIR: join(dir, 'cache') };
  const empty = join(WORKLOADS, 'socklab', 'empty.py');
  const program = join(dir, 'tutorials_as_defs.py');
  try {
    writeFileSync(program, definitionsOnlySource('the run that writes the code cache'));
    await _timedRun(program, env);
    for (let rep = 0; rep < reps; rep++) {
      writeFileSync(program, definitionsOnlySource(`run ${rep + 1}`));
      const e = await _timedRun(empty, env);
      const p = await _timedRun(program, env);
      const again = await _timedRun(program, env);
      s.add('translate_300_ms', p.ms - e.ms);
      s.add('translate_300_cpu_ms', p.cpu_ms - e.cpu_ms);
      s.add('run_translate_300_ms', p.ms);
      s.add('translate_300_cached_ms', again.ms - e.ms);
      s.add('translate_300_cached_cpu_ms', again.cpu_ms - e.cpu_ms);
      log(`translate: socklab run of 313 lines ${p.ms.toFixed(0)} ms, again ${again.ms.toFixed(0)} ms, of an empty .py ${e.ms.toFixed(0)} ms (round ${rep + 1}/${reps})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function _inProcess(s, reps, log) {
  for (let rep = 0; rep < reps; rep++) {
    const r = lastJson(await run(process.execPath, [join(BENCH, 'translate_child.mjs')], { timeoutMs: 60_000, env: CHILD_ENV }));
    s.add('translate_300_inproc_ms', r.cold_ms);
    s.add('translate_300_inproc_cpu_ms', r.cold_cpu_ms);
    s.add('translate_300_inproc_parse_ms', r.cold.parse);
    s.add('translate_300_inproc_check_ms', r.cold.check);
    s.add('translate_300_inproc_emit_ms', r.cold.emit);
    s.add('translate_300_warm_ms', r.warm_ms);
    log(`translate: in process ${r.cold_ms.toFixed(1)} ms the first time, ${r.warm_ms.toFixed(1)} ms warm (round ${rep + 1}/${reps})`);
  }
}

export async function translate({ reps, log }) {
  const s = new Samples();
  // Three times the repetitions for the difference of two process starts: it is the noisier figure.
  for (const [part, n] of [[_productPath, reps * 3], [_inProcess, reps]]) {
    try {
      await part(s, n, log);
    } catch (e) {
      s.note(`translate benchmark failed: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  s.note('translate_300_ms is `socklab run` of 313 lines of definitions minus `socklab run` of an empty .py (wall, code cache in place, a first translation every time), translate_300_cpu_ms the same in CPU time, translate_300_cached_ms the same program run again (its translation from the cache); translate_300_inproc_ms is parse → check → emit alone, the first time in a fresh process, translate_300_warm_ms the median of 20 more.');
  return s;
}
