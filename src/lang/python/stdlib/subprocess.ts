// Python's subprocess module (Lib/subprocess.py, CPython 3.11), for the "remote command" server
// of the socket courses: Popen(cmd, shell=True, stdout=PIPE, stderr=PIPE), its communicate(),
// .stdout.read() and returncode; run(), call(), check_call(), check_output(), getoutput() and
// getstatusoutput(). The child runs through node:child_process and every wait is a Promise, so the
// other tasks ("threads") run meanwhile. Output is bytes unless text=True (or encoding=, or
// universal_newlines=True); a child's stdout left as None goes through the program's own stdout.
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { nodeChildProcess } from '../../../lazy-builtins.ts';
import { constants } from 'node:os';
import { b as makeBytes } from '../../../socket/bytes.ts';
import { Exception, OSError, QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyRepr, repr, str } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { strerror } from '../../../kernel/index.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import * as ops from '../runtime/ops.ts';
import { isNone, realValue } from '../runtime/values.ts';

const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

export class SubprocessError extends Exception {}
/** subprocess.CalledProcessError(returncode, cmd, output=None, stderr=None). */
export class CalledProcessError extends SubprocessError {
  constructor(readonly returncode: number, readonly cmd: unknown, readonly output: unknown = null, readonly stderr: unknown = null) {
    super(returncode, cmd);
    const signal = Object.entries(constants.signals).find(([, n]) => n === -returncode)?.[0];
    this.message = returncode < 0 && signal
      ? `Command '${str(cmd)}' died with <Signals.${signal}: ${-returncode}>.`
      : `Command '${str(cmd)}' returned non-zero exit status ${returncode}.`;
  }
  get stdout(): unknown {
    return this.output;
  }
}
/** subprocess.TimeoutExpired(cmd, timeout, output=None, stderr=None): wait() or communicate() ran out of time. */
export class TimeoutExpired extends SubprocessError {
  constructor(readonly cmd: unknown, readonly timeout: unknown, readonly output: unknown = null, readonly stderr: unknown = null) {
    super(cmd, timeout);
    // "Command '%s' timed out after %s seconds" % (cmd, timeout)
    this.message = `Command '${str(cmd)}' timed out after ${str(timeout)} seconds`;
  }
  get stdout(): unknown {
    return this.output;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(SubprocessError, 'subprocess.SubprocessError');
(QUALIFIED_NAMES as Map<Function, string>).set(TimeoutExpired, 'subprocess.TimeoutExpired');
(QUALIFIED_NAMES as Map<Function, string>).set(CalledProcessError, 'subprocess.CalledProcessError');

/** subprocess.CompletedProcess: args, returncode, and stdout/stderr when captured. */
export class CompletedProcess {
  constructor(readonly args: unknown, readonly returncode: number, readonly stdout: unknown = null, readonly stderr: unknown = null) {}
  [pyRepr](): string {
    const parts = [`args=${repr(this.args)}`, `returncode=${this.returncode}`];
    if (!isNone(this.stdout)) parts.push(`stdout=${repr(this.stdout)}`);
    if (!isNone(this.stderr)) parts.push(`stderr=${repr(this.stderr)}`);
    return `CompletedProcess(${parts.join(', ')})`;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(CompletedProcess, 'subprocess.CompletedProcess');
Object.defineProperty(CompletedProcess.prototype, 'check_returncode', {
  value: native('check_returncode', function (this: CompletedProcess) {
    if (this.returncode) throw new CalledProcessError(this.returncode, this.args, this.stdout, this.stderr);
    return null;
  }),
});

interface _Options {
  args: unknown;
  shell: boolean;
  stdin: unknown;
  stdout: unknown;
  stderr: unknown;
  text: boolean;
}

function _options(a: unknown[], kw: Record<string, unknown> | undefined): _Options {
  const k = kw ?? {};
  return {
    args: a.length > 0 ? a[0] : k.args,
    shell: ops.truthy(k.shell ?? false),
    stdin: k.stdin ?? null,
    stdout: k.stdout ?? null,
    stderr: k.stderr ?? null,
    text: ops.truthy(k.text ?? false) || ops.truthy(k.universal_newlines ?? false) || !isNone(k.encoding),
  };
}

/**
 * A pipe from the child, read as CPython's BufferedReader (or TextIOWrapper with text=True) reads
 * it: readline() returns each line as soon as the child has written it (the remote-command server
 * streams a long command's output), read() waits for the end, iteration gives the lines.
 */
class _PipeFile {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly waiters = new Set<() => void>();
  readonly done: Promise<void>;

  constructor(stream: NodeJS.ReadableStream | null, private readonly text: boolean, extra?: NodeJS.ReadableStream | null) {
    const streams = [stream, extra].filter((x): x is NodeJS.ReadableStream => x !== null && x !== undefined);
    for (const x of streams) {
      x.on('data', (d: Buffer) => {
        this.buffer = this.buffer.length === 0 ? d : Buffer.concat([this.buffer, d]);
        this.wake();
      });
    }
    this.done = Promise.all(streams.map((x) => new Promise<void>((resolve) => x.on('end', resolve).on('error', () => resolve())))).then(() => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Waits until `ready()` holds for the buffer or the pipe has ended. */
  private async until(ready: () => boolean): Promise<void> {
    while (!ready() && !this.ended) await new Promise<void>((resolve) => {
      const w = () => {
        this.waiters.delete(w);
        resolve();
      };
      this.waiters.add(w);
    });
  }

  private take(n: number): unknown {
    const data = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    // Text mode's universal newlines: \r\n from the child reads as \n.
    return this.text ? data.toString('utf8').replace(/\r\n/g, '\n') : makeBytes(Buffer.from(data));
  }

  /** read(size=-1): everything up to the end, or at most `size` bytes once that many are there (or the end). */
  async readSome(size?: unknown): Promise<unknown> {
    const n = size === undefined || isNone(size) || Number(size) < 0 ? -1 : Number(size);
    if (n < 0) {
      await this.done;
      return this.take(this.buffer.length);
    }
    await this.until(() => this.buffer.length >= n);
    return this.take(Math.min(n, this.buffer.length));
  }

  /** readline(): one line with its newline, as soon as it is complete; '' / b'' at the end. */
  async readLine(): Promise<unknown> {
    await this.until(() => this.buffer.includes(10));
    const i = this.buffer.indexOf(10);
    return this.take(i < 0 ? this.buffer.length : i + 1);
  }

  async readLines(): Promise<unknown[]> {
    const lines: unknown[] = [];
    for (;;) {
      const line = await this.readLine();
      if (ops.truthy(line)) lines.push(line);
      else return lines;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<unknown, undefined, undefined> {
    for (;;) {
      const line = await this.readLine();
      if (!ops.truthy(line)) return undefined;
      yield line;
    }
  }
}
Object.defineProperty(_PipeFile, 'pyTypeName', { value: '_io.BufferedReader' });
for (const [name, fn] of Object.entries({
  read: (f: _PipeFile, a: unknown[]) => f.readSome(a[0]),
  readline: (f: _PipeFile) => f.readLine(),
  readlines: (f: _PipeFile) => f.readLines(),
})) Object.defineProperty(_PipeFile.prototype, name, { value: native(name, function (this: _PipeFile, a) { return fn(this, a); }) });
Object.defineProperty(_PipeFile.prototype, 'close', { value: native('close', () => null) });

function _stdio(x: unknown, input: boolean): 'pipe' | 'ignore' | 'inherit' {
  if (x === PIPE) return 'pipe';
  if (x === DEVNULL) return 'ignore';
  if (x === STDOUT) return 'pipe';
  return input ? 'inherit' : 'pipe';
}

/** subprocess.Popen: the child, its pipes, and waiting for it without blocking the other tasks. */
export class Popen {
  readonly args: unknown;
  readonly pid: number | null;
  returncode: number | null = null;
  readonly stdin: unknown = null;
  readonly stdout: _PipeFile | null = null;
  readonly stderr: _PipeFile | null = null;
  private readonly exited: Promise<number>;
  private readonly child: ChildProcess;

  constructor(io: HostIO, o: _Options) {
    this.args = o.args;
    let file: string;
    let argv: string[];
    if (o.shell) {
      file = '/bin/sh';
      argv = ['-c', ...(typeof o.args === 'string' ? [o.args] : [...(o.args as Iterable<unknown>)].map(String))];
    } else {
      const list = typeof o.args === 'string' ? [o.args] : [...(o.args as Iterable<unknown>)].map(String);
      file = list[0] ?? '';
      argv = list.slice(1);
    }
    const stdio: StdioOptions = [_stdio(o.stdin, true), _stdio(o.stdout, false), o.stderr === STDOUT ? 'pipe' : _stdio(o.stderr, false)];
    const child = nodeChildProcess().spawn(file, argv, { stdio });
    this.child = child;
    this.pid = child.pid ?? null;
    let spawnError: unknown;
    this.exited = new Promise<number>((resolve, reject) => {
      child.on('error', (e: NodeJS.ErrnoException) => {
        spawnError = e;
        const errno = e.code === 'ENOENT' ? 2 : e.code === 'EACCES' ? 13 : 2;
        reject(new OSError(errno, strerror(errno), file));
      });
      child.on('close', (code, signal) => resolve(signal ? -(constants.signals[signal] ?? 0) : (code ?? 0)));
    });
    void spawnError;
    if (o.stdout === PIPE) this.stdout = new _PipeFile(child.stdout, o.text, o.stderr === STDOUT ? child.stderr : null);
    else if (isNone(o.stdout)) child.stdout?.on('data', (d: Buffer) => io.write(d.toString()));
    if (o.stderr === PIPE) this.stderr = new _PipeFile(child.stderr, o.text);
    else if (o.stderr === STDOUT && o.stdout !== PIPE) child.stderr?.on('data', (d: Buffer) => io.write(d.toString()));
    else if (isNone(o.stderr)) child.stderr?.on('data', (d: Buffer) => io.writeErr(d.toString()));
    if (o.stdin === PIPE && child.stdin) {
      const sink = child.stdin;
      sink.on('error', () => {});
      this.stdin = makeModule('<stdin pipe>', {
        write: native('write', (a) => { sink.write(typeof a[0] === 'string' ? a[0] : Buffer.from(a[0] as Uint8Array)); return (a[0] as { length: number }).length; }),
        close: native('close', () => { sink.end(); return null; }),
        flush: native('flush', () => null),
      });
    }
  }

  /** Whether spawning failed (FileNotFoundError), raised where CPython raises it: in Popen(). */
  async started(): Promise<this> {
    await Promise.race([this.exited.then(() => undefined), new Promise<void>((resolve) => this.child.once('spawn', () => resolve()))]);
    return this;
  }

  /** wait(timeout=None): the exit status; TimeoutExpired when `timeout` seconds pass first (the child keeps running). */
  async _wait(timeout?: unknown): Promise<number> {
    if (timeout === undefined || isNone(timeout)) {
      this.returncode = await this.exited;
      return this.returncode;
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new TimeoutExpired(this.args, timeout)), Math.max(0, realValue(timeout) * 1000));
    });
    try {
      this.returncode = await Promise.race([this.exited, expired]);
      return this.returncode;
    } finally {
      clearTimeout(timer);
    }
  }

  /** poll(): the exit status once the child has exited, else None (Popen.poll never waits). */
  _poll(): number | null {
    const { exitCode, signalCode } = this.child;
    if (this.returncode === null && exitCode !== null) this.returncode = exitCode;
    else if (this.returncode === null && signalCode !== null) this.returncode = -(constants.signals[signalCode] ?? 0);
    return this.returncode;
  }

  async _communicate(input: unknown, timeout?: unknown): Promise<readonly [unknown, unknown]> {
    if (timeout !== undefined && !isNone(timeout)) {
      await this._wait(timeout);
      return this._communicate(input);
    }
    const sink = this.child.stdin;
    if (sink) {
      sink.on('error', () => {});
      if (!isNone(input)) sink.write(typeof input === 'string' ? input : Buffer.from(input as Uint8Array));
      sink.end();
    }
    const out = this.stdout ? await this.stdout.readSome() : null;
    const err = this.stderr ? await this.stderr.readSome() : null;
    await this._wait();
    return tuple(out, err);
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(Popen, 'subprocess.Popen');
for (const [name, fn] of Object.entries({
  wait: (p: Popen, a: unknown[], kw: Record<string, unknown> | undefined) => p._wait(argAt(a, kw, 0, 'timeout')),
  poll: (p: Popen) => p._poll(),
  communicate: (p: Popen, a: unknown[], kw: Record<string, unknown> | undefined) => p._communicate(argAt(a, kw, 0, 'input'), argAt(a, kw, 1, 'timeout')),
  kill: (p: Popen) => { (p as unknown as { child: ChildProcess }).child.kill('SIGKILL'); return null; },
  terminate: (p: Popen) => { (p as unknown as { child: ChildProcess }).child.kill('SIGTERM'); return null; },
  __enter__: (p: Popen) => p,
  __exit__: async (p: Popen) => { await p._wait(); return false; },
})) {
  Object.defineProperty(Popen.prototype, name, {
    value: native(name, function (this: Popen, a, kw) { return fn(this, a, kw); }),
    writable: true,
    configurable: true,
  });
}

export function createSubprocessModule(io: HostIO): PyModule {
  const popen = (a: unknown[], kw: Record<string, unknown> | undefined) => new Popen(io, _options(a, kw)).started();
  const run = async (a: unknown[], kw: Record<string, unknown> | undefined): Promise<CompletedProcess> => {
    const k = { ...(kw ?? {}) };
    if (ops.truthy(k.capture_output ?? false)) {
      k.stdout = PIPE;
      k.stderr = PIPE;
    }
    if (!isNone(k.input)) k.stdin = PIPE;
    const p = await popen(a, k);
    let out: unknown;
    let err: unknown;
    try {
      [out, err] = await p._communicate(k.input, k.timeout);
    } catch (e) {
      // run(timeout=...): the child is killed, then TimeoutExpired (subprocess.run's own handling).
      if (e instanceof TimeoutExpired) (p as unknown as { child: ChildProcess }).child.kill('SIGKILL');
      throw e;
    }
    const done = new CompletedProcess(p.args, p.returncode!, out, err);
    if (ops.truthy(k.check ?? false) && p.returncode) throw new CalledProcessError(p.returncode, p.args, out, err);
    return done;
  };
  const getstatusoutput = async (a: unknown[]): Promise<readonly [number, string]> => {
    const p = await popen([a[0]], { shell: true, stdout: PIPE, stderr: STDOUT, text: true });
    let [out] = await p._communicate(null);
    let text = String(out);
    if (text.endsWith('\n')) text = text.slice(0, -1);
    out = text;
    return tuple(p.returncode!, text);
  };
  const popenClass = native('Popen', (a, kw) => popen(a, kw));
  Object.defineProperty(popenClass, pyRepr, { value: () => "<class 'subprocess.Popen'>" });
  return makeModule('subprocess', {
    PIPE, STDOUT, DEVNULL,
    Popen: popenClass,
    CompletedProcess,
    CalledProcessError,
    SubprocessError,
    TimeoutExpired,
    run: native('run', run),
    call: native('call', async (a, kw) => (await run(a, { ...kw, check: false })).returncode),
    check_call: native('check_call', async (a, kw) => { await run(a, { ...kw, check: true }); return 0; }),
    check_output: native('check_output', async (a, kw) => (await run(a, { ...kw, stdout: PIPE, check: true })).stdout),
    getstatusoutput: native('getstatusoutput', getstatusoutput),
    getoutput: native('getoutput', async (a) => (await getstatusoutput(a))[1]),
  });
}
