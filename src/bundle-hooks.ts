// What dist/cli.cjs (src/start.ts, which runs the bundle as a vm.Script for V8's code cache) offers
// the bundle. Under vitest or tsx there is no such loader and each falls back to doing without.
import { createRequire } from 'node:module';

const _hooks = globalThis as Record<symbol, unknown>;

/** Writes V8's code cache of the bundle now, if this start found none (the REPL calls it when warm). */
export function saveCodeCache(): void {
  (_hooks[Symbol.for('socklab.saveCodeCache')] as (() => void) | undefined)?.();
}

/**
 * import() of what is only known at run time (a learner's module, an optional native package).
 * Inside a vm.Script import() needs --experimental-vm-modules, so the loader lends its own.
 */
export function importAtRunTime<T = Record<string, unknown>>(specifier: string): Promise<T> {
  const lent = _hooks[Symbol.for('socklab.import')] as ((s: string) => Promise<T>) | undefined;
  return lent ? lent(specifier) : (import(specifier) as Promise<T>);
}

/**
 * The user's cache directory and the bundle's hash, for a cache that must not outlive the bundle
 * that wrote it; undefined without dist/cli.js or with SOCKLAB_CODE_CACHE=0.
 */
export function bundleCache(): { dir: string; bundle: string } | undefined {
  return _hooks[Symbol.for('socklab.cache')] as { dir: string; bundle: string } | undefined;
}

/**
 * The translation name src/start.ts gave `text` (the program of `socklab run`, named to choose
 * the code cache), or undefined for another text.
 */
export function lentTranslationName(text: string): string | undefined {
  const lent = _hooks[Symbol.for('socklab.translationNamed')] as { text: string; name: string } | undefined;
  return lent?.text === text ? lent.name : undefined;
}

/** The packages that scripts/build.mjs bundles apart, as dist/<name>.cjs, because few starts use them. */
export type DeferredPackage = 'iconv-lite';

/**
 * require() of a package kept out of the main bundle (dist/socklab.cjs is read and its code cache
 * deserialized at every start, so what only some programs use is a second file, read on first
 * use). Under vitest or tsx it is the package itself.
 */
export function requireDeferred<T>(name: DeferredPackage): T {
  const lent = _hooks[Symbol.for('socklab.requireDeferred')] as ((n: string) => T) | undefined;
  return lent ? lent(name) : (createRequire(import.meta.url)(name) as T);
}
