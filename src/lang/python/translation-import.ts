// What `socklab translate` prints at the top of a translation, `import { py, print } from
// 'socklab/python'`: the module a TypeScript script run by `socklab run` gets the runtime and
// Python's builtins from (lang/typescript/script.ts). Its own file, so that TypeScript's side
// names it without loading the Python front end.
export const PYTHON_FOR_SCRIPTS = 'socklab/python';
