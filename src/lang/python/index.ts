// The Python front end (DESIGN.md §6): Python source → parse (Lezer) → check the subset → emit
// JavaScript calling a runtime of Python's semantics → run, on socklab's own socket module.
//
// Session API (for `socklab run`, the REPL and the Jupyter kernel):
//
//   const session = createPythonSession({ write, writeErr, readLine, space, argv });
//   const r = await session.exec(source, { signal, mode: 'exec' | 'single', filename });
//   // r = { ok, value, valueRepr, error: { type, traceback, exception, exitCode } }
//   session.isComplete(source)   // 'complete' | 'incomplete' | 'invalid' (CPython's codeop rule)
//   session.names()              // names defined so far (globals, then builtins), for completion
//   session.translate(source)    // the JavaScript/TypeScript the source becomes
//
// Globals persist across exec() calls. In 'single' mode (the REPL's), the value of a top-level
// expression statement is returned (None is not: nothing to show), not printed. `signal` aborts
// whatever runs (a blocking socket call, time.sleep, a spinning loop) with KeyboardInterrupt.
// exec() never throws: errors come back with CPython's traceback text.
export { createPythonSession, PythonSession, formatTraceback, formatSyntaxError } from './session.ts';
export type { PythonSessionOptions, ExecOptions, ExecResult, PythonError, Compiled } from './session.ts';
export { runPythonFile, translatePythonFile } from './run.ts';
