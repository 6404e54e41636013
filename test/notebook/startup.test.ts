// The kernel's start-up path in the built bundle: what `socklab kernel` must parse before it
// can answer kernel_info_request is the CLI, the protocol and zeromq; the evaluator, the Python
// front end, the socket module and the lessons load after that reply (src/notebook/main.ts).
// A static import of one of them from the kernel's chunk would put it back on the path.
// (No time is asserted: `npm run bench` measures kernel_start_ms.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The source files bundled into `file` and every chunk it imports statically. */
function staticSources(file: string, seen = new Set<string>()): Set<string> {
  const sources = new Set<string>();
  if (seen.has(file)) return sources;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^\/\/ (src\/\S+)$/gm)) sources.add(m[1]!);
  // Static imports only: `import … from "./x.js"` at the start of a line (esbuild's output).
  for (const m of text.matchAll(/^(?:import\s[^;]*?from\s+|import\s+)"(\.{1,2}\/[^"]+)";?$/gm)) {
    for (const s of staticSources(join(file, '..', m[1]!), seen)) sources.add(s);
  }
  return sources;
}

describe('socklab kernel start-up', () => {
  it('answers kernel_info_request before loading the evaluator, the Python front end, the socket module or the lessons', () => {
    const chunks = join(dist, 'chunks');
    const kernelChunk = readdirSync(chunks).filter((f) => f.endsWith('.js')).map((f) => join(chunks, f))
      .find((f) => readFileSync(f, 'utf8').includes('async function runKernel('));
    expect(kernelChunk, 'dist/ has no chunk with runKernel: build with node scripts/build.mjs').toBeDefined();
    const loaded = [...staticSources(join(dist, 'cli.js')), ...staticSources(kernelChunk!)];
    expect(loaded).toContain('src/notebook/kernel.ts');
    expect(loaded).toContain('src/notebook/channels.ts');
    // src/kernel/platform.ts and libc.ts are the CLI's platform check (koffi itself loads lazily).
    const late = loaded.filter((s) => /^src\/(lang|socket|kernel|lessons|repl|modules)\//.test(s) || /^src\/notebook\/(cells|python|typescript)\.ts$/.test(s))
      .filter((s) => s !== 'src/kernel/platform.ts' && s !== 'src/kernel/libc.ts');
    expect(late).toEqual([]);
  });
});
