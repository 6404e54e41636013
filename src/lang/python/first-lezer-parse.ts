// The first Lezer parse in a process runs with V8's optimising compiler (TurboFan) turned off,
// but for the one function of Lezer's that pays for its compilation within it.
//
// In a fresh process Lezer's parser is cold, and V8 starts compiling its hot functions with
// TurboFan part-way through the parse, then deoptimises and recompiles several of them. For one
// 300-line program that costs more than it gains: callgrind of `socklab run` of the translate
// benchmark's 313 lines (`--single-threaded`) gave 350 M instructions for Lezer's parse, 243 M of
// them TurboFan compiling; in process, parse → check → emit took 82 ms wall and 134 ms CPU with
// TurboFan, 67 ms and 71 ms without (BENCHMARKS.md, "pyspeed2"). Later parses (the REPL's next
// lines, a notebook's next cells) run with it on again: V8 then optimises what has proved hot.
//
// The exception is @lezer/lr's `readToken`, the tokenizer's state machine, a small loop run for
// every token: optimised alone (`--turbo-filter=readToken`, which takes one name) the parse costs
// 9–17 M instructions fewer than with `--no-opt` (BENCHMARKS.md, "pyfast").
//
// Only Lezer's parse: a correct program is read by descent.ts, and its translation runs with
// TurboFan on. The flag is set through node:v8, which loads node:stream and node:perf_hooks
// (~35 M instructions, 13% of an empty `socklab run`): loaded here, on the first Lezer parse,
// that cost is gone from every start that needs none, and a first translation by descent.ts
// with TurboFan on costs V8's main thread no more than with the filter, its compile jobs running
// on V8's worker threads (BENCHMARKS.md, "pyprod").
//
// `v8.setFlagsFromString` after start-up is documented as unsupported in general; the filter only
// makes V8's tiering decline to start TurboFan jobs for other functions (a flag read at each
// decision), and it is restored before anything else runs. The flags are the same again before
// any V8 code cache is written, so the cache's flag hash still matches the next start's.
import { nodeV8 } from '../../lazy-builtins.ts';

// A process started with TurboFan off (or filtered) keeps it so: nothing to turn back on.
let _done = process.execArgv.some((a) => a === '--no-opt' || a === '--no-turbofan' || a === '--jitless' || a.startsWith('--turbo-filter'));

/** Runs `parse` (Lezer's), with TurboFan for `readToken` alone if it is the first in this process. */
export function asFirstLezerParse<T>(parse: () => T): T {
  if (_done) return parse();
  _done = true;
  const { setFlagsFromString } = nodeV8();
  setFlagsFromString('--turbo-filter=readToken');
  try {
    return parse();
  } finally {
    setFlagsFromString('--turbo-filter=*');
  }
}
