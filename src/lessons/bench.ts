// A micro-benchmark of checkpoint evaluation (DESIGN.md §5: "checkpoint evaluation time per REPL
// line with 100 sockets open"). It opens real sockets on loopback, then evaluates a step like
// tcp-server's `listen` step (a socket check and a kernel_state check, so /proc/net is read) and
// a step with socket and event checks only, many times each; and a TIME_WAIT check, the one
// kind that reads /proc/net/tcp.
import { CONSTANTS, KernelSnapshot } from '../kernel/index.ts';
import { createSocketModule, type Socket } from '../socket/index.ts';
import { evaluateChecks, type CheckContext } from './checks.ts';
import { SocketHistory } from './history.ts';
import type { Check } from './schema.ts';

export interface CheckpointBench {
  /** What a REPL line pays: the slower of `kernel` and `plain`, mean ms. */
  msPerLine: number;
  sockets: number;
  iterations: number;
  /** Mean and 95th percentile per evaluation, in ms, with a kernel_state check (one /proc/net read). */
  kernel: { meanMs: number; p95Ms: number };
  /** The same without kernel checks. */
  plain: { meanMs: number; p95Ms: number };
  /**
   * A kernel_state check on a closed connection (TIME_WAIT): the one case that reads
   * /proc/net/tcp, whose cost grows with every TCP socket on the machine (`tcpRows` of them).
   */
  closed: { meanMs: number; p95Ms: number; tcpRows: number };
}

function _stats(samples: number[]): { meanMs: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { meanMs: mean, p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? mean };
}

/** Opens `nSockets` learner sockets (half listening TCP, half bound UDP) and times evaluation. */
export async function benchCheckpoint(nSockets = 100, iterations = 100): Promise<CheckpointBench> {
  const { module, space } = createSocketModule();
  const history = new SocketHistory(space);
  const opened: Socket[] = [];
  try {
    let listenPort = 0;
    for (let i = 0; i < nSockets; i++) {
      const tcp = i % 2 === 0;
      const s = module.socket(CONSTANTS.AF_INET, tcp ? CONSTANTS.SOCK_STREAM : CONSTANTS.SOCK_DGRAM);
      opened.push(s);
      s.bind(['127.0.0.1', 0]);
      if (tcp) {
        s.listen(5);
        listenPort = (s.getsockname() as readonly [string, number])[1];
      }
    }
    const ctx: CheckContext = { space, history, since: 0, ports: { port: listenPort }, peerSpace: space, peerSince: 0 };
    const kernelStep: Check[] = [
      { kind: 'socket', line: 1, socket: { type: CONSTANTS.SOCK_STREAM, state: ['listening'], laddr: ['any', 'port'] } },
      { kind: 'kernel_state', line: 2, states: ['LISTEN'], socket: { laddr: ['any', 'port'] } },
    ];
    const plainStep: Check[] = [
      { kind: 'socket', line: 1, socket: { type: CONSTANTS.SOCK_DGRAM, state: ['connected'] } },
      { kind: 'learner_received', line: 2, text: 'hello' },
      { kind: 'all_closed', line: 3 },
    ];
    const time = (checks: Check[]) => {
      const samples: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t0 = performance.now();
        evaluateChecks(checks, ctx);
        samples.push(performance.now() - t0);
      }
      return _stats(samples);
    };
    time(kernelStep.concat(plainStep)); // warm up the JIT
    const kernel = time(kernelStep);
    const plain = time(plainStep);

    // A connection closed by this side first: its socket is gone, its TIME_WAIT row remains.
    const client = module.socket(CONSTANTS.AF_INET, CONSTANTS.SOCK_STREAM);
    opened.push(client);
    await client.connect(['127.0.0.1', listenPort]);
    const clientPort = (client.getsockname() as readonly [string, number])[1];
    client.close();
    const closedStep: Check[] = [
      { kind: 'kernel_state', line: 1, states: ['FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT'], socket: { state: ['closed'], laddr: ['any', clientPort] } },
    ];
    const closed = time(closedStep);
    const tcpRows = new KernelSnapshot(['tcp']).rows.length;
    return { msPerLine: Math.max(kernel.meanMs, plain.meanMs), sockets: nSockets, iterations, kernel, plain, closed: { ...closed, tcpRows } };
  } finally {
    for (const s of opened) s.close();
    history.dispose();
  }
}
