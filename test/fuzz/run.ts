// Runs fuzz sequences on both sides: all of them in one python3 process (a generated script), and
// in this process on socklab's socket module. Each step's outcome is `ok` or `Class|message`.
import { spawnSync } from 'node:child_process';
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CONSTANTS, Socket, b, createSocketModule, repr, sleep } from '../../src/socket/index.ts';
import { pyBytes } from '../../src/socket/bytes.ts';
import { opToPython, SLOTS, START, type Op, type Value } from './model.ts';

/** The timeout every socket of a sequence gets, so no call waits for long on either side. */
const STEP_TIMEOUT = 0.01;
/** A step of socklab's that has not settled after this long is a hang. */
const HANG_MS = 5000;

export type Outcome = string;

// ---- python3 ------------------------------------------------------------------------------

const _PRELUDE = `
from socket import *
import json, os, socket, sys, time
D = sys.argv[1]
s = [None] * ${SLOTS}
extra = []
def new(i, *args):
    sock = socket.socket(*args)
    old = s[i]
    s[i] = sock
    sock.settimeout(${STEP_TIMEOUT})
    if old is not None:
        old.close()
def start():
    global s, extra
    socket.setdefaulttimeout(None)
    s = [None] * ${SLOTS}
    extra = []
${START.map(([f, t], i) => `    new(${i}, ${f}, ${t})`).join('\n')}
def finish():
    for x in s + extra:
        x.close()
    socket.setdefaulttimeout(None)
    for name in os.listdir(D):
        os.unlink(os.path.join(D, name))
def summary(r):
    if isinstance(r, socket.socket):
        return 'socket'
    if isinstance(r, tuple):
        return 'tuple%d' % len(r)
    if isinstance(r, float) and r.is_integer():
        return repr(int(r))
    if isinstance(r, bytes) and r[:1] == b'\\x00':
        return 'abstract'
    if isinstance(r, str):
        return repr(r.replace(D, 'D'))
    return repr(r)
def run(steps):
    start()
    out = []
    for step in steps:
        try:
            r = step()
            if isinstance(r, tuple) and r and isinstance(r[0], socket.socket):
                extra.append(r[0])
            out.append('ok ' + summary(r))
        except Exception as e:
            out.append(type(e).__name__ + '|' + str(e))
    finish()
    return out
R = []
`;

/** Runs every sequence in one python3 process; the outcomes of each, or throws on a crash. */
export function runPython(sequences: readonly Op[][], dir: string): Outcome[][] {
  const body = sequences.map((ops) => `R.append(run([\n${ops.map((op) => `    lambda: ${opToPython(op)},`).join('\n')}\n]))`).join('\n');
  const script = `${_PRELUDE}${body}\nprint(json.dumps(R))\n`;
  // The script goes in on stdin: thousands of sequences are longer than an argument may be.
  const r = spawnSync('python3', ['-', dir], { input: script, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status ?? r.signal ?? r.error}): ${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(r.stdout) as Outcome[][];
}

// ---- socklab ------------------------------------------------------------------------------

// Python's exception classes as socklab names them; anything else that escapes is JavaScript's.
const _JS_ONLY = new Set(['Error', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError', 'PollFailure']);
const _JS_TYPEERROR = /Cannot read|Cannot set|is not a function|is not iterable|Cannot convert|Cannot mix BigInt|Invalid array length|is not a constructor|ERR_/;

/** Whether an outcome is a JavaScript error rather than a Python exception. */
export function isJavaScriptError(outcome: Outcome): boolean {
  if (outcome.startsWith('ok') || outcome === 'HANG') return false;
  const [name = '', message = ''] = outcome.split('|', 2);
  if (name === '<not an Error>' || _JS_ONLY.has(name)) return true;
  return name === 'TypeError' && _JS_TYPEERROR.test(message);
}

export class SocklabRunner {
  readonly #mod = createSocketModule();
  #slots: Socket[] = [];
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  get space() {
    return this.#mod.space;
  }

  #value(v: Value): unknown {
    switch (v.k) {
      case 'int': return Number(v.v);
      case 'float': return v.v;
      case 'none': return null;
      case 'bool': return v.v;
      case 'str': return v.v;
      case 'bytes': return b(v.v);
      case 'bytearray': return new Uint8Array(v.n);
      case 'tuple': return v.items.map((x) => this.#value(x));
      case 'list': return [];
      case 'path': return join(this.#dir, v.name);
      case 'addrOf': return (this.#slots[v.slot] as Socket).getsockname();
      case 'const': return (CONSTANTS as Record<string, unknown>)[v.name];
    }
  }

  #new(i: number, args: unknown[]): void {
    const sock = (this.#mod.module.socket as (...a: unknown[]) => Socket)(...args);
    const old = this.#slots[i];
    this.#slots[i] = sock;
    sock.settimeout(STEP_TIMEOUT);
    old?.close();
  }

  #step(op: Op): unknown {
    const args = op.args.map((v) => this.#value(v));
    switch (op.kind) {
      case 'new': return this.#new(op.slot, args);
      case 'call': {
        const sock = this.#slots[op.slot] as unknown as Record<string, (...a: unknown[]) => unknown>;
        const r = (sock[op.method] as (...a: unknown[]) => unknown).apply(sock, args);
        // The fd numbers of two processes differ: compare whether there is one.
        return op.method === 'fileno' ? (r as number) >= 0 : r;
      }
      case 'module': {
        if (op.fn === 'bytes') return (pyBytes as unknown as (...a: unknown[]) => unknown)(...args);
        if (op.fn === 'sleep') return (sleep as (...a: unknown[]) => unknown)(...args);
        return (this.#mod.module as unknown as Record<string, (...a: unknown[]) => unknown>)[op.fn]?.(...args);
      }
    }
  }

  /** What a result looks like, with what differs between two runs masked (as summary() in Python). */
  #summary(r: unknown): string {
    if (r instanceof Socket) return 'socket';
    if (Array.isArray(r)) return `tuple${r.length}`;
    if (r instanceof Uint8Array && r[0] === 0) return 'abstract';
    if (typeof r === 'string') return repr(r.split(this.#dir).join('D'));
    return repr(r);
  }

  /** Runs one sequence; its outcomes (a step still pending after HANG_MS is `HANG`). */
  async run(ops: readonly Op[]): Promise<Outcome[]> {
    this.#mod.module.setdefaulttimeout(null);
    this.#slots = [];
    START.forEach(([f, t], i) => this.#new(i, [CONSTANTS[f as keyof typeof CONSTANTS], CONSTANTS[t as keyof typeof CONSTANTS]]));
    const out: Outcome[] = [];
    try {
      for (const op of ops) {
        try {
          let r = this.#step(op);
          if (r instanceof Promise) {
            let timer: NodeJS.Timeout | undefined;
            const hang = new Promise<'HANG'>((resolve) => (timer = setTimeout(() => resolve('HANG'), HANG_MS)));
            r = await Promise.race([r, hang]).finally(() => clearTimeout(timer));
            if (r === 'HANG') {
              out.push('HANG');
              break;
            }
          }
          out.push(`ok ${this.#summary(r)}`);
        } catch (e) {
          out.push(e instanceof Error ? `${e.name}|${e.message}` : '<not an Error>|' + String(e));
        }
      }
    } finally {
      this.#mod.space.closeAll();
      this.#mod.module.setdefaulttimeout(null);
      for (const name of readdirSync(this.#dir)) unlinkSync(join(this.#dir, name));
    }
    return out;
  }
}
