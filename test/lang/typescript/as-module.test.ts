// What `socklab run` hands Node for a .js module or a .ts file: plain JavaScript as it is (no
// esbuild), TypeScript with its types stripped, and esbuild's error for neither.
import { describe, expect, it } from 'vitest';
import { asEsModule } from '../../../src/lang/typescript/as-module.ts';

const MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\n$/;

describe('asEsModule', () => {
  it.each([
    ['an empty file', ''],
    ['a module', "import { x } from './x.mjs';\nexport const y = x + 1;\n"],
    ['top-level await and a hashbang', '#!/usr/bin/env socklab\nconst s = await Promise.resolve(1);\nprint(s)\n'],
  ])('keeps %s byte for byte, with a line-for-line map to the file', async (_what, source) => {
    const code = await asEsModule(source, '/tmp/learner.ts', 'ts');
    expect(code.startsWith(`${source}\n`)).toBe(true);
    const m = MAP.exec(code.slice(source.length));
    expect(m).not.toBeNull();
    const map = JSON.parse(Buffer.from(m![1]!, 'base64').toString()) as { sources: string[]; mappings: string };
    expect(map.sources).toEqual(['/tmp/learner.ts']);
    expect(map.mappings.split(';')).toHaveLength(source.split('\n').length);
  });

  it('strips the types of TypeScript (through esbuild)', async () => {
    const code = await asEsModule('const port: number = 9999;\ninterface P { n: number }\nprint(port as number);\n', '/tmp/t.ts', 'ts');
    expect(code).toContain('const port = 9999;');
    expect(code).not.toContain('interface');
    expect(code).toContain('sourceMappingURL=data:application/json;base64,');
  });

  it('throws for a file that is neither JavaScript nor TypeScript', async () => {
    await expect(asEsModule('def f(:\n', '/tmp/t.ts', 'ts')).rejects.toThrow(/Expected|Unexpected/);
  });
});
