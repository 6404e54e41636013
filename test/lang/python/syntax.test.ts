// The plain tree check and emit read (src/lang/python/syntax.ts) against Lezer's own SyntaxNode:
// node for node, the same names, ranges, children and siblings, comments included where Lezer
// has them and left out of `children`.
import type { SyntaxNode, Tree } from '@lezer/common';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTree } from '../../../src/lang/python/parse.ts';
import { PySyntaxError } from '../../../src/lang/python/runtime/exceptions.ts';
import { syntaxOf, type PyNode } from '../../../src/lang/python/syntax.ts';

const CASES = join(import.meta.dirname, '..', '..', 'python', 'cases');

// The tree check and emit are given: parse.ts loads Lezer its own way (a require() of its
// CommonJS build), and a tree of @lezer/python's ES build would hide a class that is not the one
// syntax.ts sees (d70055d's `instanceof TreeBuffer` was false for every buffer, and every program
// failed with a JavaScript TypeError).
const _parse = (source: string): Tree => parseTree(source, 'syntax.py').tree;

function _accepted(source: string): boolean {
  try {
    _parse(source);
    return true;
  } catch (e) {
    if (e instanceof PySyntaxError) return false;
    throw e;
  }
}

const _SOURCES: [string, string][] = [
  ['comments between children', 'x = [1,  # one\n     2]  # two\n# alone\ndef f(a, # the a\n      b):\n    # body\n    return a\n'],
  ['an empty program', ''],
  ['a comment only', '# nothing else\n'],
  // Long enough for Lezer to split it into several buffers and balanced repetition nodes.
  ['a long program', Array.from({ length: 400 }, (_, i) => `def f${i}(a, b=[1, 2]):  # ${i}\n    if a:\n        return (a + b[0]) * ${i}\n    x = {'k': [a, (b, a)]}\n`).join('')],
  // The seeds CPython refuses (Python 2 ones) are left out: parse() throws, no tree reaches syntaxOf.
  ...readdirSync(CASES).filter((f) => f.startsWith('seed') && f.endsWith('.py')).map((f): [string, string] => [f, readFileSync(join(CASES, f), 'utf8')]).filter(([, source]) => _accepted(source)),
];

/** Every difference between the two trees below these nodes, as readable lines. */
function differences(lezer: SyntaxNode, ours: PyNode, out: string[] = []): string[] {
  const same = (a: SyntaxNode | null, b: PyNode | null): boolean => a === null ? b === null : b !== null && a.name === b.name && a.from === b.from && a.to === b.to;
  const at = `${lezer.name}@${lezer.from}`;
  if (!same(lezer, ours)) out.push(`${at}: ${ours.name}@${ours.from}-${ours.to}`);
  if (!same(lezer.parent, ours.parent)) out.push(`${at}: parent`);
  if (!same(lezer.firstChild, ours.firstChild) || !same(lezer.lastChild, ours.lastChild)) out.push(`${at}: first or last child`);
  if (!same(lezer.nextSibling, ours.nextSibling) || !same(lezer.prevSibling, ours.prevSibling)) out.push(`${at}: siblings`);
  if (!same(lezer.getChild('Body'), ours.getChild('Body'))) out.push(`${at}: getChild`);
  const all: SyntaxNode[] = [];
  for (let c = lezer.firstChild; c; c = c.nextSibling) all.push(c);
  const named = all.filter((c) => c.name !== 'Comment');
  if (named.length !== ours.children.length) out.push(`${at}: ${named.length} children, ours ${ours.children.length}`);
  else named.forEach((c, i) => differences(c, ours.children[i]!, out));
  return out;
}

describe('the plain syntax tree', () => {
  it.each(_SOURCES)('has the nodes of Lezer\'s tree: %s', (_name, source) => {
    const tree = _parse(source);
    expect(differences(tree.topNode, syntaxOf(tree))).toEqual([]);
  });

  it('keeps comments out of children and in the sibling chain', () => {
    const top = syntaxOf(_parse('x = [1,  # one\n     2]\n'));
    const list = top.children[0]!.children[2]!;
    expect(list.name).toBe('ArrayExpression');
    expect(list.children.map((c) => c.name)).toEqual(['[', 'Number', ',', 'Number', ']']);
    expect(list.children[2]!.nextSibling?.name).toBe('Comment');
  });

  it('is built once per tree', () => {
    const tree = _parse('pass\n');
    expect(syntaxOf(tree)).toBe(syntaxOf(tree));
  });
});
