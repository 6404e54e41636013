// `socklab run` of a .js module or a .ts file hands Node an ES module. Most learners' .ts files
// are plain JavaScript (no type written yet): those go to Node as they are, with a source map
// that names the learner's file. Only a file that is not JavaScript starts esbuild, whose service
// process cost ~50 ms of every run (an empty .ts took 131 ms against 64 ms for node).
import { parse } from 'acorn';
import { loadEsbuild } from './evaluate.ts';

/** The ES module Node runs for `source` (the file `path`); throws esbuild's error for a file that is not TypeScript either. */
export async function asEsModule(source: string, path: string, loader: 'js' | 'ts'): Promise<string> {
  if (_isJavaScript(source)) return `${source}\n${_identityMap(source, path)}`;
  const { transform } = loadEsbuild();
  const { code } = await transform(source, { loader, format: 'esm', target: 'node20', sourcemap: 'inline', sourcefile: path });
  return code;
}

function _isJavaScript(source: string): boolean {
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    return true;
  } catch {
    return false;
  }
}

/** A source map from the module to `path`, line for line (a traceback names the learner's line). */
function _identityMap(source: string, path: string): string {
  const lines = source.split('\n').length;
  const map = { version: 3, sources: [path], sourcesContent: [source], names: [], mappings: `AAAA${';AACA'.repeat(lines - 1)}` };
  return `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
