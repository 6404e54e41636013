// Bundles src/ into dist/socklab.cjs, and src/start.ts (which runs it with V8's code cache) into
// dist/cli.cjs, which bin/socklab.js requires, so `socklab` starts without a TypeScript loader
// (tsx alone costs ~200 ms of start-up) and without node's ES module loader.
// `--if-stale` skips the build when dist/cli.cjs is newer than every source file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.cjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(out)) {
  const built = statSync(out).mtimeMs;
  if (newestMtime(join(root, 'src')) < built && statSync(join(root, 'package.json')).mtimeMs < built) {
    process.exit(0);
  }
}

// What earlier builds left: chunks of the split build, a loader's source map, the ESM loader.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
for (const old of ['cli.js.map', 'cli.js']) rmSync(join(root, 'dist', old), { force: true });

// One CommonJS bundle of everything, run by dist/cli.cjs (src/start.ts) as a vm.Script with V8's
// code cache: Node 20 caches no compiled ES module, and compiling the bundle was the largest part
// of every start. What a command loads with import() (the Python front end, the kernel, the
// lessons) stays lazy: esbuild inlines it behind a function that runs on the first import, and
// the cache holds only what a start ran.
const bundle = join(root, 'dist', 'socklab.cjs');
await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Pure-JavaScript dependencies are bundled: resolving and loading yaml's, iconv-lite's and
  // acorn's many files one by one cost about 15 ms of every start. koffi (a native module) and
  // esbuild (a binary) cannot be bundled; zeromq (native too) is imported only by `socklab kernel`.
  external: ['koffi', 'esbuild', 'zeromq'],
  // The file is the function that src/start.ts compiles as it is: a wrapper added at run time
  // made V8 flatten a 2 MB concatenation before compiling (a copy, ~560 page faults, ~10 ms of
  // every start). The sources are ES modules: strict code, and import.meta.url is the bundle's
  // own file, made by its first reader (no start reaches its prompt needing it).
  banner: {
    js: "(function (exports, require, module, __filename, __dirname) {'use strict';\nconst __socklab_import_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  footer: { js: '})' },
  define: { 'import.meta.url': '__socklab_import_meta.url' },
  charset: 'ascii', // src/start.ts reads it as latin1
  // Every start reads the whole file (twice over: into a buffer, then into the string V8 compiles):
  // without the indentation it is 23% smaller. Names stay (keepNames); the source map has the lines.
  minifyWhitespace: true,
  sourcemap: 'linked',
  // Python exception names come from constructor.name: the bundle must not rename classes.
  keepNames: true,
  logLevel: 'warning',
});
// keepNames gives every function and class its name by `__name(f, "f")`, a defineProperty at
// each definition (~700 of them in an empty `socklab run`), though for most (function
// declarations, classes assigned to their name) the name is already that one: the helper skips
// those. Same length, padded, so that the source map's columns still hold.
// It matters beyond start-up: redefining a class's `name` turns its constructor into a
// dictionary-mode object, and V8 11 (node 20) then never finishes compiling the constructor of
// a derived class (each TurboFan attempt's StableMapDependency on the class's map fails: "Bailed
// out due to dependency change"), so `new bytes(...)` in a recv loop ran unoptimized with ~85
// aborted compiles per GB (BENCHMARKS.md, perfio; test/e2e/optimized-constructors.test.ts).
// Only classes esbuild renames (one that names itself in its body: `class _bytes`) still take it.
const keepNames = 'var __name=(target,value)=>__defProp(target,"name",{value,configurable:true});';
const namesOnlyIfNeeded = 'var __name=(t,v)=>t.name===v?t:__defProp(t,"name",{value:v,configurable:!0});';
// charset 'ascii' escapes strings, templates and names, but not a regexp literal's characters
// (`/^(lesson|课程)$/`): src/start.ts reads the file as latin1, where each would be two or three
// characters and the regexp would never match what the learner typed. Escaped here (no such
// character follows a backslash in the bundle; the source map's columns after one move a little).
const bundled = readFileSync(bundle, 'utf8');
if (!bundled.includes(keepNames) || namesOnlyIfNeeded.length > keepNames.length) throw new Error("build: esbuild's __name helper is not the one scripts/build.mjs replaces");
if (/\\[^\x00-\x7f]/.test(bundled)) throw new Error('build: an escaped non-ASCII character in the bundle, which scripts/build.mjs cannot escape');
const ascii = bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundle, ascii.replace(keepNames, namesOnlyIfNeeded.padEnd(keepNames.length)), 'latin1');

// Packages that few starts use, each its own file beside the bundle, required on first use
// (src/bundle-hooks.ts's requireDeferred): iconv-lite's CJK tables were 554 KB of the bundle,
// read at every start for the few programs that use a Chinese codec.
for (const name of ['iconv-lite']) {
  await build({
    entryPoints: [name],
    outfile: join(root, 'dist', `${name}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    logLevel: 'warning',
  });
}

// Lookup tables for Lezer's hottest scans (src/lang/python/lezer-tables.ts), built from the
// @lezer/python the bundle holds, read by the first parse: without them a process builds them
// itself, which in a cold process costs about as much as they save on one 300-line program.
const tablesBuilder = join(root, 'node_modules', '.cache', 'socklab-build', 'lezer-tables.mjs');
mkdirSync(dirname(tablesBuilder), { recursive: true });
await build({
  stdin: {
    contents: "export { buildLezerTables, LEZER_TABLES_FILE } from './lezer-tables.ts'; export { parser } from '@lezer/python';",
    resolveDir: join(root, 'src', 'lang', 'python'),
    loader: 'ts',
  },
  outfile: tablesBuilder,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { buildLezerTables, LEZER_TABLES_FILE, parser } = await import(`${pathToFileURL(tablesBuilder).href}?${Date.now()}`);
const tables = buildLezerTables(parser);
writeFileSync(join(root, 'dist', LEZER_TABLES_FILE), new Uint8Array(tables.buffer, tables.byteOffset, tables.byteLength));

// The cache of one bundle must never be read for another: its file name carries the hash.
const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16);
await build({
  entryPoints: [join(root, 'src', 'start.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { __SOCKLAB_BUNDLE_HASH__: JSON.stringify(hash) },
  logLevel: 'warning',
});
