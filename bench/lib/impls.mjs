// The three implementations every benchmark compares, and how to run a workload script in each.
// Workloads live in bench/workloads/<impl>/ under the same name (socklab: .js run through
// `socklab run`, python: .py, node: .mjs on raw node:net).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, 'bench');
export const WORKLOADS = join(BENCH, 'workloads');
// SOCKLAB_BIN=/path/to/bin/socklab.js measures another build (a prototype fix in a scratch copy).
export const SOCKLAB_BIN = process.env.SOCKLAB_BIN ?? join(ROOT, 'bin', 'socklab.js');
export const PYTHON = process.env.PYTHON ?? 'python3';

/** The same environment for every child: no colour, no history files, a dumb terminal. */
export const CHILD_ENV = { TERM: 'dumb', NO_COLOR: '1', NODE_REPL_HISTORY: '', PYTHONSTARTUP: '', PYTHONDONTWRITEBYTECODE: '1' };

export const IMPLS = [
  {
    id: 'socklab',
    label: 'socklab',
    command: (script, args) => [process.execPath, [SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab', `${script}.js`), ...args]],
  },
  {
    id: 'python',
    label: 'python3',
    command: (script, args) => [PYTHON, [join(WORKLOADS, 'python', `${script}.py`), ...args]],
  },
  {
    id: 'node',
    label: 'node:net',
    command: (script, args) => [process.execPath, [join(WORKLOADS, 'node', `${script}.mjs`), ...args]],
  },
];

/** The key of a metric for an implementation: `bulk_mbps`, `python_bulk_mbps`, `node_bulk_mbps`. */
export function keyFor(impl, metric) {
  return impl === 'socklab' ? metric : `${impl}_${metric}`;
}

/** The implementations (those in `only`, if given) in a different order each repetition, so none always runs first. */
export function rotated(rep, only) {
  const impls = only ? IMPLS.filter((i) => only.includes(i.id)) : IMPLS;
  const k = rep % impls.length;
  return [...impls.slice(k), ...impls.slice(0, k)];
}
