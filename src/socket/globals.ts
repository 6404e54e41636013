// What `from socket import *` plus Python's builtins put in scope for a learner: the module,
// its constants and exception classes, print / repr / str / b / bytes / sleep / input, and the few
// `os` functions the tutorials use next to sockets (os.unlink, os.path.exists, os.getpid), and
// the other modules their programs import (struct, select, threading, socketserver, …: src/modules).
import { CONSTANTS, groupOf, setDeadlineTimer } from '../kernel/index.ts';
import { createModules } from '../modules/index.ts';
import { asSeconds } from './args.ts';
import { b, bytes, installStringEncode, pyBytes } from './bytes.ts';
import { currentSignal } from './cancel.ts';
import { EOFError, EXCEPTION_CLASSES, gaierror, herror, ValueError } from './exceptions.ts';
import { formatPrintArgs, repr, str } from './format.ts';
import { float, int } from './numbers.ts';
import { pyTypeName } from './pytype.ts';
import { createSocketModule } from './module.ts';
import { os } from './os.ts';
import { SOCKET_CALL, type SocketCall } from './socket.ts';
import type { SocketSpace } from './space.ts';

export interface GlobalsOptions {
  /** Where print() writes (a whole line, newline included). */
  write: (text: string) => void;
  /** Reads one line for input(); undefined at end of input. */
  readLine: (prompt: string) => Promise<string | undefined>;
  space?: SocketSpace;
}

function _mark<T>(method: string, promise: Promise<T>): Promise<T> {
  Object.defineProperty(promise, SOCKET_CALL, { value: { sock: undefined, method } satisfies SocketCall });
  return promise;
}

/** Python's time.sleep(seconds) as a Promise, cancelled by the REPL's Ctrl+C like a recv. */
export function sleep(seconds: number): Promise<undefined> {
  if (arguments.length !== 1) throw new TypeError(`time.sleep() takes exactly one argument (${arguments.length} given)`);
  const ms = asSeconds(seconds) * 1000;
  if (ms < 0) throw new ValueError('sleep length must be non-negative');
  const signal = currentSignal();
  // One abort listener for all the sleeps under a signal (kernel/cancel-group.ts): twenty tasks
  // sleeping at once printed Node's MaxListenersExceededWarning.
  const group = signal === undefined ? undefined : groupOf(signal);
  return _mark('sleep', new Promise<undefined>((resolve, reject) => {
    const wait = {
      cancel(reason: unknown) {
        cancelTimer();
        reject(reason);
      },
    };
    const cancelTimer = setDeadlineTimer(ms, () => {
      group?.delete(wait);
      resolve(undefined);
    });
    group?.add(wait);
  }));
}

/** Builds the learner's globals around a fresh socket module. */
export function createGlobals(options: GlobalsOptions) {
  installStringEncode();
  const { module, space, state } = createSocketModule(options.space);
  /** print() with Python's sep= and end= (the REPL maps keyword arguments here). */
  const printWith = (opts: { sep?: string; end?: string }, args: readonly unknown[]): undefined => {
    options.write(`${formatPrintArgs(args, opts.sep ?? ' ')}${opts.end ?? '\n'}`);
    return undefined;
  };
  const globals = {
    socket: module,
    os,
    /** Python's time module, the part tutorials use: time.sleep() (awaited like a recv), time.time(). */
    time: {
      sleep,
      time: (): number => Date.now() / 1000,
      monotonic: (): number => performance.now() / 1000,
    },
    ...createModules(module),
    ...CONSTANTS,
    ...EXCEPTION_CLASSES,
    error: EXCEPTION_CLASSES.OSError,
    timeout: EXCEPTION_CLASSES.TimeoutError,
    gaierror,
    herror,
    create_connection: module.create_connection,
    create_server: module.create_server,
    getaddrinfo: module.getaddrinfo,
    gethostname: module.gethostname,
    gethostbyname: module.gethostbyname,
    getdefaulttimeout: module.getdefaulttimeout,
    setdefaulttimeout: module.setdefaulttimeout,
    socketpair: module.socketpair,
    inet_aton: module.inet_aton,
    inet_ntoa: module.inet_ntoa,
    htons: module.htons,
    ntohs: module.ntohs,
    htonl: module.htonl,
    ntohl: module.ntohl,
    print(...args: unknown[]): undefined {
      return printWith({}, args);
    },
    repr,
    /** Python's str(object), and str(bytes, encoding[, errors]) that decodes. */
    str(x: unknown = '', encoding?: unknown, errors?: unknown): string {
      if (encoding === undefined && errors === undefined) return str(x);
      if (typeof x === 'string') throw new TypeError('decoding str is not supported');
      if (!ArrayBuffer.isView(x)) throw new TypeError(`decoding to str: need a bytes-like object, ${pyTypeName(x)} found`);
      const data = x instanceof bytes ? x : b(new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
      return data.decode(encoding === undefined ? 'utf-8' : (encoding as string), errors === undefined ? 'strict' : (errors as string));
    },
    int,
    float,
    /** Python's len(): characters of a str (code points), bytes of bytes, items of a list or tuple. */
    len(x: unknown): number {
      if (typeof x === 'string') return [...x].length;
      if (ArrayBuffer.isView(x)) return x.byteLength;
      if (Array.isArray(x)) return x.length;
      if (x instanceof Map || x instanceof Set) return x.size;
      throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
    },
    b,
    bytes: pyBytes,
    sleep,
    input(prompt: unknown = ''): Promise<string> {
      return _mark('input', options.readLine(str(prompt)).then((line) => {
        if (line === undefined) throw new EOFError('EOF when reading a line');
        return line;
      }));
    },
    None: undefined,
    True: true,
    False: false,
  };
  return { globals, module, space, state, printWith };
}

export type Globals = ReturnType<typeof createGlobals>['globals'];
