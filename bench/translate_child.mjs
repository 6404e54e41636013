// Runs in its own process for the translate benchmark: bundles the Python front end's three
// passes (src/lang/python/{parse,check,emit}.ts) the way checkpoint_child.mjs bundles the lessons,
// then times them on a 300-line program made of the corpus's tutorial programs
// (lib/translate_source.mjs, never run): the first translation in this process (without the
// product's code cache: bench/translate.mjs's translate_300_ms measures that path) and the
// median of the next ones (warm), each as
// wall time and as CPU time of the process (the figure to compare on a loaded machine).
// Prints one JSON line. Usage: translate_child.mjs [WARM_REPS] [--print] (--print: the program to stderr)
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './lib/impls.mjs';
import { tutorialSource } from './lib/translate_source.mjs';

const warmReps = Number(process.argv[2] ?? 20);
const outdir = join(ROOT, 'node_modules', '.cache', 'socklab-bench');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'translate.mjs');
await build({
  stdin: {
    contents: "export { parse } from './parse.ts'; export { check } from './check.ts'; export { Emitter } from './emit.ts';",
    resolveDir: join(ROOT, 'src', 'lang', 'python'),
    loader: 'ts',
  },
  outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error',
  // parse.ts require()s Lezer on its first parse; esbuild's ES module output has no require of its own.
  banner: { js: "import { createRequire as __socklabRequire } from 'node:module'; const require = __socklabRequire(import.meta.url);" },
});
// The Lezer lookup tables scripts/build.mjs writes beside the product's bundle
// (src/lang/python/lezer-tables.ts): without them the first parse builds them itself.
const tables = join(ROOT, 'dist', 'lezer-python-tables.bin');
if (existsSync(tables)) copyFileSync(tables, join(outdir, 'lezer-python-tables.bin'));
const { parse, check, Emitter } = await import(pathToFileURL(outfile).href);
const source = tutorialSource();

function once() {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { top, info } = parse(source, 'translate_300.py');
  const t1 = performance.now();
  check(top, info);
  const t2 = performance.now();
  new Emitter(source, { mode: 'exec' }).emit(top);
  const t3 = performance.now();
  const c = process.cpuUsage(c0);
  return { ms: t3 - t0, cpuMs: (c.user + c.system) / 1000, parse: t1 - t0, check: t2 - t1, emit: t3 - t2 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = once();
const warm = Array.from({ length: warmReps }, once);
const r3 = (x) => +x.toFixed(3);
if (process.argv[3] === '--print') process.stderr.write(source);
process.stdout.write(`${JSON.stringify({
  lines: source.split('\n').length - 1,
  cold_ms: r3(cold.ms),
  cold_cpu_ms: r3(cold.cpuMs),
  cold: { parse: r3(cold.parse), check: r3(cold.check), emit: r3(cold.emit) },
  warm_ms: r3(median(warm.map((w) => w.ms))),
  warm_cpu_ms: r3(median(warm.map((w) => w.cpuMs))),
})}\n`);
