// dist/cli.cjs: runs the bundle (dist/socklab.cjs) through V8's code cache. Node 20 has no compile
// cache for modules (module.enableCompileCache came in 22), and compiling the bundle was the
// largest part of every start (~25 ms of a ~120 ms prompt on a quiet machine; more under load).
// A vm.Script takes `cachedData`: with it V8 deserializes the bytecode instead of parsing and
// compiling. The cache lives in the user's cache directory, one file per place of the bundle,
// per build and per kind of start (the REPL, `run` of a .py, …, each caching the functions it ran), and is written only by a
// start that found none, the way v8-compile-cache does it. Nothing here may depend on the bundle.
// Built as CommonJS and required by bin/socklab.js (CommonJS too, bin/package.json): a start
// never goes through node's ES module loader (resolving, reading and linking two modules and
// the facades of six builtins cost ~10% of an empty start); a learner's .mjs still does.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { TRANSLATIONS_DIR, translationFile, translationName, translationText } from './lang/python/translation-name.ts';
import { defaultLanguagePath, readLanguage } from './repl/language.ts';

/** The bundle's content hash, put here by scripts/build.mjs. */
declare const __SOCKLAB_BUNDLE_HASH__: string;

const _BUNDLE = join(__dirname, 'socklab.cjs');
// The same keys as src/bundle-hooks.ts (the bundle's side; neither file may import the other).
const _SAVE_KEY = Symbol.for('socklab.saveCodeCache');
const _IMPORT_KEY = Symbol.for('socklab.import');
const _CACHE_KEY = Symbol.for('socklab.cache');
const _DEFERRED_KEY = Symbol.for('socklab.requireDeferred');
const _NAMED_KEY = Symbol.for('socklab.translationNamed');

/** $SOCKLAB_CACHE_DIR, else $XDG_CACHE_HOME/socklab, else ~/.cache/socklab; undefined when turned off. */
function _cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SOCKLAB_CODE_CACHE === '0') return undefined;
  if (env.SOCKLAB_CACHE_DIR) return env.SOCKLAB_CACHE_DIR;
  try {
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'socklab');
  } catch {
    return undefined; // no home directory (a user without a passwd entry): no cache
  }
}

/**
 * Which functions a start runs depends on the command and, for `run`, the file's kind: `repl`,
 * `run-py`, `run-ts`, `kernel`, … A .py program whose translation is not in the translation cache
 * yet is translated (Lezer and the translator run): its start is `run-py-translating`, and the
 * `run-py` cache, of the starts that find their translation, holds neither (~0.3 MB less to read
 * and deserialize). The REPL's cache is per language of its lines (`repl`, `repl-py`): Python
 * mode loads the Python front end after the prompt, which TypeScript mode never runs.
 */
function _kind(argv: readonly string[], cacheDir: string | undefined): string {
  const at = argv.findIndex((a) => ['run', 'translate', 'lesson', 'lessons', 'kernel'].includes(a));
  if (at < 0) return _replLanguage(argv) === 'python' ? 'repl-py' : 'repl';
  const file = argv[at + 1] ?? '';
  const ext = /\.(py|mjs|js|ts|mts)$/.exec(file)?.[1];
  if (argv[at] !== 'run' || !ext) return argv[at]!;
  if (ext === 'py' && cacheDir !== undefined && !_translated(file, cacheDir)) return 'run-py-translating';
  return `run-${ext}`;
}

/**
 * The REPL's language as repl.ts will choose it: `--python`, else the remembered one. (repl.ts
 * reads the remembered one only on a terminal; elsewhere this guess may be wrong, which costs
 * a start some time, never a wrong line.)
 */
function _replLanguage(argv: readonly string[]): string | undefined {
  if (argv.includes('--python')) return 'python';
  return readLanguage(defaultLanguagePath());
}

