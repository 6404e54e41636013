// Bulk transfer and ping-pong. Design: each implementation talks to itself across two processes
// of its own (a sink/echo process and a timed client process), so both the sending and the
// receiving path of that implementation are measured. The processes are pinned (lib/cpus.mjs):
// one per core, and for ping-pong also both on one core.
import { PLACEMENTS, onCpu } from './lib/cpus.mjs';
import { CHILD_ENV, keyFor, rotated } from './lib/impls.mjs';
import { lastJson, start } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';

/**
 * Runs `server` (prints `PORT n`) and then `client PORT SECONDS`; returns the client's JSON, with
 * the server's own JSON line (if it printed one) under `server`.
 */
async function _pair(impl, server, client, seconds, placement) {
  const limit = (seconds + 20) * 1000;
  const [scmd, sargs] = onCpu(placement?.server, impl.command(server, []));
  const srv = start(scmd, sargs, { timeoutMs: limit, env: CHILD_ENV });
  try {
    const [, port] = await srv.waitFor(/PORT (\d+)/);
    const [ccmd, cargs] = onCpu(placement?.client, impl.command(client, [port, String(seconds)]));
    const cli = start(ccmd, cargs, { timeoutMs: limit, env: CHILD_ENV });
    const result = lastJson((await cli.done()).stdout);
    const { stdout } = await srv.done();
    return { ...result, server: /^\{/m.test(stdout) ? lastJson(stdout) : {} };
  } finally {
    srv.kill();
  }
}

async function _twoProcessBench({ reps, seconds, log, impls }, name, server, client, metric, value, extra = {}, placement = PLACEMENTS.twoCores, s = new Samples()) {
  for (let rep = 0; rep < reps; rep++) {
    for (const impl of rotated(rep, impls)) {
      const key = keyFor(impl.id, metric);
      try {
        const r = await _pair(impl, server, client, seconds, placement);
        s.add(key, value(r));
        for (const [m, f] of Object.entries(extra)) s.add(keyFor(impl.id, m), f(r));
        log(`${name}: ${impl.label} ${value(r).toFixed(1)} (round ${rep + 1}/${reps})`);
      } catch (e) {
        s.add(key, null);
        for (const m of Object.keys(extra)) s.add(keyFor(impl.id, m), null);
        s.note(`${name}, ${impl.label}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
        log(`${name}: ${impl.label} failed: ${e.message.split('\n')[0]}`);
      }
    }
  }
  return s;
}

export function bulk(options) {
  // One process per core: the sender and the receiver work at the same time.
  return _twoProcessBench(options, 'bulk', 'bulk_sink', 'bulk_client', 'bulk_mbps', (r) => r.bytes / r.seconds / 1e6, {
    // The receiving process's peak RSS: what a bulk transfer costs in memory.
    bulk_sink_rss_mb: (r) => r.server.rss_mb ?? null,
    // CPU time of both processes (all threads) per GB moved: less sensitive to other load than MB/s.
    bulk_cpu_s_per_gb: (r) => (r.server.cpu_s == null ? null : (r.cpu_s + r.server.cpu_s) / (r.bytes / 1e9)),
  });
}

export async function pingpong(options) {
  const rounds = (r) => r.rounds / r.seconds;
  // CPU time of both processes (all threads) per round trip, in microseconds.
  const cpu = (r) => (r.server.cpu_s == null ? null : ((r.cpu_s + r.server.cpu_s) / r.rounds) * 1e6);
  const s = await _twoProcessBench(options, 'ping-pong', 'echo_server', 'ping_client', 'rtt_per_s', rounds, { rtt_cpu_us: cpu });
  if (PLACEMENTS.oneCore === null) {
    s.note('ping-pong ran unpinned (no taskset or a single core): expect large differences between runs.');
    return s;
  }
  // Both processes on one core: a round trip is two context switches and the work of both sides,
  // so this shows each implementation's cost per call rather than the cost of cross-core wake-ups.
  return _twoProcessBench(options, 'ping-pong, one core', 'echo_server', 'ping_client', 'rtt_1core_per_s', rounds, {}, PLACEMENTS.oneCore, s);
}

export { _pair as pair };
