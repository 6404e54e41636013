#!/usr/bin/env node
// `npm run bench`: socklab against python3 and raw node:net on the same work, side by side, on
// loopback. Prints a table (or, with --json, exactly one JSON object on stdout; progress goes to
// stderr). This is a measurement, not a test: nothing here asserts a time.
//
//   node bench/run.mjs [--json] [--reps N] [--seconds S] [--only startup,bulk,pingpong,conn1000,checkpoint,pymode,kernel,translate] [--quick] [--max-seconds T]
//   SOCKLAB_BIN=.scratch/x/bin/socklab.js node bench/run.mjs ...   measures another build of socklab
import os from 'node:os';
import { parseArgs } from 'node:util';
import { checkpoint } from './checkpoint.mjs';
import { conn1000 } from './conn1000.mjs';
import { SOCKLAB_BIN } from './lib/impls.mjs';
import { killAll, stopAll } from './lib/proc.mjs';
import { machine } from './lib/machine.mjs';
import { buildReport, formatReport } from './lib/report.mjs';
import { pymode } from './pymode.mjs';
import { startup } from './startup.mjs';
import { kernel } from './workloads/kernel.mjs';
import { bulk, pingpong } from './transfer.mjs';
import { translate } from './translate.mjs';

const _BENCHES = { startup, bulk, pingpong, conn1000, checkpoint, pymode, kernel, translate };

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reps: { type: 'string' },
    seconds: { type: 'string' },
    only: { type: 'string' },
    impls: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'max-seconds': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(`usage: node bench/run.mjs [--json] [--reps N] [--seconds S] [--only ${Object.keys(_BENCHES).join(',')}] [--quick]
  --json      print one JSON object on stdout (progress goes to stderr)
  --reps N    repetitions per benchmark, medians reported (default 3; start-up runs 2N+1)
  --seconds S length of each bulk / ping-pong run (default 2)
  --quick     --reps 1 --seconds 1
  --impls L   only these of socklab,python,node in the transfer and connection benchmarks (development)
  --max-seconds T  stop the whole run after T seconds (default 300): children are killed and the
              benchmarks not finished are reported as such
`);
  process.exit(0);
}

const reps = Number(values.reps ?? (values.quick ? 1 : 3));
const maxSeconds = Number(values['max-seconds'] ?? 300);
const seconds = Number(values.seconds ?? (values.quick ? 1 : 2));
const only = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(_BENCHES);
for (const name of only) {
  if (!(name in _BENCHES)) {
    process.stderr.write(`bench: unknown benchmark ${name} (known: ${Object.keys(_BENCHES).join(', ')})\n`);
    process.exit(2);
  }
}

const log = (text) => process.stderr.write(`bench: ${text}\n`);
const info = machine();
const started = performance.now();
const results = [];
const deadline = started + maxSeconds * 1000;
for (const name of only) {
  const left = deadline - performance.now();
  if (left <= 0) {
    results.push({ samples: {}, notes: [`${name}: not run, the whole run reached its limit of ${maxSeconds} s`] });
    continue;
  }
  const options = { reps: name === 'startup' ? 2 * reps + 1 : reps, seconds, log, impls: values.impls?.split(',') };
  let timer;
  const timeUp = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), left);
  });
  try {
    const r = await Promise.race([_BENCHES[name](options), timeUp]);
    if (r === null) {
      stopAll();
      results.push({ samples: {}, notes: [`${name}: stopped, the whole run reached its limit of ${maxSeconds} s`] });
    } else {
      results.push(r);
    }
  } catch (e) {
    killAll();
    results.push({ samples: {}, notes: [`${name}: the benchmark itself failed: ${e.message.split('\n')[0]}`] });
  } finally {
    clearTimeout(timer);
  }
}
killAll();
info.loadavg_end = os.loadavg().map((x) => +x.toFixed(2));
const report = buildReport(results, {
  machine: info,
  settings: { reps, seconds, only, socklab_bin: SOCKLAB_BIN, wall_s: +((performance.now() - started) / 1000).toFixed(1) },
});
process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
