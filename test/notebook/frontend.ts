// A minimal Jupyter front end on zeromq for the tests: starts `socklab kernel` (the built CLI)
// on a connection file with free loopback ports, and speaks the protocol on its channels.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zmq from 'zeromq';
import { freePort } from '../../src/lessons/ports.ts';
import { decode, encode, makeMessage, Signer, type Message } from '../../src/notebook/wire.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The connection file's ports come from below the ephemeral range: the front end connects
 * before the kernel has bound, and a connect() retried to a free ephemeral port on loopback can
 * meet itself (TCP simultaneous open) and hold that port, so the kernel's bind would fail.
 */
export function connectionPorts(): Record<string, number> {
  const ports: Record<string, number> = {};
  const taken = new Set<number>();
  for (const name of ['shell_port', 'iopub_port', 'stdin_port', 'control_port', 'hb_port']) {
    ports[name] = freePort(taken);
    taken.add(ports[name]);
  }
  return ports;
}

export class FrontEnd {
  readonly session = randomUUID();
  readonly iopub: Message[] = [];
  readonly stdinRequests: Message[] = [];
  readonly stderr: string[] = [];
  readonly #signer: Signer;
  readonly #shell: zmq.Dealer;
  readonly #control: zmq.Dealer;
  readonly #stdin: zmq.Dealer;
  readonly #sub: zmq.Subscriber;
  readonly #waiters = new Map<string, (m: Message) => void>();
  readonly #dir: string;
  #exited: Promise<number | null>;
  #closed = false;

  private constructor(readonly kernel: ChildProcess, dir: string, readonly ports: Record<string, number>, key: string) {
    this.#dir = dir;
    this.#signer = new Signer(key);
    const identity = randomUUID();
    this.#shell = new zmq.Dealer({ routingId: identity, linger: 0 });
    this.#control = new zmq.Dealer({ linger: 0 });
    this.#stdin = new zmq.Dealer({ routingId: identity, linger: 0 });
    this.#sub = new zmq.Subscriber({ linger: 0 });
    this.#sub.subscribe();
    this.#shell.connect(`tcp://127.0.0.1:${ports.shell_port}`);
    this.#control.connect(`tcp://127.0.0.1:${ports.control_port}`);
    this.#stdin.connect(`tcp://127.0.0.1:${ports.stdin_port}`);
    this.#sub.connect(`tcp://127.0.0.1:${ports.iopub_port}`);
    kernel.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.#exited = new Promise((resolve) => kernel.once('exit', (code) => resolve(code)));
    void this.#read(this.#shell);
    void this.#read(this.#control);
    void this.#read(this.#stdin, (m) => this.stdinRequests.push(m), false);
    void this.#read(this.#sub, (m) => this.iopub.push(m), false);
  }

  static async start(args: string[] = []): Promise<FrontEnd> {
    const dir = mkdtempSync(join(tmpdir(), 'socklab-kernel-'));
    const ports = connectionPorts();
    const key = randomUUID();
    const file = join(dir, 'connection.json');
    writeFileSync(file, JSON.stringify({ transport: 'tcp', ip: '127.0.0.1', key, signature_scheme: 'hmac-sha256', ...ports }));
    const kernel = spawn(process.execPath, [join(root, 'bin', 'socklab.js'), 'kernel', ...args, file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', LANG: 'C', SOCKLAB_LESSON_PORTS: 'ephemeral', XDG_CONFIG_HOME: dir },
    });
    const fe = new FrontEnd(kernel, dir, ports, key);
    // The kernel binds while the front end connects, and a subscriber misses what was published
    // before its subscription arrived: ask until a reply and its iopub status both come, as
    // jupyter_client's wait_for_ready does.
    for (let i = 0; i < 50; i++) {
      const reply = await Promise.race([fe.request('shell', 'kernel_info_request', {}), new Promise<undefined>((r) => setTimeout(() => r(undefined), 200))]);
      if (reply && fe.iopub.some((m) => m.parent_header.msg_id === reply.parent_header.msg_id)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return fe;
  }

  async #read(socket: zmq.Dealer | zmq.Subscriber, also?: (m: Message) => void, replies = true): Promise<void> {
    try {
      for await (const frames of socket) {
        const msg = decode(frames as Buffer[], this.#signer);
        also?.(msg);
        const id = msg.parent_header.msg_id;
        const waiter = id && replies ? this.#waiters.get(id) : undefined;
        if (waiter) {
          this.#waiters.delete(id!);
          waiter(msg);
        }
      }
    } catch (e) {
      if (!this.#closed) console.error('front end read failed', e);
    }
  }

  /** Sends a request and resolves with its reply. */
  request(channel: 'shell' | 'control', type: string, content: Record<string, unknown>): Promise<Message> {
    const msg = makeMessage(type, content, this.session);
    const socket = channel === 'shell' ? this.#shell : this.#control;
    const reply = new Promise<Message>((resolve) => this.#waiters.set(msg.header.msg_id, resolve));
    void socket.send(encode(msg, this.#signer));
    return reply;
  }

  /** Sends an execute_request; `done` resolves with the reply once the kernel is idle again. */
  execute(code: string, options: { allow_stdin?: boolean } = {}): { id: string; done: Promise<{ reply: Message; outputs: Message[] }> } {
    const msg = makeMessage('execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: options.allow_stdin ?? false, stop_on_error: true }, this.session);
    const id = msg.header.msg_id;
    const reply = new Promise<Message>((resolve) => this.#waiters.set(id, resolve));
    void this.#shell.send(encode(msg, this.#signer));
    const done = (async () => {
      const r = await reply;
      await this.waitFor(() => this.iopub.some((m) => m.parent_header.msg_id === id && m.header.msg_type === 'status' && m.content.execution_state === 'idle'));
      return { reply: r, outputs: this.iopub.filter((m) => m.parent_header.msg_id === id && m.header.msg_type !== 'status') };
    })();
    return { id, done };
  }

  /** Runs a cell and returns its outputs' texts: stream text, results' text/plain, error lines. */
  async run(code: string): Promise<{ reply: Message; outputs: Message[]; text: string }> {
    const r = await this.execute(code).done;
    const text = r.outputs.map((m) => {
      const c = m.content as { text?: string; data?: Record<string, string>; traceback?: string[] };
      return c.text ?? c.data?.['text/plain'] ?? c.traceback?.join('\n') ?? '';
    }).join('');
    return { ...r, text };
  }

  replyInput(parent: Message, value: string): void {
    const msg = makeMessage('input_reply', { value }, this.session, parent);
    void this.#stdin.send(encode({ ...msg, identities: [] }, this.#signer));
  }

  async waitFor(test: () => boolean, ms = 10_000): Promise<void> {
    const until = Date.now() + ms;
    while (!test()) {
      if (Date.now() > until) throw new Error(`timed out waiting; kernel stderr: ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  exited(): Promise<number | null> {
    return this.#exited;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.kernel.exitCode === null && this.kernel.signalCode === null) this.kernel.kill('SIGTERM');
    await Promise.race([this.#exited, new Promise((r) => setTimeout(r, 3000))]);
    if (this.kernel.exitCode === null && this.kernel.signalCode === null) this.kernel.kill('SIGKILL');
    for (const s of [this.#shell, this.#control, this.#stdin, this.#sub]) s.close();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
