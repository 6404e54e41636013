// What the REPL loads once its first prompt is on the screen (repl.ts): the socket module, the
// evaluator and what shows their results and errors. The prompt needs none of it, and
// initializing it (the socket module and its globals, struct, threading, socketserver, acorn)
// was a large part of the time to the prompt. It is loaded in the same turn of the event loop as
// the prompt (the bundle's import() resolves without I/O), so no key is read before it is there.
export { formatException, keepUnobservedError, KeyboardInterrupt, repr } from '../socket/index.ts';
export { asException, createEvaluator } from '../lang/typescript/evaluate.ts';
export { formatUncaught } from '../lang/typescript/uncaught.ts';
export { hintFor, missingModuleText, pythonError } from '../lang/hints.ts';
export { formatSocketTable } from './sockets-table.ts';
export { defineDiagramCommand } from '../notebook/terminal.ts';
export { TypeAhead } from './type-ahead.ts';
