// Drives a program through a real pseudo-terminal (test/e2e/pty_bridge.py, Python's stdlib
// `pty`), the way node's own test/pseudo-tty tests do: keystrokes in, transcript out. Tests wait
// for text, never for a fixed time.
//
//   const term = spawnSocklab(['--lang', 'en']);     // node bin/socklab.js, TERM=dumb, no colour
//   await term.waitFor('>>> ');                      // consumes output up to the end of the match
//   term.write('s = socket.socket()\r');             // \r is Enter, \x03 Ctrl+C, \x04 Ctrl+D, \t Tab
//   await term.waitFor(/fd=\d+/);
//   term.output();                                   // everything so far (\r\n → \n)
//   await term.close();                              // hangs up (SIGHUP) and waits for the exit
//
// API (stable, shared with the lessons' tests):
//   spawnPty(command, args, options?) → Pty     any command
//   spawnSocklab(args, options?) → Pty          the built CLI (`npm run build` first; the vitest
//                                               globalSetup does it)
//   Pty.write(text), Pty.waitFor(pattern, timeoutMs = 10_000) → Promise<string> (the match),
//   Pty.output(), Pty.exited: Promise<number | null>, Pty.close() → Promise<number | null>
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const _ROOT = fileURLToPath(new URL('../..', import.meta.url));
const _BRIDGE = fileURLToPath(new URL('./pty_bridge.py', import.meta.url));

export interface PtyOptions {
  /** Added to (and overriding) the environment. TERM defaults to dumb. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  cols?: number;
  rows?: number;
  /** The most fds the program may open (RLIMIT_NOFILE, through util-linux's prlimit). */
  maxFds?: number;
}

export class Pty {
  readonly exited: Promise<number | null>;
  readonly #child: ChildProcessWithoutNullStreams;
  #raw = '';
  #consumed = 0;
  #waiters = new Set<() => void>();
  #exitCode: number | null | undefined;
  #cleanup: (() => void) | undefined;

  constructor(child: ChildProcessWithoutNullStreams, cleanup?: () => void) {
    this.#child = child;
    this.#cleanup = cleanup;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.#raw += chunk;
      for (const wake of this.#waiters) wake();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.#raw += chunk;
      for (const wake of this.#waiters) wake();
    });
    this.exited = new Promise((resolve) => {
      child.on('close', (code) => {
        this.#exitCode = code;
        for (const wake of this.#waiters) wake();
        this.#cleanup?.();
        this.#cleanup = undefined;
        resolve(code);
      });
    });
  }

  /** Types `text` into the terminal. */
  write(text: string): void {
    this.#child.stdin.write(text);
  }

  /** Everything the program has written, with the terminal's line ends (\r\n, \r\r\n) turned into \n. */
  output(): string {
    return this.#raw.replace(/\r+\n/g, '\n');
  }

  /**
   * Waits until `pattern` appears in the output not consumed yet, consumes it, and returns the
   * matched text. Rejects with the unconsumed output when `timeoutMs` passes or the program exits.
   */
  waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const text = this.output();
        const rest = text.slice(this.#consumed);
        let index = -1;
        let match = '';
        if (typeof pattern === 'string') {
          index = rest.indexOf(pattern);
          match = pattern;
        } else {
          const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(rest);
          if (m) {
            index = m.index;
            match = m[0];
          }
        }
        if (index < 0) return false;
        this.#consumed += index + match.length;
        resolve(match);
        return true;
      };
      if (check()) return;
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
      };
      const fail = (why: string) => {
        done();
        const rest = this.output().slice(this.#consumed);
        reject(new Error(`${why} waiting for ${String(pattern)}; output since the last match:\n${rest}`));
      };
      const wake = () => {
        if (check()) done();
        else if (this.#exitCode !== undefined) fail(`program exited (${this.#exitCode})`);
      };
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
      this.#waiters.add(wake);
    });
  }

  /** Hangs up the terminal and waits for the program to exit; returns its exit code. */
  async close(): Promise<number | null> {
    if (this.#exitCode === undefined) {
      this.#child.stdin.end();
      const timer = setTimeout(() => this.#child.kill('SIGKILL'), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
    return this.#exitCode ?? null;
  }
}

/** Runs `command args` on a pseudo-terminal. */
export function spawnPty(command: string, args: readonly string[], options: PtyOptions = {}): Pty {
  const limited = options.maxFds === undefined ? [command, ...args] : ['prlimit', `--nofile=${options.maxFds}`, '--', command, ...args];
  const bridgeArgs = ['--cols', String(options.cols ?? 100), '--rows', String(options.rows ?? 30), '--', ...limited];
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, TERM: 'dumb', ...options.env })) if (v !== undefined) env[k] = v;
  const child = spawn('python3', [_BRIDGE, ...bridgeArgs], { cwd: options.cwd ?? _ROOT, env, stdio: 'pipe' });
  return new Pty(child);
}

/**
 * Runs the built CLI (`node bin/socklab.js ARGS`) on a pseudo-terminal with TERM=dumb, colour
 * off, English unless `--lang` or LANG says otherwise, and a throw-away history file and
 * config/state directories.
 */
export function spawnSocklab(args: readonly string[] = [], options: PtyOptions = {}): Pty {
  const home = mkdtempSync(join(tmpdir(), 'socklab-e2e-'));
  const env = {
    NO_COLOR: '1',
    LANG: 'en_US.UTF-8',
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    SOCKLAB_HISTORY: join(home, 'history'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_STATE_HOME: join(home, 'state'),
    ...options.env,
  };
  const pty = spawnPty(process.execPath, [join(_ROOT, 'bin', 'socklab.js'), ...args], { ...options, env });
  void pty.exited.then(() => rmSync(home, { recursive: true, force: true }));
  return pty;
}
