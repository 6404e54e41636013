// Python's keywords, as the REPL completes them and namedtuple() refuses them as field names.
// (CPython's keyword.kwlist, KWLIST, also has async, await and yield, which the subset does not run.)
export const PYTHON_KEYWORDS: readonly string[] = ['False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with'];

/** CPython's keyword.kwlist: the keywords with async, await and yield. */
export const KWLIST: ReadonlySet<string> = new Set([...PYTHON_KEYWORDS, 'async', 'await', 'yield']);