/**
 * Whether the translation of the program `file` is in the translation cache, named as
 * src/lang/python/translation-cache.ts names it (mode `exec`, as `socklab run` translates). Only a
 * guess that chooses a code cache: a wrong one costs time, never a wrong program.
 */
function _translated(file: string, cacheDir: string): boolean {
  try {
    const text = translationText(readFileSync(file, 'utf8'), 'exec');
    const name = translationName(text);
    // The bundle names the same text again to look its translation up: it is lent the name.
    (globalThis as Record<symbol, unknown>)[_NAMED_KEY] = { text, name };
    return existsSync(join(cacheDir, TRANSLATIONS_DIR, translationFile(__SOCKLAB_BUNDLE_HASH__, name)));
  } catch {
    return false; // no such file: `run` says so, with any cache
  }
}

/** FNV-1a of the bundle's path, 8 hex digits: caches of builds in other places never touch this one's. */
function _placeKey(path: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const dir = _cacheDir(process.env);
const place = `${_placeKey(_BUNDLE)}-`;
const mine = `${place}${__SOCKLAB_BUNDLE_HASH__}-`;
const name = `${mine}${process.version}-${process.arch}-${_kind(process.argv.slice(2), dir)}.v8cache`;
let cachedData: Buffer | undefined;
if (dir) {
  try {
    cachedData = readFileSync(join(dir, name));
  } catch {
    // no cache yet (or unreadable): this start compiles and writes one
  }
}

// The bundle is ASCII only (esbuild's charset, and scripts/build.mjs escapes what it leaves): latin1 is the cheapest read.
const source = readFileSync(_BUNDLE, 'latin1');
// The bundle is one function expression (scripts/build.mjs wraps it), compiled from the file's text
// as it is: node reads a file this large into an external string, which V8 compiles in place.
const script = new Script(source, {
  filename: _BUNDLE,
  ...(cachedData && { cachedData }),
});
const missed = dir !== undefined && (cachedData === undefined || script.cachedDataRejected === true);

/** Whether this start has written its cache: the first warm point decides what it holds. */
let saved = false;

/**
 * Writes the cache with every function compiled so far, once. Called by the bundle where a start
 * is warm (the REPL just before it draws its prompt) and at exit; only a start that found no
 * usable cache writes. Every later start deserializes the whole cache before it runs anything, so
 * what runs only after the first warm point (the REPL's evaluator, a session's lines) stays out:
 * it is compiled when it runs, after the prompt. Never fails: a cache that cannot be written is
 * simply not there next time.
 */
function _save(): void {
  if (!missed || !dir || saved) return;
  saved = true;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, join(dir, name)); // atomic: two starts at once never read half a file
    // Stale files of this place only (an earlier build here), and files of the old unplaced naming.
    for (const f of readdirSync(dir)) {
      const stale = f.startsWith(place) ? !f.startsWith(mine) : /^[0-9a-f]{16}-v/.test(f);
      if (stale && f.endsWith('.v8cache')) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // read-only or full disk: start without a cache
  }
}

const hooks = globalThis as Record<symbol, unknown>;
hooks[_SAVE_KEY] = _save;
// import() inside a vm.Script needs --experimental-vm-modules; the bundle's few run-time imports
// (a learner's .mjs, zeromq) go through this module's import() instead, resolved from dist/.
hooks[_IMPORT_KEY] = (specifier: string) => import(specifier);
// Packages built apart from the bundle (scripts/build.mjs), read by the few starts that need them.
hooks[_DEFERRED_KEY] = (name: string) => require(join(__dirname, `${name}.cjs`));
// Where the bundle may keep caches of its own (translations of Python programs), valid for this bundle only.
hooks[_CACHE_KEY] = dir === undefined ? undefined : { dir, bundle: __SOCKLAB_BUNDLE_HASH__ };
if (missed) process.on('exit', _save);

const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
const module = { exports: {} };
run.call(module.exports, module.exports, createRequire(_BUNDLE), module, _BUNDLE, __dirname);
