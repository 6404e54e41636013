// Lezer's parse with the lookup tables (src/lang/python/lezer-tables.ts) against Lezer's own
// scans: node for node the same tree (anonymous nodes and error nodes included) for every corpus
// program, for prefixes of each cut mid-line (error recovery takes other parse states and splits
// stacks), and for a few inputs that are no Python at all.
import type { IterMode as IterModeType, Tree } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLezerTables, withLezerTables } from '../../../src/lang/python/lezer-tables.ts';

const CASES = join(import.meta.dirname, '..', '..', 'python', 'cases');
// The CommonJS builds, as parse.ts loads them.
const _require = createRequire(import.meta.url);
const { parser } = _require('@lezer/python') as { parser: LRParser };
const { IterMode } = _require('@lezer/common') as { IterMode: typeof IterModeType };

function _programs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return _programs(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

function _nodes(tree: Tree): string {
  const out: string[] = [];
  const cursor = tree.cursor(IterMode.IncludeAnonymous);
  do out.push(`${cursor.type.id}:${cursor.from}-${cursor.to}`);
  while (cursor.next());
  return out.join(' ');
}

/** The source, and prefixes of it that end part-way through a line. */
function _inputs(source: string): string[] {
  const cuts = [0.13, 0.31, 0.5, 0.77, 0.9].map((f) => Math.floor(source.length * f));
  return [source, ...cuts.map((c) => source.slice(0, c))];
}

describe('Lezer lookup tables', () => {
  const tables = buildLezerTables(parser);
  const fast = withLezerTables(parser, tables)!;

  it('are accepted for the grammar they were built from', () => {
    expect(fast).toBeDefined();
  });

  it('give the tree Lezer gives, for every corpus program and its prefixes', () => {
    const programs = _programs(CASES);
    expect(programs.length).toBeGreaterThan(100);
    let inputs = 0;
    for (const path of programs) {
      for (const input of _inputs(readFileSync(path, 'utf8'))) {
        expect(_nodes(fast.parse(input)), `${path} (${input.length} characters)`).toBe(_nodes(parser.parse(input)));
        inputs++;
      }
    }
    expect(inputs).toBe(programs.length * 6);
  });

  it('give the tree Lezer gives for input that is not Python', () => {
    for (const input of ['', '\n\n', ')))', 'def (:\n  x', 'if x:\nelse', 'print "a"\n', '\tx = 1\n  y\n', 'f(**, *)', 'x = [1, 2\n', 'lambda: (yield)']) {
      expect(_nodes(fast.parse(input)), JSON.stringify(input)).toBe(_nodes(parser.parse(input)));
    }
  });

  it('survive the trip through bytes (the file scripts/build.mjs writes)', () => {
    const bytes = Buffer.from(tables.buffer, tables.byteOffset, tables.byteLength);
    const copy = Buffer.from(bytes);
    const read = new Int32Array(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.length));
    expect(withLezerTables(parser, read)).toBeDefined();
  });

  it('are declined when built for another grammar or cut short', () => {
    const other = tables.slice();
    other[1]! += 1; // another size of the parse table
    expect(withLezerTables(parser, other)).toBeUndefined();
    expect(withLezerTables(parser, tables.subarray(0, tables.length - 1))).toBeUndefined();
    expect(withLezerTables(parser, new Int32Array(0))).toBeUndefined();
  });
});
