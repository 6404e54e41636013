// The kernel's five zeromq sockets, bound from the connection file: shell and control (ROUTER,
// requests in, replies out), stdin (ROUTER, input_request to the front end), iopub (PUB,
// broadcasts) and heartbeat (REP, echoes). zeromq allows one pending send() and one pending
// receive() per socket, so every socket sends through its own queue.
import type * as Zmq from 'zeromq';
import { decode, encode, Signer, WireError, type Message } from './wire.ts';

export interface ConnectionInfo {
  transport: 'tcp' | 'ipc';
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: string;
}

export type ChannelName = 'shell' | 'control' | 'stdin' | 'iopub';

type _Sendable = Zmq.Router | Zmq.Publisher;

/** Sends one message at a time on a zeromq socket, in the order they were asked for. */
class _SendQueue {
  #tail: Promise<void> = Promise.resolve();
  constructor(readonly socket: _Sendable) {}

  send(frames: Buffer[]): Promise<void> {
    const next = this.#tail.then(() => this.socket.send(frames));
    this.#tail = next.catch(() => {}); // a failed send (socket closed) must not block the queue
    return next;
  }

  /** Resolves when every send asked for so far is done. */
  flushed(): Promise<void> {
    return this.#tail;
  }
}

function _address(info: ConnectionInfo, port: number): string {
  return info.transport === 'ipc' ? `ipc://${info.ip}-${port}` : `tcp://${info.ip}:${port}`;
}

export class Channels {
  readonly signer: Signer;
  readonly #info: ConnectionInfo;
  readonly #routers: Record<'shell' | 'control' | 'stdin', Zmq.Router>;
  readonly #iopub: Zmq.Publisher;
  readonly #hb: Zmq.Reply;
  readonly #queues: Record<ChannelName, _SendQueue>;
  #closed = false;

  constructor(zmq: typeof import('zeromq'), info: ConnectionInfo) {
    this.#info = info;
    this.signer = new Signer(info.key, info.signature_scheme);
    const router = () => new zmq.Router({ linger: 0 });
    // stdin is `mandatory`: an input_request to a front end whose stdin has not connected yet
    // fails (EHOSTUNREACH) instead of vanishing, and is sent again (send() below).
    this.#routers = { shell: router(), control: router(), stdin: new zmq.Router({ linger: 0, mandatory: true }) };
    this.#iopub = new zmq.Publisher({ linger: 0 });
    this.#hb = new zmq.Reply({ linger: 0 });
    this.#queues = {
      shell: new _SendQueue(this.#routers.shell),
      control: new _SendQueue(this.#routers.control),
      stdin: new _SendQueue(this.#routers.stdin),
      iopub: new _SendQueue(this.#iopub),
    };
  }

  async bind(): Promise<void> {
    const info = this.#info;
    await Promise.all([
      this.#routers.shell.bind(_address(info, info.shell_port)),
      this.#routers.control.bind(_address(info, info.control_port)),
      this.#routers.stdin.bind(_address(info, info.stdin_port)),
      this.#iopub.bind(_address(info, info.iopub_port)),
      this.#hb.bind(_address(info, info.hb_port)),
    ]);
    void this.#heartbeat();
  }

  send(channel: ChannelName, msg: Message<unknown>, attempts = channel === 'stdin' ? 40 : 1): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return this.#queues[channel].send(encode(msg, this.signer)).catch(async (e: unknown) => {
      if (attempts > 1 && !this.#closed) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return this.send(channel, msg, attempts - 1);
      }
      if (!this.#closed) process.stderr.write(`socklab kernel: cannot send on ${channel}: ${String(e)}\n`);
    });
  }

  /**
   * Calls `onMessage` for every message that arrives on `channel`, one at a time (the next is
   * read when the handler's promise settles). Ends when the channels close.
   */
  async listen(channel: 'shell' | 'control' | 'stdin', onMessage: (msg: Message) => Promise<void> | void): Promise<void> {
    const socket = this.#routers[channel];
    while (!this.#closed) {
      let frames: Buffer[];
      try {
        frames = await socket.receive();
      } catch (e) {
        if (this.#closed) return;
        throw e;
      }
      let msg: Message;
      try {
        msg = decode(frames, this.signer);
      } catch (e) {
        // A stranger's or a corrupted message: ipykernel logs and drops it.
        process.stderr.write(`socklab kernel: dropped a message on ${channel}: ${e instanceof WireError ? e.message : String(e)}\n`);
        continue;
      }
      try {
        await onMessage(msg);
      } catch (e) {
        process.stderr.write(`socklab kernel: ${msg.header.msg_type} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      }
    }
  }

  async #heartbeat(): Promise<void> {
    try {
      for await (const frames of this.#hb) await this.#hb.send(frames);
    } catch {
      // closed
    }
  }

  /** Waits for queued sends (the last status: idle, a shutdown_reply), then closes every socket. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await Promise.race([
      Promise.all(Object.values(this.#queues).map((q) => q.flushed())),
      new Promise((resolve) => setTimeout(resolve, 500)),
    ]);
    this.#closed = true;
    for (const s of [...Object.values(this.#routers), this.#iopub, this.#hb]) s.close();
  }
}
