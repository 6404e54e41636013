// Runs in its own process for the checkpoint benchmark: bundles the lessons module the way
// scripts/build.mjs bundles the CLI (esbuild, dependencies external) and calls its
// benchCheckpoint(nSockets), which opens the sockets, evaluates a step's checkpoints as the REPL
// does after a line, and reports the time per evaluation. Prints one JSON line.
// Usage: checkpoint_child.mjs N_SOCKETS
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './lib/impls.mjs';

const nSockets = Number(process.argv[2] ?? 100);
const entry = join(ROOT, 'src', 'lessons', 'index.ts');
const say = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** Milliseconds per line from whatever benchCheckpoint returned: a number or an object with one. */
function _perLineMs(r) {
  if (typeof r === 'number') return r;
  if (r && typeof r === 'object') {
    for (const k of ['msPerLine', 'perLineMs', 'ms_per_line', 'checkpoint_ms', 'medianMs', 'median_ms', 'median', 'ms']) {
      if (typeof r[k] === 'number') return r[k];
    }
  }
  return null;
}

if (!existsSync(entry)) {
  say({ ms: null, note: 'src/lessons/index.ts does not exist yet (the lessons module is being built)' });
} else {
  // Under node_modules so that the bundle's bare imports (koffi, yaml, ...) resolve.
  const outdir = join(ROOT, 'node_modules', '.cache', 'socklab-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'lessons.mjs');
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'error',
  });
  const lessons = await import(pathToFileURL(outfile).href);
  if (typeof lessons.benchCheckpoint !== 'function') {
    say({ ms: null, note: 'the lessons module does not export benchCheckpoint(nSockets) yet' });
  } else {
    const raw = await lessons.benchCheckpoint(nSockets);
    const ms = _perLineMs(raw);
    say({ ms, raw: typeof raw === 'object' ? raw : undefined, note: ms === null ? `benchCheckpoint returned ${JSON.stringify(raw)}` : undefined });
  }
}
// Whatever benchCheckpoint left open must not keep this process alive.
process.exit(0);
