// Turns the samples of every benchmark into medians, ratios and the issue's targets, as one JSON
// object or as a table for people.
import { median, ratio, spread } from './stats.mjs';

/** Table rows: the socklab key; python/node keys follow keyFor(). */
const _ROWS = [
  { metric: 'startup_ms', label: 'start to first prompt (ms)', digits: 1, node: 'node_startup_ms', nodeNote: 'node -e 0' },
  { metric: 'run_empty_ms', label: 'run an empty script (ms)', digits: 1 },
  { metric: 'run_empty_mjs_ms', label: '  the same, .mjs', digits: 1, node: 'node_run_empty_ms', python: 'python_run_empty_ms' },
  { metric: 'run_empty_ts_ms', label: '  the same, .ts', digits: 1, node: 'node_run_empty_ms', python: 'python_run_empty_ms' },
  { metric: 'run_empty_py_ms', label: '  the same, .py', digits: 1, node: 'node_run_empty_ms', python: 'python_run_empty_ms' },
  { metric: 'bulk_mbps', label: 'bulk 64 KiB sendall/recv (MB/s)', digits: 0 },
  { metric: 'bulk_sink_rss_mb', label: '  peak RSS of the receiver (MiB)', digits: 1 },
  { metric: 'bulk_cpu_s_per_gb', label: '  CPU s per GB, both processes', digits: 2 },
  { metric: 'rtt_per_s', label: '1-byte ping-pong (round trips/s)', digits: 0 },
  { metric: 'rtt_cpu_us', label: '  CPU µs per round trip, both', digits: 1 },
  { metric: 'rtt_1core_per_s', label: '  both processes on one core (/s)', digits: 0 },
  { metric: 'conn1000_s', label: '1,000 connections echoed (s)', digits: 3 },
  { metric: 'conn1000_intact', label: '  echoed intact (min of runs)', digits: 0, noRatio: true },
  { metric: 'conn1000_rss_mb', label: '  peak RSS of the server (MiB)', digits: 1 },
  { metric: 'fd_leak', label: '  fds left open (max of runs)', digits: 0, noRatio: true },
  { metric: 'checkpoint_ms', label: 'checkpoint per line, 100 sockets (ms)', digits: 3, socklabOnly: true },
  { metric: 'kernel_start_ms', label: 'Jupyter kernel start to kernel_info_reply (ms)', digits: 1, node: 'kernel_node_ms', nodeNote: 'node -e 0' },
  { metric: 'kernel_cell_ms', label: '  a trivial cell, execute_request to reply (ms)', digits: 2, socklabOnly: true },
  { metric: 'translate_300_ms', label: 'translate 300 lines of Python: socklab run minus empty .py (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_cpu_ms', label: '  the same, CPU ms', digits: 1, socklabOnly: true },
  { metric: 'translate_300_cached_ms', label: '  the same program run again: translation cached (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_cached_cpu_ms', label: '    the same, CPU ms', digits: 1, socklabOnly: true },
  { metric: 'run_translate_300_ms', label: '  socklab run of those lines (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_inproc_ms', label: '  parse → check → emit alone, first time (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_inproc_cpu_ms', label: '    the same, CPU ms', digits: 1, socklabOnly: true },
  { metric: 'translate_300_inproc_parse_ms', label: '    of which parse (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_inproc_check_ms', label: '    of which check (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_inproc_emit_ms', label: '    of which emit (ms)', digits: 1, socklabOnly: true },
  { metric: 'translate_300_warm_ms', label: '  warm (the 2nd-21st time in one process)', digits: 1, socklabOnly: true },
];

/** Keys aggregated by the worst run instead of the median: one leak (or one mixed-up echo) in any run counts. */
const _MAX = new Set(['fd_leak', 'python_fd_leak', 'node_fd_leak']);
const _MIN = new Set(['conn1000_intact', 'python_conn1000_intact', 'node_conn1000_intact']);

const _TARGETS = [
  { id: 'startup', target: 'start to first prompt < 150 ms', check: (m) => (m.startup_ms == null ? null : m.startup_ms < 150) },
  {
    id: 'bulk', target: 'bulk transfer >= 0.8x python3',
    check: (m) => { const r = ratio(m.bulk_mbps, m.python_bulk_mbps); return r == null ? null : r >= 0.8; },
  },
  {
    id: 'pingpong', target: 'ping-pong >= 0.5x python3',
    check: (m) => { const r = ratio(m.rtt_per_s, m.python_rtt_per_s); return r == null ? null : r >= 0.5; },
  },
  {
    id: 'conn1000', target: '1,000 connections: all echoed intact, peak RSS < 200 MiB, no fd left',
    check: (m) => (m.conn1000_intact == null || m.conn1000_rss_mb == null || m.fd_leak == null ? null
      : m.conn1000_intact === 1000 && m.conn1000_rss_mb < 200 && m.fd_leak === 0),
  },
  { id: 'checkpoint', target: 'checkpoint evaluation < 2 ms per line', check: (m) => (m.checkpoint_ms == null ? null : m.checkpoint_ms < 2) },
  { id: 'kernel_start', target: 'Jupyter kernel start to kernel_info_reply <= 300 ms', check: (m) => (m.kernel_start_ms == null ? null : m.kernel_start_ms <= 300) },
  { id: 'kernel_cell', target: 'a trivial cell\'s round trip <= 5 ms', check: (m) => (m.kernel_cell_ms == null ? null : m.kernel_cell_ms <= 5) },
  { id: 'translate', target: 'translating a 300-line program < 20 ms', check: (m) => (m.translate_300_ms == null ? null : m.translate_300_ms < 20) },
];

