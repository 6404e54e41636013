// The Jupyter messaging protocol 5.3 around Cells: one handler per request type, in a table
// (as ipykernel's kernelbase.py and Deno's jupyter server do). Shell requests run one at a
// time in arrival order; control requests (interrupt, shutdown) are answered while a cell
// runs. Every request is framed by status busy/idle on iopub.
import pkg from '../../package.json' with { type: 'json' };
import { t } from '../i18n/index.ts';
import type { Channels } from './channels.ts';
import type { Cells, CellSink } from './cells.ts';
import type { MimeBundle } from './display.ts';
import { makeMessage, PROTOCOL_VERSION, type Message } from './wire.ts';

export type KernelLanguage = 'typescript' | 'python';

interface _Context {
  msg: Message;
  channel: 'shell' | 'control';
}

type _Handler = (ctx: _Context) => Promise<void> | void;

const _LANGUAGE_INFO = {
  typescript: {
    name: 'typescript', version: '5', mimetype: 'text/typescript', file_extension: '.ts',
    pygments_lexer: 'typescript', codemirror_mode: 'text/typescript',
  },
  python: {
    name: 'python', version: '3.11', mimetype: 'text/x-python', file_extension: '.py',
    pygments_lexer: 'ipython3', codemirror_mode: { name: 'ipython', version: 3 }, nbconvert_exporter: 'python',
  },
} as const;

export interface KernelOptions {
  channels: Channels;
  /** The cells' evaluator, loaded after the first kernel_info_reply (start-up is that reply). */
  loadCells(): Promise<Cells>;
  language: KernelLanguage;
  /** Called after shutdown_reply went out; the process then exits (restart: the manager starts a new one). */
  onShutdown(restart: boolean): void;
}

/** ipykernel's message for an input() that the ■ button interrupted (kernelbase.py, _input_request). */
const _INPUT_INTERRUPTED = 'Interrupted by user';

export class Kernel {
  readonly session = crypto.randomUUID();
  readonly #channels: Channels;
  readonly #loadCells: () => Promise<Cells>;
  #cellsLoading: Promise<Cells> | undefined;
  /** Set once loaded: interrupt and dispose need it synchronously. */
  #loaded: Cells | undefined;
  readonly #language: KernelLanguage;
  readonly #onShutdown: (restart: boolean) => void;
  #count = 0;
  readonly #history: Array<[session: number, line: number, input: string]> = [];
  /** Aborted by an interrupt: cancels the running cell's socket calls. */
  #interrupt = new AbortController();
  /** The stdin request waiting for its input_reply. */
  #pendingInput: { resolve: (value: string) => void; reject: (reason: unknown) => void } | undefined;
  /** When the last cell failed (stop_on_error): execute requests sent before it are aborted. */
  #failedAt: number | undefined;
  readonly #handlers: Record<string, _Handler>;

  constructor(options: KernelOptions) {
    this.#channels = options.channels;
    this.#loadCells = options.loadCells;
    this.#language = options.language;
    this.#onShutdown = options.onShutdown;
    this.#handlers = {
      kernel_info_request: async (c) => {
        await this.#reply(c, 'kernel_info_reply', this.kernelInfo());
        // The front end's first question is answered: the evaluator loads while it shows the notebook.
        setImmediate(() => void this.#cells().catch(() => {}));
      },
      execute_request: (c) => this.#execute(c),
      is_complete_request: (c) => this.#isComplete(c),
      complete_request: (c) => this.#complete(c),
      inspect_request: (c) => this.#inspect(c),
      history_request: (c) => this.#historyReply(c),
      comm_info_request: (c) => this.#reply(c, 'comm_info_reply', { status: 'ok', comms: {} }),
      // No comm targets: a widget's comm_open is closed at once, as ipykernel does for unknown targets.
      comm_open: (c) => this.#publish('comm_close', { comm_id: c.msg.content.comm_id, data: {} }, c.msg),
      comm_msg: () => {},
      comm_close: () => {},
      interrupt_request: (c) => {
        this.interrupt();
        return this.#reply(c, 'interrupt_reply', { status: 'ok' });
      },
      shutdown_request: (c) => this.#shutdown(c),
    };
  }

