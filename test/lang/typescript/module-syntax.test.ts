// ES module syntax read as script code, in place and on the same lines (module-syntax.ts).
import { describe, expect, it } from 'vitest';
import { moduleAsScript } from '../../../src/lang/typescript/module-syntax.ts';

describe('moduleAsScript', () => {
  it.each([
    ["import x, { a as b, c } from './m.mjs';", "var { default: x, a: b, c } = await __sl_import('./m.mjs');"],
    ["import * as fs from 'node:fs'", "var fs = await __sl_import('node:fs');"],
    ["import d, * as ns from 'm'", "var ns = await __sl_import('m'); var d = ns.default;"],
    ["import './side.mjs';", "await __sl_import('./side.mjs');"],
    ['export const x = 1;', 'const x = 1;'],
    ['export function f() {}', 'function f() {}'],
    ['export default 5;', 'void 5;'],
    ['export default class A {}', 'class A {}'],
    ['const a = 1; export { a };', 'const a = 1; ;'],
    ["export * from 'm';", "await __sl_import('m');"],
    ["const m = await import('m'); print(import.meta.url)", "const m = await __sl_import('m'); print(__sl_import_meta.url)"],
    ['print(1)', 'print(1)'],
    ['let important = 1', 'let important = 1'],
  ])('%s', (code, script) => {
    expect(moduleAsScript(code)).toBe(script);
  });

  it('keeps every line where it was', () => {
    const code = "import {\n  a,\n  b,\n} from './m.mjs';\nprint(a)\n";
    const out = moduleAsScript(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.split('\n')[4]).toBe('print(a)');
  });

  it('leaves code that is not a module acorn can read to the evaluator', () => {
    expect(moduleAsScript("import x from 'm'; while True:")).toBe("import x from 'm'; while True:");
  });
});
