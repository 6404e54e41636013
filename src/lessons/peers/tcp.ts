// The lesson's TCP side: clients that connect to the learner's server (one or several at once)
// and a server the learner's client connects to.
import { CONSTANTS } from '../../kernel/index.ts';
import type { Socket } from '../../socket/index.ts';
import { t } from '../../i18n/index.ts';
import { encodeText, loopbackTarget, portOf, runPeer, type PeerContext, type PeerRun, type RunningPeer } from './peer.ts';

const { SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } = CONSTANTS;

/** What a peer does with a connection once its exchange is over. */
export type Then = 'close' | 'wait' | 'hold';

function _describe(who: string) {
  return (e: Error) => t('lessons.peer.error', { who, error: `${e.name}: ${e.message}` });
}

/** close: close now; wait: read until the learner closes, then close; hold: keep it until stopped. */
async function _finish(run: PeerRun, s: Socket, then: Then, who: string): Promise<void> {
  if (then === 'wait') {
    for (;;) {
      const data = await run.call(() => s.recv(65536), () => t('lessons.peer.waitClose', { who, seconds: run.seconds }));
      if (data.length === 0) break;
    }
  }
  if (then === 'hold') await run.forever(() => new Promise<never>(() => {}));
  run.close(s);
}

export interface TcpClientOptions {
  port: number;
  messages: readonly string[];
  clients: number;
  expectReply: boolean;
  then: Then;
}

/**
 * `clients` clients at once: when a learner's TCP socket listens on the port they connect, one
 * after another in number order, and each sends each message (`{n}` is the client's number)
 * and reads one reply to each.
 */
export function tcpClient(ctx: PeerContext, o: TcpClientOptions): RunningPeer {
  const who = t('lessons.peer.client');
  return runPeer(ctx, async (run) => {
    const info = await run.waitForLearner(
      (i) => i.type === SOCK_STREAM && i.state === 'listening' && portOf(i.laddr) === o.port,
      () => t('lessons.peer.waitListen', { who, seconds: run.seconds, port: o.port }),
    );
    const to = loopbackTarget(info.laddr, o.port);
    const talk = async (s: Socket, n: number) => {
      for (const template of o.messages) {
        const message = template.replaceAll('{n}', String(n));
        await run.forever(() => s.sendall(encodeText(message)));
        if (!o.expectReply) continue;
        const reply = await run.call(() => s.recv(65536), () => t('lessons.peer.waitAnswer', { who, seconds: run.seconds, message: `'${message}'` }));
        if (reply.length === 0) {
          run.report(t('lessons.peer.closedEarly', { who }));
          run.close(s);
          return;
        }
      }
      await _finish(run, s, o.then, who);
    };
    // Clients connect in number order, each once the previous handshake is done: the accept
    // queue is first come, first served, so the learner's accept() returns client 1 first.
    // Each starts talking as soon as it is connected, so they all talk at once.
    const talks: Promise<void>[] = [];
    for (let n = 1; n <= o.clients; n++) {
      const s = run.socket(SOCK_STREAM);
      await run.call(() => s.connect(to), () => t('lessons.peer.waitConnect', { who, seconds: run.seconds, port: o.port }));
      const talking = talk(s, n);
      talking.catch(() => {}); // handled by Promise.all below; not "unhandled" while others connect
      talks.push(talking);
    }
    await Promise.all(talks);
  }, _describe(who));
}

export interface TcpServerOptions {
  port: number;
  /** The answer to every message; absent: echo the message. */
  reply?: string;
  then: Then;
}

/** Listens on 127.0.0.1:port at once; for every connection reads one message and answers it. */
export function tcpServer(ctx: PeerContext, o: TcpServerOptions): RunningPeer {
  const who = t('lessons.peer.server');
  return runPeer(ctx, async (run) => {
    const srv = run.socket(SOCK_STREAM);
    // The lesson's server restarts with every step and lesson: it must not trip over its own TIME_WAIT.
    srv.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
    const binding = run.bind(srv, ['127.0.0.1', o.port]);
    if (binding) await binding; // listening at once, unless the port is still being released
    srv.listen(16);
    const serve = async (conn: Socket) => {
      const data = await run.call(() => conn.recv(65536), () => t('lessons.peer.waitMessage', { who, seconds: run.seconds }));
      if (data.length === 0) {
        run.close(conn);
        return;
      }
      await run.forever(() => conn.sendall(o.reply === undefined ? data : encodeText(o.reply)));
      await _finish(run, conn, o.then, who);
    };
    for (;;) {
      const conn = run.adopt((await run.forever(() => srv.accept()))[0]);
      serve(conn).catch((e: unknown) => {
        if (!run.signal.aborted) run.report(_describe(who)(e as Error));
        run.close(conn);
      });
    }
  }, _describe(who));
}
