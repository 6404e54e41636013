// A property-based differential fuzzer: random call sequences with hostile arguments, run by
// python3 and by socklab side by side. Every step must end the same way on both sides (ok, or
// the same exception class); no JavaScript error may escape; no step may hang; no fd may leak.
// How often the messages differ is measured and printed, not asserted.
//
//   npx vitest run test/fuzz                          # SOCKLAB_FUZZ_RUNS sequences (default 40)
//   SOCKLAB_FUZZ_RUNS=2000 SOCKLAB_FUZZ_SEED=7 npx vitest run test/fuzz
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { opToPython, sequenceArbitrary, type Op } from './model.ts';
import { isJavaScriptError, runPython, SocklabRunner, type Outcome } from './run.ts';

const RUNS = Number(process.env['SOCKLAB_FUZZ_RUNS'] ?? 40);
const SEED = Number(process.env['SOCKLAB_FUZZ_SEED'] ?? 20261201);
const MAX_OPS = 8;
/** How many message mismatches to print (SOCKLAB_FUZZ_SHOW). */
const SHOW = Number(process.env['SOCKLAB_FUZZ_SHOW'] ?? 15);

const pyDir = mkdtempSync(join(tmpdir(), 'socklab-fuzz-py-'));
const jsDir = mkdtempSync(join(tmpdir(), 'socklab-fuzz-js-'));
afterAll(() => {
  rmSync(pyDir, { recursive: true, force: true });
  rmSync(jsDir, { recursive: true, force: true });
});

const openFds = () => readdirSync('/proc/self/fd').length;
const fdTargets = () => readdirSync('/proc/self/fd').map((fd) => { try { return `${fd}->${readlinkSync(`/proc/self/fd/${fd}`)}`; } catch { return fd; } });
// 'ok …' results compare by what they show; errors by class first, then by message.
const className = (o: Outcome) => (o.startsWith('ok') ? o : o.split('|', 1)[0]);

interface Finding {
  sequence: number;
  step: number;
  call: string;
  python: Outcome;
  socklab: Outcome;
}

describe('fuzzer: socklab against python3', () => {
  it(`${RUNS} random sequences (seed ${SEED}) end as CPython's do`, { timeout: 600_000 }, async () => {
    const sequences: Op[][] = fc.sample(sequenceArbitrary(MAX_OPS), { numRuns: RUNS, seed: SEED });
    const python = runPython(sequences, pyDir);
    if (process.env['FUZZ_DEBUG']) console.log(JSON.stringify([...new Set(python.flat().filter((o) => o.startsWith('ok')))]));
    const runner = new SocklabRunner(jsDir);
    // One sequence first, so the poller's eventfd and the koffi handles are not counted as leaks.
    await runner.run([{ kind: 'call', slot: 1, method: 'recv', args: [{ k: 'int', v: 16n }] }]);
    const fdsBefore = openFds();
    const t0 = fdTargets();

    const escaped: Finding[] = [];
    const hangs: Finding[] = [];
    const classes: Finding[] = [];
    const messages: Finding[] = [];
    let steps = 0;
    const sequencesWithMessageDiff = new Set<number>();
    const sequencesThatDiffer = new Set<number>();
    for (const [i, ops] of sequences.entries()) {
      const ours = await runner.run(ops);
      const theirs = python[i] ?? [];
      for (const [j, socklab] of ours.entries()) {
        steps++;
        const pyOutcome = theirs[j] ?? '<missing>';
        const f: Finding = { sequence: i, step: j, call: opToPython(ops[j] as Op), python: pyOutcome, socklab };
        if (socklab !== pyOutcome) sequencesThatDiffer.add(i);
        if (socklab === 'HANG') hangs.push(f);
        else if (isJavaScriptError(socklab)) escaped.push(f);
        else if (className(socklab) !== className(pyOutcome)) classes.push(f);
        else if (socklab !== pyOutcome) {
          messages.push(f);
          sequencesWithMessageDiff.add(i);
        }
      }
    }
    const fdsAfter = openFds();
    if (process.env['FUZZ_FD_DEBUG']) console.log(fdTargets().filter((x) => !t0.includes(x)));
    const show = (list: Finding[], n = 15) => list.slice(0, n).map((f) => `  #${f.sequence}.${f.step} ${f.call}\n    python3: ${f.python}\n    socklab: ${f.socklab}`).join('\n');
    console.log([
      `fuzz: ${sequences.length} sequences, ${steps} steps (seed ${SEED})`,
      `  JavaScript errors: ${escaped.length}, hangs: ${hangs.length}, class mismatches: ${classes.length}`,
      `  message mismatches: ${messages.length} steps, in ${sequencesWithMessageDiff.size} of ${sequences.length} sequences (${(100 * sequencesWithMessageDiff.size / Math.max(1, sequences.length)).toFixed(1)}%)`,
      `  sequences that differ from CPython anywhere: ${sequencesThatDiffer.size} (${(100 * sequencesThatDiffer.size / Math.max(1, sequences.length)).toFixed(1)}%)`,
      `  fds before/after: ${fdsBefore}/${fdsAfter}`,
      ...(messages.length ? [`message mismatches (first ${SHOW}):`, show(messages, SHOW)] : []),
    ].join('\n'));
    expect(show(escaped)).toBe('');
    expect(show(hangs)).toBe('');
    expect(show(classes)).toBe('');
    expect(fdsAfter).toBe(fdsBefore);
  });
});
