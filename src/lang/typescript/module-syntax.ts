// ES module syntax in a script that `socklab run` reads as the REPL reads a line (script.ts): the
// evaluator runs a sloppy script, where `import`/`export` declarations are syntax errors, so they
// become what they mean for a program that nobody imports, each in place and on its own lines
// (the file's line numbers stay the script's):
//   import x, { a as b } from './m.mjs'  →  var { default: x, a: b } = await __sl_import('./m.mjs');
//   import * as m from 'node:fs'          →  var m = await __sl_import('node:fs');
//   import './side.mjs'                   →  await __sl_import('./side.mjs');
//   export const x = 1 / export function f() {}  →  the declaration without `export`
//   export default expr                   →  void expr
//   export { a } / export * from 'm'      →  nothing / the import
//   import('m'), import.meta              →  __sl_import('m'), __sl_import_meta
// __sl_import resolves a specifier against the script's file, as the script's own import would.
import { parse, type Node, type Program } from 'acorn';
import { simple } from 'acorn-walk';

/** Global names of the helpers the converted code calls (installed by script.ts). */
export const IMPORT = '__sl_import';
export const IMPORT_META = '__sl_import_meta';

/** A cheap test: could `code` hold module syntax at all? */
const _MAYBE_MODULE = /\b(?:import|export)\b/;

interface _Swap {
  start: number;
  end: number;
  text: string;
}

/**
 * `code` with its module syntax turned into script code (see above), or `code` itself when it
 * has none or is not a module that acorn can read (the evaluator then reports the error).
 */
export function moduleAsScript(code: string): string {
  if (!_MAYBE_MODULE.test(code)) return code;
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, allowAwaitOutsideFunction: true });
  } catch {
    return code;
  }
  const swaps: _Swap[] = [];
  const src = (node: { start: number; end: number }) => code.slice(node.start, node.end);
  const load = (source: Node) => `await ${IMPORT}(${src(source)})`;
  for (const node of program.body) {
    switch (node.type) {
      case 'ImportDeclaration': {
        const names: string[] = [];
        let namespace: string | undefined;
        let fallback: string | undefined;
        for (const s of node.specifiers) {
          if (s.type === 'ImportNamespaceSpecifier') namespace = s.local.name;
          else if (s.type === 'ImportDefaultSpecifier') fallback = s.local.name;
          else {
            const imported = s.imported.type === 'Identifier' ? s.imported.name : JSON.stringify(s.imported.value);
            names.push(imported === s.local.name ? imported : `${imported}: ${s.local.name}`);
          }
        }
        let text: string;
        if (namespace !== undefined) {
          text = `var ${namespace} = ${load(node.source)};${fallback === undefined ? '' : ` var ${fallback} = ${namespace}.default;`}`;
        } else if (fallback !== undefined || names.length > 0) {
          if (fallback !== undefined) names.unshift(`default: ${fallback}`);
          text = `var { ${names.join(', ')} } = ${load(node.source)};`;
        } else {
          text = `${load(node.source)};`;
        }
        swaps.push({ start: node.start, end: node.end, text });
        break;
      }
      case 'ExportNamedDeclaration':
        if (node.declaration) swaps.push({ start: node.start, end: node.declaration.start, text: '' });
        else swaps.push({ start: node.start, end: node.end, text: node.source ? `${load(node.source)};` : ';' });
        break;
      case 'ExportAllDeclaration':
        swaps.push({ start: node.start, end: node.end, text: `${load(node.source)};` });
        break;
      case 'ExportDefaultDeclaration': {
        const declaration = node.declaration as Node & { id?: unknown };
        const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id;
        swaps.push({ start: node.start, end: declaration.start, text: named ? '' : 'void ' });
        break;
      }
      default:
        break;
    }
  }
  simple(program, {
    ImportExpression(node) {
      swaps.push({ start: node.start, end: node.start + 'import'.length, text: IMPORT });
    },
    MetaProperty(node) {
      if (node.meta.name === 'import') swaps.push({ start: node.start, end: node.end, text: IMPORT_META });
    },
  });
  if (swaps.length === 0) return code;
  swaps.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const swap of swaps) {
    if (swap.start < at) continue; // inside a declaration already replaced
    // The replaced text's line breaks are kept, so every later line keeps its number.
    out += code.slice(at, swap.start) + swap.text + '\n'.repeat(src(swap).split('\n').length - 1);
    at = swap.end;
  }
  return out + code.slice(at);
}
