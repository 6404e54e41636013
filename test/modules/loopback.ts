// Real loopback sockets for the modules' tests: one socket module, connected TCP pairs on port 0,
// and a way to close everything a test opened.
import { createSocketModule, type Socket } from '../../src/socket/index.ts';

export const { module: socket, space } = createSocketModule();

export interface TcpPair {
  listener: Socket;
  client: Socket;
  server: Socket;
}

/** A listening socket on 127.0.0.1:0, a client connected to it, and the accepted end. */
export async function tcpPair(): Promise<TcpPair> {
  const listener = socket.socket();
  listener.bind(['127.0.0.1', 0]);
  listener.listen();
  const client = socket.socket();
  await client.connect(listener.getsockname() as [string, number]);
  const [server] = await listener.accept();
  return { listener, client, server };
}

/** Closes every socket of the module that is still open (call from afterEach). */
export function closeAll(): void {
  for (const s of [...space.sockets]) s.close();
}

export function closePair(pair: TcpPair | undefined): void {
  if (!pair) return;
  pair.client.close();
  pair.server.close();
  pair.listener.close();
}
