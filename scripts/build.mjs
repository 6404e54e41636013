// Bundles src/ into dist/cli.js so `socklab` starts without a TypeScript loader
// (tsx alone costs ~200 ms of start-up).
// `--if-stale` skips the build when dist/cli.js is newer than every source file.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.js');

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

// Chunks of an earlier build would stay behind with other hashes.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outdir: join(root, 'dist'),
  entryNames: '[name]',
  // What a command loads with import() (the Python front end, the notebook kernel, the lessons'
  // linter, …) is a chunk of its own, read only by the commands that need it: one file of
  // everything made every start parse code most sessions never run.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Pure-JavaScript dependencies are bundled: resolving and loading yaml's, iconv-lite's and
  // acorn's many files one by one cost about 15 ms of every start. koffi (a native module) and
  // esbuild (a binary) cannot be bundled; zeromq (native too) is imported only by `socklab kernel`.
  external: ['koffi', 'esbuild', 'zeromq'],
  // Bundled CommonJS code calls require() for Node's built-in modules.
  banner: { js: "import { createRequire as __socklabRequire } from 'node:module'; const require = __socklabRequire(import.meta.url);" },
  sourcemap: 'linked',
  // Python exception names come from constructor.name: the bundle must not rename classes.
  keepNames: true,
  logLevel: 'warning',
});
