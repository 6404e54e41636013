// The ports a lesson runs on. Lessons name the tutorials' ports (9999, 9998, 9997, 7788); when one
// is busy on this machine the lesson moves to a free one and tells the learner. Tests and the
// course linter ask for free ports from the start ('ephemeral') so runs never collide.
import { readFileSync } from 'node:fs';
import { CONSTANTS } from '../kernel/index.ts';
import { createSocketModule } from '../socket/index.ts';
import type { PortMap, PortRef } from './schema.ts';

/** `preferred`: the lesson's own ports when free; `ephemeral`: always free ports from the kernel. */
export type PortPolicy = 'preferred' | 'ephemeral';

export interface ChosenPorts {
  /** Port name → the number used this time. */
  values: Record<string, number>;
  /** The ports that had to move, to tell the learner. */
  moved: { name: string; from: number; to: number }[];
}

/** The policy from the environment: SOCKLAB_LESSON_PORTS=ephemeral (for end-to-end tests). */
export function portPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): PortPolicy {
  return env.SOCKLAB_LESSON_PORTS === 'ephemeral' ? 'ephemeral' : 'preferred';
}

// A throwaway socket module: probing ports must not show up in anyone's socket table.
const _probe = createSocketModule().module;

/**
 * Whether a learner could bind `port` on every address for both TCP and UDP. The probe binds
 * without SO_REUSEADDR, as a learner's socket does, so a port held by TIME_WAIT counts as busy.
 */
export function isPortFree(port: number): boolean {
  for (const type of [CONSTANTS.SOCK_STREAM, CONSTANTS.SOCK_DGRAM]) {
    const s = _probe.socket(CONSTANTS.AF_INET, type);
    try {
      s.bind(['', port]);
    } catch {
      return false;
    } finally {
      s.close();
    }
  }
  return true;
}

let _ephemeral: [number, number] | undefined;

/** The kernel's ephemeral port range (what port 0 and autobinding pick from); read once. */
function _ephemeralRange(): [number, number] {
  return (_ephemeral ??= _readEphemeralRange());
}

function _readEphemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (lo && hi && lo <= hi) return [lo, hi];
  } catch {
    // not Linux's /proc: assume the IANA range
  }
  return [49152, 65535];
}

/**
 * A port free now (TCP and UDP), outside the lessons' preferred ones. Taken below the kernel's
 * ephemeral range when there is room: a port from that range could be handed to someone's
 * connect() or sendto() between this choice and the lesson's bind.
 */
export function freePort(avoid: ReadonlySet<number> = new Set()): number {
  const [ephemeralLow] = _ephemeralRange();
  if (ephemeralLow > 12_000) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const port = 10_000 + Math.floor(Math.random() * (ephemeralLow - 10_000));
      if (!avoid.has(port) && isPortFree(port)) return port;
    }
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const s = _probe.socket(CONSTANTS.AF_INET, CONSTANTS.SOCK_STREAM);
    let port: number;
    try {
      s.bind(['127.0.0.1', 0]);
      port = (s.getsockname() as readonly [string, number])[1];
    } finally {
      s.close();
    }
    if (!avoid.has(port) && isPortFree(port)) return port;
  }
  throw new Error('no free port found');
}

/** Picks the number for each named port; the same number is never used for two names. */
export function choosePorts(ports: PortMap, policy: PortPolicy = 'preferred', isFree: (port: number) => boolean = isPortFree): ChosenPorts {
  const values: Record<string, number> = {};
  const moved: ChosenPorts['moved'] = [];
  const taken = new Set<number>();
  for (const [name, preferred] of Object.entries(ports)) {
    let port: number | undefined;
    if (policy === 'preferred') {
      // The tutorial's port, else a neighbour (easy to read: 10000 for 9999), else any.
      for (let p = preferred; p < preferred + 20 && p <= 65535; p++) {
        if (!taken.has(p) && isFree(p)) {
          port = p;
          break;
        }
      }
    }
    port ??= freePort(taken);
    values[name] = port;
    taken.add(port);
    if (port !== preferred) moved.push({ name, from: preferred, to: port });
  }
  return { values, moved };
}

/** Replaces `{name}` by the chosen port for every port name; other braces are left alone. */
export function fillPorts(text: string, values: Record<string, number>): string {
  return text.replace(/\{([a-z_][a-z0-9_]*)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The number of a port reference from a check or peer. */
export function portNumber(ref: PortRef, values: Record<string, number>): number | undefined {
  if (typeof ref === 'number') return ref;
  if (ref === 'any') return undefined;
  return values[ref];
}
