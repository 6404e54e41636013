// Starts the peer a step declares. Peers are the lesson's side of the conversation: they use
// loopback only and the lesson's own socket module, and the lesson stops them with their step.
import type { PeerSpec } from '../schema.ts';
import { portNumber } from '../ports.ts';
import type { PeerContext, RunningPeer } from './peer.ts';
import { tcpClient, tcpServer } from './tcp.ts';
import { udpChat, udpEcho, udpSender } from './udp.ts';

export type { PeerContext, RunningPeer } from './peer.ts';
export { tcpClient, tcpServer, type TcpClientOptions, type TcpServerOptions } from './tcp.ts';
export { udpChat, udpEcho, udpSender } from './udp.ts';

/** Starts `spec` with the lesson's ports. */
export function startPeer(spec: PeerSpec, ctx: PeerContext, ports: Record<string, number>): RunningPeer {
  const port = (ref: number | string) => {
    const n = portNumber(ref, ports);
    if (n === undefined) throw new Error(`unknown port ${String(ref)}`);
    return n;
  };
  switch (spec.kind) {
    case 'udp-sender':
      return udpSender(ctx, port(spec.to), spec.messages);
    case 'udp-echo':
      return udpEcho(ctx, port(spec.port), spec.reply);
    case 'udp-chat':
      return udpChat(ctx, port(spec.to), spec.messages);
    case 'tcp-client':
      return tcpClient(ctx, { port: port(spec.to), messages: spec.messages, clients: spec.clients, expectReply: spec.expect_reply, then: spec.then });
    case 'tcp-server':
      return tcpServer(ctx, { port: port(spec.port), ...(spec.reply !== undefined && { reply: spec.reply }), then: spec.then });
  }
}