const _REQUIRED = [
  'startup_ms', 'python_startup_ms', 'node_startup_ms', 'bulk_mbps', 'python_bulk_mbps', 'node_bulk_mbps',
  'rtt_per_s', 'python_rtt_per_s', 'node_rtt_per_s', 'conn1000_s', 'conn1000_rss_mb', 'fd_leak', 'checkpoint_ms',
];

const _pyKey = (row) => row.python ?? `python_${row.metric}`;
const _nodeKey = (row) => row.node ?? `node_${row.metric}`;

/** Builds the report object from the collected Samples of every benchmark that ran. */
export function buildReport(results, { machine, settings }) {
  const samples = {};
  const notes = [];
  for (const r of results) {
    Object.assign(samples, r.samples);
    notes.push(...r.notes);
  }
  const medians = {};
  for (const key of _REQUIRED) medians[key] = null;
  const spreads = {};
  for (const [key, xs] of Object.entries(samples)) {
    const ok = xs.filter((x) => typeof x === 'number');
    if (_MAX.has(key) || _MIN.has(key)) {
      medians[key] = ok.length ? (_MAX.has(key) ? Math.max(...ok) : Math.min(...ok)) : null;
    } else {
      medians[key] = median(xs);
    }
    spreads[key] = spread(xs);
  }
  const ratios = {};
  for (const row of _ROWS) {
    if (row.socklabOnly || row.noRatio) continue;
    ratios[row.metric] = {
      python3: ratio(medians[row.metric], medians[_pyKey(row)]),
      node: ratio(medians[row.metric], medians[_nodeKey(row)]),
    };
  }
  // Python mode against the TypeScript loop on the same socket layer (bench/pymode.mjs).
  ratios.python_mode = {
    bulk_mb_s: ratio(medians.python_mode_bulk_mb_s, medians.python_mode_ts_bulk_mb_s),
    rtt_per_s: ratio(medians.python_mode_rtt_per_s, medians.python_mode_ts_rtt_per_s),
  };
  medians.python_mode_bulk_ratio = ratios.python_mode.bulk_mb_s;
  medians.python_mode_rtt_ratio = ratios.python_mode.rtt_per_s;
  const targets = {};
  for (const t of _TARGETS) {
    const met = t.check(medians);
    targets[t.id] = { target: t.target, met, status: met === null ? 'no figure' : met ? 'met' : 'missed' };
  }
  return { ...medians, ratios, targets, samples, spread: spreads, notes, machine, settings };
}

function _fmt(x, digits) {
  if (x === null || x === undefined) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function _fmtRatio(x) {
  return x === null || x === undefined ? '—' : `${x.toFixed(2)}×`;
}

function _table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The report for people: medians, ratios, samples, targets, notes. */
export function formatReport(report) {
  const out = [];
  const m = report.machine;
  out.push(`socklab benchmarks — ${m.nproc} cores, ${m.cpu ?? 'unknown CPU'}, node ${m.node}, ${m.python}, ${m.kernel}`);
  out.push(`${report.settings.reps} repetitions (medians), ${report.settings.seconds} s per transfer run; load average at start ${m.loadavg_start.join(' ')}`);
  out.push('');
  const rows = _ROWS.map((row) => {
    const s = report[row.metric];
    const p = row.socklabOnly ? null : report[_pyKey(row)];
    const n = row.socklabOnly ? null : report[_nodeKey(row)];
    const r = report.ratios[row.metric] ?? {};
    return [row.label, _fmt(s, row.digits), _fmt(p, row.digits), _fmt(n, row.digits) + (row.nodeNote ? ` (${row.nodeNote})` : ''),
      _fmtRatio(r.python3), _fmtRatio(r.node)];
  });
  out.push(_table(['', 'socklab', 'python3', 'node', 'socklab/py', 'socklab/node'], rows));
  if (report.python_mode_bulk_mb_s != null || report.python_mode_rtt_per_s != null) {
    out.push('');
    out.push(_table(['python mode (socklab run .py)', '.py', '.js', '.py/.js'], [
      ['bulk 64 KiB sendall/recv (MB/s)', _fmt(report.python_mode_bulk_mb_s, 0), _fmt(report.python_mode_ts_bulk_mb_s, 0), _fmtRatio(report.python_mode_bulk_ratio)],
      ['1-byte ping-pong (round trips/s)', _fmt(report.python_mode_rtt_per_s, 0), _fmt(report.python_mode_ts_rtt_per_s, 0), _fmtRatio(report.python_mode_rtt_ratio)],
    ]));
  }
  if (report.node_repl_startup_ms != null) out.push(`(node's own REPL reaches its "> " prompt in ${_fmt(report.node_repl_startup_ms, 1)} ms)`);
  out.push('');
  out.push('targets:');
  for (const t of Object.values(report.targets)) out.push(`  ${t.status === 'met' ? '✔ met   ' : t.status === 'missed' ? '✘ missed' : '? n/a   '}  ${t.target}`);
  out.push('');
  out.push('samples (every run; spread = (max-min)/median):');
  for (const [key, xs] of Object.entries(report.samples)) {
    const sp = report.spread[key];
    out.push(`  ${key.padEnd(26)} ${xs.map((x) => (x === null ? 'fail' : +x.toPrecision(4))).join(', ')}${sp === null ? '' : `   (spread ${(sp * 100).toFixed(0)}%)`}`);
  }
  if (report.notes.length) {
    out.push('');
    out.push('notes:');
    for (const n of report.notes) out.push(`  - ${n}`);
  }
  return `${out.join('\n')}\n`;
}
