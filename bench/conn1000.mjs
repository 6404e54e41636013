// 1,000 concurrent TCP connections: a server script per implementation (one async handler per
// client) and one load generator process on raw node:net for all three. The server reports its
// own fd count before accepting and after the last close; the harness reads the server's peak
// RSS (VmHWM) from /proc/PID/status before letting it exit.
import { join } from 'node:path';
import { PLACEMENTS, onCpu } from './lib/cpus.mjs';
import { CHILD_ENV, WORKLOADS, keyFor, rotated } from './lib/impls.mjs';
import { lastJson, peakRssMb, start } from './lib/proc.mjs';
import { Samples } from './lib/stats.mjs';

const _MESSAGE_SIZE = 64;

async function _once(impl, n) {
  // The server on one core, the load generator on the other (lib/cpus.mjs).
  const placement = PLACEMENTS.twoCores;
  const [scmd, sargs] = onCpu(placement?.server, impl.command('conn_server', [String(n)]));
  const srv = start(scmd, sargs, { timeoutMs: 60_000, env: CHILD_ENV, stdin: 'pipe' });
  try {
    const [, port] = await srv.waitFor(/PORT (\d+)/);
    const [lcmd, largs] = onCpu(placement?.client, [process.execPath, [join(WORKLOADS, 'load_conn.mjs'), port, String(n), String(_MESSAGE_SIZE)]]);
    const load = start(lcmd, largs, {
      timeoutMs: 45_000,
      env: CHILD_ENV,
    });
    const client = lastJson((await load.done()).stdout);
    const [line] = await srv.waitFor(/\{.*"fds_after".*\}/);
    const server = JSON.parse(line);
    const rss = peakRssMb(srv.pid);
    srv.child.stdin.end('\n');
    await srv.done();
    return { client, server, rss };
  } finally {
    srv.kill();
  }
}

export async function conn1000({ reps, log, impls, connections = 1000 }) {
  const s = new Samples();
  for (let rep = 0; rep < reps; rep++) {
    for (const impl of rotated(rep, impls)) {
      try {
        const { client, server, rss } = await _once(impl, connections);
        const complete = client.ok === connections && server.handled === connections;
        if (!complete) {
          s.note(`conn1000, ${impl.label}: ${client.ok}/${connections} echoed intact (${client.wrong} got back different bytes), ${server.handled} handled, client errors ${JSON.stringify(client.errors)}, server errors ${server.errors}`);
        }
        s.add(keyFor(impl.id, 'conn1000_s'), client.seconds);
        s.add(keyFor(impl.id, 'conn1000_intact'), client.ok);
        s.add(keyFor(impl.id, 'conn1000_rss_mb'), rss);
        s.add(keyFor(impl.id, 'fd_leak'), server.fds_after - server.fds_before);
        log(`conn1000: ${impl.label} ${client.seconds.toFixed(3)} s, ${rss?.toFixed(1)} MiB, fds ${server.fds_before} -> ${server.fds_after} (round ${rep + 1}/${reps})`);
      } catch (e) {
        for (const m of ['conn1000_s', 'conn1000_intact', 'conn1000_rss_mb', 'fd_leak']) s.add(keyFor(impl.id, m), null);
        s.note(`conn1000, ${impl.label}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
        log(`conn1000: ${impl.label} failed: ${e.message.split('\n')[0]}`);
      }
    }
  }
  return s;
}
