// The lesson's UDP side: a sender, an echo server, and "QQ user B", the chat partner of the
// Chinese tutorials' UDP chat between QQ users A and B.
import { CONSTANTS } from '../../kernel/index.ts';
import { repr, type PyAddress } from '../../socket/index.ts';
import { t } from '../../i18n/index.ts';
import { decodeText, encodeText, loopbackTarget, portOf, runPeer, type PeerContext, type RunningPeer } from './peer.ts';

const { SOCK_DGRAM } = CONSTANTS;

function _describe(who: string) {
  return (e: Error) => t('lessons.peer.error', { who, error: `${e.name}: ${e.message}` });
}

/** Waits until a learner's UDP socket is bound to `port`, then sends each message as one datagram. */
export function udpSender(ctx: PeerContext, port: number, messages: readonly string[]): RunningPeer {
  const who = t('lessons.peer.sender');
  return runPeer(ctx, async (run) => {
    const info = await run.waitForLearner(
      (i) => i.type === SOCK_DGRAM && portOf(i.laddr) === port,
      () => t('lessons.peer.waitBound', { who, seconds: run.seconds, port }),
    );
    const s = run.socket(SOCK_DGRAM);
    const to = loopbackTarget(info.laddr, port);
    for (const m of messages) await run.forever(() => s.sendto(encodeText(m), to));
    run.close(s);
  }, _describe(who));
}

/**
 * Binds 127.0.0.1:`port` and answers every datagram to its sender, until stopped: with the
 * datagram itself, or with `reply`, `{addr}` in it replaced by the sender's address as Python
 * prints it (the learner compares it with their own getsockname()).
 */
export function udpEcho(ctx: PeerContext, port: number, reply?: string): RunningPeer {
  const who = t('lessons.peer.echo');
  return runPeer(ctx, async (run) => {
    const s = run.socket(SOCK_DGRAM);
    await run.bind(s, ['127.0.0.1', port]); // at once, unless the port is still being released
    for (;;) {
      const [data, from] = await run.forever(() => s.recvfrom(65535));
      if (from === undefined) continue;
      const answer = reply === undefined ? data : encodeText(reply.replaceAll('{addr}', repr(from)));
      await run.forever(() => s.sendto(answer, from));
    }
  }, _describe(who));
}

/**
 * QQ user B: when a learner's UDP socket is bound to `port`, sends messages[0] to it, then answers
 * each datagram from the learner with the next message. Stops after its last message, or when
 * the learner sends `quit`.
 */
export function udpChat(ctx: PeerContext, port: number, messages: readonly string[]): RunningPeer {
  const who = t('lessons.peer.chatUser');
  return runPeer(ctx, async (run) => {
    const info = await run.waitForLearner(
      (i) => i.type === SOCK_DGRAM && portOf(i.laddr) === port,
      () => t('lessons.peer.waitBound', { who, seconds: run.seconds, port }),
    );
    const s = run.socket(SOCK_DGRAM);
    s.bind(['127.0.0.1', 0]);
    let to: PyAddress = loopbackTarget(info.laddr, port);
    let next = 0;
    if (messages.length > 0) await run.forever(() => s.sendto(encodeText(messages[next++]!), to));
    while (next < messages.length) {
      const [data, from] = await run.call(() => s.recvfrom(65535), () => t('lessons.peer.waitReply', { who, seconds: run.seconds }));
      if (from !== undefined) to = from;
      if (decodeText(data).trim() === 'quit') break;
      await run.forever(() => s.sendto(encodeText(messages[next++]!), to));
    }
    run.close(s);
  }, _describe(who));
}
