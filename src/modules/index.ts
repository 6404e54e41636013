// The Python modules that the tutorials' socket programs import besides socket, os and time:
// struct, select, threading, _thread, multiprocessing and socketserver. createModules() builds
// them for one socket module (socketserver makes its sockets there); the others are shared by
// the whole process, as a Python process's are. See each file's header for how Python's keyword
// arguments map, and callable.ts for PY_PARAMS (each function's CPython parameter names).
import type { SocketModule } from '../socket/module.ts';
import { multiprocessing } from './multiprocessing.ts';
import { selectModule } from './select.ts';
import { createSocketserver } from './socketserver.ts';
import { struct } from './struct.ts';
import { _thread } from './thread.ts';
import { threading } from './threading.ts';

/** The names these modules have, as a Python program imports them. */
export const MODULE_NAMES = ['struct', 'select', 'threading', '_thread', 'multiprocessing', 'socketserver'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

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
