// What went wrong in a lesson, beyond "this check does not hold yet": the situations a learner
// gets into by one wrong line, from which the step's own checks cannot say how to get out.
// - The listening socket a lesson's clients connect to was closed (`s.close()` typed for
//   `conn.close()`): the clients are gone, nothing the learner types at this step can pass.
// - `conn` is the server's end of a connection whose client socket no variable holds any more
//   (the client was created and connected twice): closing `client` then changes nothing `conn`
//   can see.
// Each diagnosis names the sockets, says what happened and how to recover (`.reset`).
import { CONSTANTS } from '../kernel/index.ts';
import { describeSocket, Socket, type SocketInfo } from '../socket/index.ts';
import { t } from '../i18n/index.ts';
import { portNumber } from './ports.ts';
import type { LessonSession } from './session.ts';

/** The learner's variables, name → value (the REPL's are the enumerable globals). */
export type Variables = () => Iterable<[string, unknown]>;

export function globalVariables(): Iterable<[string, unknown]> {
  return Object.entries(globalThis);
}

/** One explanation per situation found, in the learner's language (empty when all is well). */
export function diagnose(s: LessonSession, variables: Variables = globalVariables): string[] {
  const holders = _holders(variables);
  const name = (sock: Socket, info: SocketInfo) => holders.get(sock) ?? t('lessons.flow.fd', { fd: info.fd });
  const found: string[] = [];
  const open = [...s.space.sockets].map((sock) => ({ sock, info: describeSocket(sock) }));

  for (const port of s.listenPortsNeeded()) {
    if (open.some(({ info }) => info.listening && _port(info.laddr) === port)) continue;
    const closed = s.history.all.filter((sock) => !s.space.sockets.has(sock)).map((sock) => ({ sock, info: describeSocket(sock) }));
    const gone = closed.findLast(({ sock, info }) => s.history.listened.has(sock) && info.type === CONSTANTS.SOCK_STREAM && _port(info.laddr) === port);
    if (gone) found.push(t('lessons.flow.listenerClosed', { name: holders.get(gone.sock) ?? t('lessons.flow.theListener'), port }));
  }

  // Only where the learner's variables can be seen at all (they hold at least one socket):
  // elsewhere (a Python scope of its own) every socket would look unheld.
  for (const a of holders.size > 0 ? open : []) {
    if (!s.history.accepted.has(a.sock)) continue;
    const client = open.find(({ sock, info }) => sock !== a.sock && _same(info.laddr, a.info.raddr) && _same(info.raddr, a.info.laddr));
    if (!client || holders.has(client.sock)) continue;
    found.push(t('lessons.flow.orphanPeer', { conn: name(a.sock, a.info), fd: client.info.fd }));
  }
  return found;
}

/** Which variable holds each socket (directly, or inside an array such as [conn, addr]). */
function _holders(variables: Variables): Map<Socket, string> {
  const out = new Map<Socket, string>();
  for (const [key, value] of variables()) {
    if (value instanceof Socket) {
      if (!out.has(value)) out.set(value, key);
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, 16)) if (item instanceof Socket && !out.has(item)) out.set(item, key);
    }
  }
  return out;
}

function _port(addr: unknown): number | undefined {
  return Array.isArray(addr) && typeof addr[1] === 'number' ? addr[1] : undefined;
}

function _same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
}

/** The ports of the lesson's running tcp-client peers: a learner socket must listen there. */
export function clientPorts(specs: Iterable<{ kind: string; to?: number | string }>, values: Record<string, number>): number[] {
  const out: number[] = [];
  for (const spec of specs) {
    if (spec.kind !== 'tcp-client' || spec.to === undefined) continue;
    const port = portNumber(spec.to, values);
    if (port !== undefined) out.push(port);
  }
  return out;
}
