// The kernel's start-up path: what `socklab kernel` runs before it can answer
// kernel_info_request is the CLI, the protocol and zeromq; the evaluator, the Python front end,
// the socket module and the lessons load after that reply (src/notebook/main.ts). The bundle is
// one file (scripts/build.mjs), where a static import runs its module's code at once and an
// import() only when called, so a static import chain from the kernel's entry to one of them
// would put it back on the path. The chain is read from the sources, as esbuild reads them
// (`import type` is erased; any other import runs its module, verbatimModuleSyntax).
// (No time is asserted: `npm run bench` measures kernel_start_ms.)
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The source files `file` runs through static imports, itself included (repo-relative). */
function staticSources(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(root, file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+\.ts)['"]/gm)) {
    staticSources(relative(root, join(root, dirname(file), m[1]!)), seen);
  }
  return seen;
}

describe('socklab kernel start-up', () => {
  it('answers kernel_info_request before loading the evaluator, the Python front end, the socket module or the lessons', () => {
    // src/cli.ts imports the kernel command with import(), which imports src/notebook/main.ts.
    const cli = readFileSync(join(root, 'src/cli.ts'), 'utf8');
    expect(cli).toMatch(/await import\('\.\/notebook\/command\.ts'\)/);
    const loaded = [...staticSources('src/cli.ts'), ...staticSources('src/notebook/command.ts'), ...staticSources('src/notebook/main.ts')];
    expect(loaded).toContain('src/notebook/kernel.ts');
    expect(loaded).toContain('src/notebook/channels.ts');
    // src/kernel/platform.ts and libc.ts are the CLI's platform check (koffi itself loads lazily).
    const late = [...new Set(loaded)].filter((s) => /^src\/(lang|socket|kernel|lessons|repl|modules)\//.test(s) || /^src\/notebook\/(cells|python|typescript)\.ts$/.test(s))
      .filter((s) => s !== 'src/kernel/platform.ts' && s !== 'src/kernel/libc.ts');
    expect(late).toEqual([]);
  });
});
