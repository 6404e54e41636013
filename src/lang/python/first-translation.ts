// The first translation in a process runs with V8's optimising compiler (TurboFan) turned off,
// but for the one function of Lezer's that pays for its compilation within it.
//
// In a fresh process Lezer's parser and our passes are cold, and V8 starts compiling their hot
// functions with TurboFan part-way through the parse, then deoptimises and recompiles several of
// them. For one 300-line program that costs more than it gains: callgrind of `socklab run` of the
// translate benchmark's 313 lines (`--single-threaded`) gives 350 M instructions for Lezer's parse,
// 243 M of them TurboFan compiling; in process, parse → check → emit took 82 ms wall and 134 ms
// CPU with TurboFan, 67 ms and 71 ms without (medians of 8–10 alternating runs; BENCHMARKS.md,
// "pyspeed2"). Later translations (the REPL's next lines, a notebook's next cells) run with it
// on again, as do the program's own functions: V8 then optimises what has proved hot.
//
// The exception is @lezer/lr's `readToken`, the tokenizer's state machine, a small loop run for
// every token: optimised alone (`--turbo-filter=readToken`, which takes one name) the translation
// costs 9–17 M instructions fewer than with `--no-opt` (callgrind of the product path, one
// thread, so its compilation counted; BENCHMARKS.md, "pyfast"). Each other hot function tried
// alone (advanceStack, getActions, addActions, prefixes such as `re*`) cost more than it saved.
//
// `v8.setFlagsFromString` after start-up is documented as unsupported in general; the filter only
// makes V8's tiering decline to start TurboFan jobs for other functions (a flag read at each
// decision), and it is restored before anything else runs. The flags are the same again before
// any V8 code cache is written, so the cache's flag hash still matches the next start's.
import { setFlagsFromString } from 'node:v8';

// A process started with TurboFan off (or filtered) keeps it so: nothing to turn back on.
let _done = process.execArgv.some((a) => a === '--no-opt' || a === '--no-turbofan' || a === '--jitless' || a.startsWith('--turbo-filter'));

/** Runs `translate`, with TurboFan for `readToken` alone if it is the first translation in this process. */
export function asFirstTranslation<T>(translate: () => T): T {
  if (_done) return translate();
  _done = true;
  setFlagsFromString('--turbo-filter=readToken');
  try {
    return translate();
  } finally {
    setFlagsFromString('--turbo-filter=*');
  }
}