  /** Starts reading the three request channels (bound already) and says the kernel is starting. */
  start(): void {
    void this.#channels.listen('shell', (msg) => this.#dispatch({ msg, channel: 'shell' }));
    void this.#channels.listen('control', (msg) => this.#dispatch({ msg, channel: 'control' }));
    void this.#channels.listen('stdin', (msg) => {
      if (msg.header.msg_type !== 'input_reply') return;
      const pending = this.#pendingInput;
      this.#pendingInput = undefined;
      pending?.resolve(String(msg.content.value ?? ''));
    });
    void this.#publish('status', { execution_state: 'starting' });
  }

  #cells(): Promise<Cells> {
    this.#cellsLoading ??= this.#loadCells().then((cells) => (this.#loaded = cells));
    return this.#cellsLoading;
  }

  /**
   * SIGINT or interrupt_request: KeyboardInterrupt in the running cell, or the cell's own SIGINT
   * handler (Python's signal.signal) runs, as ipykernel delivers the signal; variables and sockets stay.
   */
  interrupt(): void {
    if (this.#loaded?.interruptHandled()) return;
    // Before the cells are loaded no cell runs: nothing listens to the signal yet.
    this.#interrupt.abort(this.#loaded?.interruption());
    this.#interrupt = new AbortController();
    // An input() waiting for its reply is interrupted too: ipykernel raises KeyboardInterrupt
    // ("Interrupted by user") there, not the EOFError of a front end without stdin.
    const pending = this.#pendingInput;
    this.#pendingInput = undefined;
    pending?.reject(this.#loaded?.interruption(_INPUT_INTERRUPTED));
  }

  kernelInfo(): Record<string, unknown> {
    return {
      status: 'ok',
      protocol_version: PROTOCOL_VERSION,
      implementation: 'socklab',
      implementation_version: pkg.version,
      language_info: _LANGUAGE_INFO[this.#language],
      banner: t('notebook.banner', { version: pkg.version }),
      help_links: [{ text: 'socklab', url: 'https://www.npmjs.com/package/socklab' }],
      debugger: false,
    };
  }

  async #dispatch(ctx: _Context): Promise<void> {
    const handler = this.#handlers[ctx.msg.header.msg_type];
    if (!handler) {
      process.stderr.write(`socklab kernel: ignored ${ctx.msg.header.msg_type} on ${ctx.channel}\n`);
      return;
    }
    await this.#publish('status', { execution_state: 'busy' }, ctx.msg);
    try {
      await handler(ctx);
    } finally {
      await this.#publish('status', { execution_state: 'idle' }, ctx.msg);
    }
  }

  #reply(ctx: _Context, type: string, content: unknown): Promise<void> {
    return this.#channels.send(ctx.channel, makeMessage(type, content, this.session, ctx.msg));
  }

  #publish(type: string, content: unknown, parent?: Message): Promise<void> {
    return this.#channels.send('iopub', makeMessage(type, content, this.session, parent, []));
  }

  // ---- execute ------------------------------------------------------------------------------

  async #execute(ctx: _Context): Promise<void> {
    const content = ctx.msg.content as { code?: string; silent?: boolean; store_history?: boolean; allow_stdin?: boolean; stop_on_error?: boolean };
    // "Run all": the cells sent before a cell failed are not run (ipykernel's abort_queues).
    const sent = Date.parse(ctx.msg.header.date ?? '');
    if (this.#failedAt !== undefined && sent < this.#failedAt) {
      await this.#reply(ctx, 'execute_reply', { status: 'aborted', execution_count: this.#count });
      return;
    }
    // Loaded before the cell takes its interrupt signal: an interrupt then raises KeyboardInterrupt.
    const cells = await this.#cells();
    const code = String(content.code ?? '');
    const silent = content.silent === true;
    const store = !silent && content.store_history !== false;
    if (store) this.#count++;
    const count = this.#count;
    if (store) this.#history.push([1, count, code]);
    if (!silent) await this.#publish('execute_input', { code, execution_count: count }, ctx.msg);

    const parent = ctx.msg;
    const sink: CellSink = {
      stream: (name, text) => {
        if (!silent) void this.#publish('stream', { name, text }, parent);
      },
      display: (data: MimeBundle) => {
        if (!silent) void this.#publish('display_data', { data, metadata: {}, transient: {} }, parent);
      },
    };
    const allowStdin = content.allow_stdin === true;
    const request = {
      code,
      count,
      signal: this.#interrupt.signal,
      sink,
      ...(allowStdin && { readLine: (prompt: string) => this.#input(parent, prompt) }),
    };
    const result = await cells.execute(request);
    if (result.ok) {
      if (result.value && !silent) await this.#publish('execute_result', { execution_count: count, data: result.value, metadata: {} }, parent);
    } else {
      if (!silent) await this.#publish('error', { ename: result.ename, evalue: result.evalue, traceback: result.traceback }, parent);
      if (content.stop_on_error !== false) this.#failedAt = Date.now();
    }
    // The checkpoint's ✔ comes after the cell's own result, as in the REPL.
    await cells.afterCell(request);
    await this.#reply(ctx, 'execute_reply', result.ok
      ? { status: 'ok', execution_count: count, user_expressions: {}, payload: [] }
      : { status: 'error', execution_count: count, ename: result.ename, evalue: result.evalue, traceback: result.traceback });
  }

  /** input(): an input_request on stdin to the front end that sent the cell. */
  #input(parent: Message, prompt: string): Promise<string | undefined> {
    // The input_request's parent is the execute_request; its routing identity is the shell
    // client's, which is also its identity on stdin (jupyter_client shares it).
    const request = makeMessage('input_request', { prompt, password: false }, this.session, parent);
    return new Promise((resolve, reject) => {
      this.#pendingInput = { resolve, reject };
      void this.#channels.send('stdin', request);
    });
  }

  // ---- the front end's questions ------------------------------------------------------------

  async #isComplete(ctx: _Context): Promise<void> {
    const { status, indent = '' } = await (await this.#cells()).isComplete(String(ctx.msg.content.code ?? ''));
    await this.#reply(ctx, 'is_complete_reply', status === 'incomplete' ? { status, indent } : { status });
  }

  async #complete(ctx: _Context): Promise<void> {
    const code = String(ctx.msg.content.code ?? '');
    const cursor = _cursor(ctx.msg.content.cursor_pos, code);
    const c = (await this.#cells()).complete(code, cursor);
    return this.#reply(ctx, 'complete_reply', { status: 'ok', matches: c.matches, cursor_start: _toJupyter(code, c.cursor_start), cursor_end: _toJupyter(code, c.cursor_end), metadata: {} });
  }

  async #inspect(ctx: _Context): Promise<void> {
    const code = String(ctx.msg.content.code ?? '');
    const text = (await this.#cells()).inspect(code, _cursor(ctx.msg.content.cursor_pos, code));
    return this.#reply(ctx, 'inspect_reply', text === undefined
      ? { status: 'ok', found: false, data: {}, metadata: {} }
      : { status: 'ok', found: true, data: { 'text/plain': text }, metadata: {} });
  }

  #historyReply(ctx: _Context): Promise<void> {
    const c = ctx.msg.content as { hist_access_type?: string; n?: number; pattern?: string; start?: number; stop?: number };
    let history = this.#history;
    if (c.hist_access_type === 'tail') history = history.slice(-Math.max(0, Number(c.n ?? 10)));
    else if (c.hist_access_type === 'range') history = history.filter(([, line]) => line >= (c.start ?? 0) && (c.stop === undefined || line < c.stop));
    else if (c.hist_access_type === 'search') {
      const pattern = new RegExp(`^${String(c.pattern ?? '*').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
      history = history.filter(([, , input]) => pattern.test(input));
    }
    return this.#reply(ctx, 'history_reply', { status: 'ok', history });
  }

  /** Closes every socket the cells opened (shutdown, SIGTERM, the parent gone); once is enough. */
  dispose(): void {
    const cells = this.#loaded;
    this.#loaded = undefined;
    cells?.dispose();
  }

  async #shutdown(ctx: _Context): Promise<void> {
    const restart = ctx.msg.content.restart === true;
    this.interrupt();
    this.dispose(); // every socket closed before the reply says so
    await this.#reply(ctx, 'shutdown_reply', { status: 'ok', restart });
    await this.#publish('shutdown_reply', { status: 'ok', restart }, ctx.msg);
    this.#onShutdown(restart);
  }
}

/** Jupyter counts cursor positions in Unicode code points; JavaScript strings in UTF-16 units. */
function _cursor(pos: unknown, code: string): number {
  const n = typeof pos === 'number' ? pos : [...code].length;
  return [...code].slice(0, n).join('').length;
}

function _toJupyter(code: string, index: number): number {
  return [...code.slice(0, index)].length;
}
