// socklab's library modules are the project's own code: written from the Python documentation and
// python3's behaviour, not copied from CPython's Lib/. scripts/provenance.py measures, for each
// src/lang/python/stdlib file with a Lib/ counterpart, the share of its lines that sit in runs
// copied from that counterpart; this test keeps every file under a bound, so that a port cannot
// slip in unnoticed. (The interface dictates a few short runs: a documented signature and its
// docstring, a class's documented attribute defaults.)
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

interface Measure {
  file: string;
  lib: string;
  same_pct: number;
  runs_pct: number;
}

const MAX_RUNS_PCT = 5;

test(`no library module has more than ${MAX_RUNS_PCT}% of its lines in runs copied from CPython's Lib/`, () => {
  const out = execFileSync('python3', ['scripts/provenance.py', '--json'], { encoding: 'utf8' });
  const measures = JSON.parse(out) as Measure[];
  expect(measures.length).toBeGreaterThan(20);
  const copied = measures
    .filter((m) => m.runs_pct > MAX_RUNS_PCT)
    .map((m) => `${m.file}: ${m.runs_pct}% of its lines in runs from Lib/${m.lib}`);
  expect(copied).toEqual([]);
});
