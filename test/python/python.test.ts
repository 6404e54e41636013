// The differential Python corpus (issue 9): every program runs under python3, the reference,
// and under `socklab run`; their stdout, exit status and last line of stderr must agree after
// masking. Cases listed in known-gaps.txt are expected to still differ (`it.fails`): when one
// starts to agree, its test fails until the line is removed. See README.md in this folder.
import { afterAll, describe, expect, it } from 'vitest';
import { Limiter } from '../conformance/run.ts';
import {
  comparisonIds,
  differences,
  discover,
  readKnownGaps,
  referenceProblem,
  refusalProblem,
  report,
  runPair,
  runSingle,
  RUN_TIMEOUT_MS,
  type Case,
  type Run,
} from './corpus.ts';
import { killAll } from './proc.ts';

/** Two cores, shared: at most two programs (or one pair) at a time besides the reference runs. */
const limiter = new Limiter(2);
const cases = discover();
const gaps = readKnownGaps();
/** A test may wait for three runs of a pair, each up to RUN_TIMEOUT_MS, plus its place in the queue. */
const TEST_TIMEOUT_MS = 8 * RUN_TIMEOUT_MS;

afterAll(() => killAll());

type Reference = { single: Run } | { server: Run; client: Run };
const _references = new Map<string, Promise<Reference>>();

/** python3's run of a case, made once and shared by the reference test and the socklab tests. */
function reference(c: Case): Promise<Reference> {
  let ref = _references.get(c.id);
  if (!ref) {
    ref = limiter.use(async () =>
      c.kind === 'pair'
        ? runPair(c.server, c.client, { server: 'python3', client: 'python3' })
        : { single: await runSingle(c.program, 'python3') },
    );
    _references.set(c.id, ref);
  }
  return ref;
}

it('the corpus has at least 40 programs and known-gaps.txt names only its cases', () => {
  const programs = cases.reduce((n, c) => n + (c.kind === 'pair' ? 2 : 1), 0);
  expect(programs).toBeGreaterThanOrEqual(40);
  const ids = new Set(cases.flatMap(comparisonIds));
  expect([...gaps.keys()].filter((id) => !ids.has(id)), 'known gaps that are not cases').toEqual([]);
});

describe('python3 runs every case as its header says (the corpus itself is right)', () => {
  for (const c of cases) {
    it.concurrent(
      c.id,
      async () => {
        const ref = await reference(c);
        const runs = 'single' in ref ? [ref.single] : [ref.server, ref.client];
        const problems = runs.map(referenceProblem).filter(Boolean);
        expect(problems.join('\n\n'), 'python3 run').toBe('');
      },
      TEST_TIMEOUT_MS,
    );
  }
});

/** Throws with every difference between the reference and socklab for one comparison id. */
async function compareWithSocklab(c: Case, id: string): Promise<void> {
  const ref = await reference(c);
  if (c.kind === 'refused') {
    const lab = await limiter.use(() => runSingle(c.program, 'socklab'));
    const problem = refusalProblem(lab, c.lines);
    if (problem) throw new Error(`case ${id}: ${problem}`);
    return;
  }
  if (c.kind === 'single' && 'single' in ref) {
    const lab = await limiter.use(() => runSingle(c.program, 'socklab'));
    const found = differences(ref.single, lab);
    if (found.length > 0) throw new Error(report(id, ref.single, lab, found));
    return;
  }
  if (c.kind !== 'pair' || !('server' in ref)) throw new Error(`case ${id}: unknown kind`);
  // socklab plays one side, python3 the other: both sides must print what they printed with python3.
  const side = id.endsWith('/server') ? 'server' : 'client';
  const lab = await limiter.use(() =>
    runPair(c.server, c.client, side === 'server' ? { server: 'socklab', client: 'python3' } : { server: 'python3', client: 'socklab' }),
  );
  const messages: string[] = [];
  for (const end of ['server', 'client'] as const) {
    const found = differences(ref[end], lab[end]);
    if (found.length > 0) messages.push(report(`${id} (${end} run by ${lab[end].by})`, ref[end], lab[end], found));
  }
  if (messages.length > 0) throw new Error(messages.join('\n\n'));
}

describe('socklab run behaves like python3 (known gaps must still differ)', () => {
  for (const c of cases) {
    for (const id of comparisonIds(c)) {
      const test = gaps.has(id) ? it.fails : it;
      test.concurrent(id, () => compareWithSocklab(c, id), TEST_TIMEOUT_MS);
    }
  }
});
