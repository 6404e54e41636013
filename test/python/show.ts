// Runs corpus cases outside vitest and prints what happened, for a person fixing a difference:
//
//   npx tsx test/python/show.ts NAME...        both runs of each case, masked, and their differences
//   npx tsx test/python/show.ts --summary      one line per comparison id: agrees / differs (first difference)
//   npx tsx test/python/show.ts --self NAME    python3 against python3: a new case must agree with itself
//   npx tsx test/python/show.ts --write-gaps   rewrites known-gaps.txt: every comparison that differs now,
//                                              with its first difference as the reason
//
// NAME is a case id as the tests name it (`seed000_tcp_hello`, `refused/generator`); a pair runs
// both ways. Build first: `node scripts/build.mjs --if-stale`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Limiter } from '../conformance/run.ts';
import {
  CASES,
  comparisonIds,
  differences,
  discover,
  masked,
  readKnownGaps,
  referenceProblem,
  refusalProblem,
  runPair,
  runSingle,
  status,
  type Case,
  type Difference,
  type Interpreter,
  type Run,
} from './corpus.ts';
import { killAll } from './proc.ts';

interface Verdict {
  readonly id: string;
  readonly runs: { ref: Run; lab: Run }[];
  readonly found: Difference[];
  /** A refused case's problem, or a broken reference. */
  readonly problem: string;
}

async function judge(c: Case, other: Interpreter): Promise<Verdict[]> {
  if (c.kind !== 'pair') {
    const ref = await runSingle(c.program, 'python3');
    const lab = await runSingle(c.program, other);
    const problem = referenceProblem(ref) || (c.kind === 'refused' ? refusalProblem(lab, c.lines) : '');
    return [{ id: c.id, runs: [{ ref, lab }], found: c.kind === 'refused' ? [] : differences(ref, lab), problem }];
  }
  const ref = await runPair(c.server, c.client, { server: 'python3', client: 'python3' });
  const problem = referenceProblem(ref.server) || referenceProblem(ref.client);
  const verdicts: Verdict[] = [];
  for (const id of comparisonIds(c)) {
    const lab = await runPair(
      c.server,
      c.client,
      id.endsWith('/server') ? { server: other, client: 'python3' } : { server: 'python3', client: other },
    );
    const runs = [
      { ref: ref.server, lab: lab.server },
      { ref: ref.client, lab: lab.client },
    ];
    verdicts.push({ id, runs, found: runs.flatMap((r) => differences(r.ref, r.lab)), problem });
  }
  return verdicts;
}

function _indent(text: string): string {
  return text === '' ? '    (empty)' : text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
}

function printFull(v: Verdict): void {
  console.log(`=== ${v.id}`);
  for (const { ref, lab } of v.runs) {
    for (const run of [ref, lab]) {
      console.log(`--- ${run.by} ${run.program.file}: ${status(run.outcome)}`);
      console.log(`  stdout:\n${_indent(masked(run.outcome.stdout, run.ports))}`);
      console.log(`  stderr:\n${_indent(masked(run.outcome.stderr, run.ports))}`);
    }
  }
  if (v.problem) console.log(`PROBLEM: ${v.problem}`);
  for (const d of v.found) console.log(`DIFFERS (${d.what}):\n${d.detail || `  python3: ${d.expected}\n  socklab: ${d.actual}`}`);
  if (!v.problem && v.found.length === 0) console.log('AGREES');
}

function printLine(v: Verdict, gaps: ReadonlyMap<string, string>): void {
  const listed = gaps.has(v.id) ? ' [known gap]' : '';
  console.log(`${v.id}${listed}: ${gist(v) ? `differs: ${gist(v)}` : 'agrees'}`);
}

/** The first difference (or problem) of a verdict in one line, '' when it agrees. */
function gist(v: Verdict): string {
  if (v.problem) return v.problem.split('\n')[0]!;
  const first = v.found[0];
  if (!first) return '';
  const cut = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);
  return `${first.what}: python3 ${cut(first.expected)} | socklab ${cut(first.actual)}`;
}

/** Rewrites known-gaps.txt: its comment header as it is, then one line per comparison that differs. */
function writeGaps(verdicts: readonly Verdict[]): void {
  const path = join(CASES, '..', 'known-gaps.txt');
  const header = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('#'));
  const lines = verdicts.filter((v) => gist(v) !== '').map((v) => `${v.id}  # ${gist(v)}`);
  writeFileSync(path, [...header, '', ...lines, ''].join('\n'));
  console.log(`wrote ${lines.length} known gaps to ${path}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const summary = argv.includes('--summary') || argv.includes('--write-gaps');
  const wanted = argv.filter((a) => !a.startsWith('--'));
  const all = discover();
  const chosen = wanted.length === 0 ? all : all.filter((c) => wanted.some((w) => c.id === w || comparisonIds(c).includes(w)));
  if (chosen.length === 0) {
    console.error(`no case named ${wanted.join(', ')}; cases: ${all.map((c) => c.id).join(' ')}`);
    return 2;
  }
  const gaps = readKnownGaps();
  const limiter = new Limiter(2);
  const other: Interpreter = argv.includes('--self') ? 'python3' : 'socklab';
  const verdicts = (await Promise.all(chosen.map((c) => limiter.use(() => judge(c, other))))).flat();
  for (const v of verdicts) (summary ? printLine(v, gaps) : printFull(v));
  if (argv.includes('--write-gaps')) {
    if (wanted.length > 0 || other !== 'socklab') throw new Error('--write-gaps needs the whole corpus against socklab');
    writeGaps(verdicts);
  }
  const agreeing = verdicts.filter((v) => !v.problem && v.found.length === 0).length;
  console.log(`\n${agreeing} of ${verdicts.length} comparisons agree`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    killAll();
    process.exitCode = code;
  },
  (err: unknown) => {
    killAll();
    console.error(err);
    process.exitCode = 1;
  },
);
