// Node builtins that only some programs use, loaded by their first user. A start pays for every
// builtin its modules import (node compiles each from its snapshot-less source): node:crypto
// costs ~6 ms, node:child_process ~9 ms (it loads net, stream and dgram), node:worker_threads
// ~8 ms (stream), node:readline ~3 ms, and an empty `socklab run` used none of them (BENCHMARKS.md, "perfstart6").
// Inside the bundle `require` is the loader's own (src/start.ts passes it); under vitest or tsx
// (ES modules) there is none and createRequire stands in.
import { createRequire } from 'node:module';

let _require: NodeJS.Require | undefined;

function _load<T>(name: string): T {
  _require ??= typeof require === 'function' ? require : createRequire(import.meta.url);
  return _require(name) as T;
}

/** node:crypto (hashlib, random's seed, os.urandom). */
export function nodeCrypto(): typeof import('node:crypto') {
  return _load('node:crypto');
}

/** node:child_process (os.system, subprocess). */
export function nodeChildProcess(): typeof import('node:child_process') {
  return _load('node:child_process');
}

/** node:worker_threads (the Ctrl+C watcher of a script whose code loops). */
export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return _load('node:worker_threads');
}

/** node:readline (input() in `socklab run`; the REPL has its own, loaded by node:repl). */
export function nodeReadline(): typeof import('node:readline') {
  return _load('node:readline');
}

/** node:v8 (the V8 flags of the first Lezer parse): it loads node:stream and node:perf_hooks. */
export function nodeV8(): typeof import('node:v8') {
  return _load('node:v8');
}
