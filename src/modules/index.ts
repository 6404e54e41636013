// The Python modules that the tutorials' socket programs import besides socket, os and time:
// struct, select, threading, _thread, multiprocessing and socketserver. createModules() builds
// them for one socket module (socketserver makes its sockets there); the others are shared by
// the whole process, as a Python process's are. See each file's header for how Python's keyword
// arguments map, and callable.ts for PY_PARAMS (each function's CPython parameter names).
import { SocketFile } from '../socket/makefile.ts';
import type { SocketModule } from '../socket/module.ts';
import { markBlocking } from './callable.ts';
import { multiprocessing } from './multiprocessing.ts';
import { selectModule } from './select.ts';
import { createSocketserver } from './socketserver.ts';
import { struct } from './struct.ts';
import { _thread } from './thread.ts';
import { threading } from './threading.ts';

// socket.makefile()'s files live in the socket layer; their waits are marked here, with the others'.
markBlocking(SocketFile.prototype, ['read', 'readline', 'readlines', 'write', 'flush', 'close', '__enter__', '__exit__']);

/**
 * Names of the modules' blocking calls, for the REPL's implicit await (rewrite.ts AWAITED_CALLS);
 * only Promises these return are awaited (markBlocking), so `arr.join(',')` is left alone.
 */
export const AWAITED_MODULE_CALLS = [
  'select', 'poll', 'join', 'acquire', 'wait', 'wait_for', 'serve_forever', 'handle_request', 'shutdown', 'server_close',
  'read', 'readline', 'readlines', 'write', 'flush',
] as const;

/** The names these modules have, as a Python program imports them. */
export const MODULE_NAMES = ['struct', 'select', 'threading', '_thread', 'multiprocessing', 'socketserver'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/** What `from MODULE import *` binds, module by module (the REPL's import prepass reads it). */
export const MODULE_EXPORTS: Readonly<Record<ModuleName | 'thread', readonly string[]>> = {
  struct: Object.keys(struct),
  select: Object.keys(selectModule),
  threading: Object.keys(threading),
  _thread: Object.keys(_thread),
  thread: Object.keys(_thread),
  multiprocessing: Object.keys(multiprocessing),
  socketserver: [
    'BaseServer', 'TCPServer', 'UDPServer', 'ThreadingTCPServer', 'ThreadingUDPServer', 'ForkingTCPServer',
    'ForkingUDPServer', 'ThreadingMixIn', 'ForkingMixIn', 'BaseRequestHandler', 'StreamRequestHandler',
    'DatagramRequestHandler',
  ],
};

/** The modules, ready to be globals next to `socket`: `{ struct, select, threading, … }`. */
export function createModules(socket: SocketModule) {
  return {
    struct,
    select: selectModule,
    threading,
    _thread,
    /** Python 2's name of _thread, which tutorial 001 imports. */
    thread: _thread,
    multiprocessing,
    socketserver: createSocketserver(socket),
  };
}

export type Modules = ReturnType<typeof createModules>;

export { configureModules, noteOnce, type ModuleEnvironment, type ModuleNote } from './environment.ts';
export { PY_PARAMS, pyParams, callableClass, bindArguments, type PyParams } from './callable.ts';
export { RuntimeError, AssertionError } from './errors.ts';
export { _shutdown as joinNonDaemonThreads } from './threading.ts';
export { error as StructError } from './struct.ts';
export { type SocketserverModule, BytesIO } from './socketserver.ts';
