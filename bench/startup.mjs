// Start-up: spawn to first prompt under a pseudo-terminal (bench/pty_prompt.py), and spawn to exit
// for an empty script. One discarded warm-up round fills the page cache; then the commands take
// turns, so background load falls on all of them alike.
import { join } from 'node:path';
import { BENCH, CHILD_ENV, PYTHON, SOCKLAB_BIN, WORKLOADS } from './lib/impls.mjs';
import { lastJson, run } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';

const _CASES = [
  { key: 'startup_ms', what: 'socklab REPL to ">>> "', prompt: '>>> ', argv: [process.execPath, SOCKLAB_BIN] },
  { key: 'python_startup_ms', what: 'python3 -i to ">>> "', prompt: '>>> ', argv: [PYTHON, '-i'] },
  { key: 'node_startup_ms', what: 'node -e 0 to exit', argv: [process.execPath, '-e', '0'] },
  { key: 'node_repl_startup_ms', what: 'node REPL to "> "', prompt: '> ', argv: [process.execPath] },
  { key: 'run_empty_ms', what: 'socklab run empty.js to exit', argv: [process.execPath, SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab', 'empty.js')] },
  { key: 'run_empty_mjs_ms', what: 'socklab run empty.mjs to exit', argv: [process.execPath, SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab', 'empty.mjs')] },
  { key: 'run_empty_ts_ms', what: 'socklab run empty.ts to exit', argv: [process.execPath, SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab', 'empty.ts')] },
  { key: 'run_empty_py_ms', what: 'socklab run empty.py to exit', argv: [process.execPath, SOCKLAB_BIN, 'run', join(WORKLOADS, 'socklab', 'empty.py')] },
  { key: 'python_run_empty_ms', what: 'python3 empty.py to exit', argv: [PYTHON, join(WORKLOADS, 'python', 'empty.py')] },
  { key: 'node_run_empty_ms', what: 'node empty.mjs to exit', argv: [process.execPath, join(WORKLOADS, 'node', 'empty.mjs')] },
];

async function _measure(c, timeoutS) {
  const mode = c.prompt === undefined ? ['--exit'] : ['--prompt', c.prompt];
  const out = await run(PYTHON, [join(BENCH, 'pty_prompt.py'), '--reps', '1', '--timeout', String(timeoutS), ...mode, '--', ...c.argv], {
    env: CHILD_ENV,
    timeoutMs: (timeoutS + 5) * 1000,
  });
  return lastJson(out).runs[0];
}

export async function startup({ reps, log }) {
  const s = new Samples();
  for (let rep = -1; rep < reps; rep++) {
    for (const c of _CASES) {
      let r;
      try {
        r = await _measure(c, 10);
      } catch (e) {
        s.note(`${c.what}: ${e.message.split('\n')[0]}`);
        r = { ms: null };
      }
      if (r.ms === null && r.status) {
        const said = (r.tail ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(-1)[0] ?? '';
        s.note(`${c.what}: no result (${r.status}${said ? `; it printed: ${said.slice(0, 160)}` : ''})`);
      }
      if (rep >= 0) s.add(c.key, r.ms);
    }
    if (rep >= 0) log(`startup: round ${rep + 1}/${reps}`);
  }
  s.note('node_startup_ms is bare `node -e 0` to exit (the issue\'s reference); node_repl_startup_ms is node\'s own REPL to its "> " prompt.');
  return s;
}
