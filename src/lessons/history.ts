// What the checkpoints remember beyond the socket space itself: every socket of the lesson,
// closed ones included (a closed socket's TIME_WAIT row is found by its last addresses), and
// which sockets came out of accept(). The space's own set forgets a socket when it closes.
import type { LoggedEvent, Socket, SocketSpace } from '../socket/index.ts';

export class SocketHistory {
  /** Every socket seen, in creation order (closed ones stay). */
  readonly all: Socket[] = [];
  readonly accepted = new WeakSet<Socket>();
  /** Sockets that listen() was called on (a closed socket's state no longer says so). */
  readonly listened = new WeakSet<Socket>();
  readonly #seen = new WeakSet<Socket>();
  readonly #onEvent = (e: LoggedEvent) => this.#record(e);

  constructor(readonly space: SocketSpace) {
    for (const sock of space.sockets) this.#add(sock);
    space.on('event', this.#onEvent);
  }

  dispose(): void {
    this.space.off('event', this.#onEvent);
  }

  #add(sock: Socket): void {
    if (this.#seen.has(sock)) return;
    this.#seen.add(sock);
    this.all.push(sock);
    // A lesson that runs for hours must not keep thousands of closed sockets alive.
    if (this.all.length > 1000) {
      const drop = this.all.findIndex((s) => !this.space.sockets.has(s));
      if (drop >= 0) this.all.splice(drop, 1);
    }
  }

  #record(e: LoggedEvent): void {
    if (e.kind === 'created') this.#add(e.sock);
    if (e.kind === 'listening') {
      this.#add(e.sock);
      this.listened.add(e.sock);
    }
    if (e.kind === 'accepted') {
      this.accepted.add(e.conn);
      this.#add(e.conn);
    }
  }
}

/** The events of `space` after sequence number `since` (the step's start). */
export function eventsSince(space: SocketSpace, since: number): LoggedEvent[] {
  const log = space.log;
  let i = log.length;
  while (i > 0 && log[i - 1]!.seq > since) i--;
  return log.slice(i);
}
