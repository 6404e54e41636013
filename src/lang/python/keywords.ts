// Python's keywords (CPython 3.11's keyword.kwlist, in its order), as the REPL completes them,
// help('keywords') lists them and namedtuple() refuses them as field names.
export const PYTHON_KEYWORDS: readonly string[] = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'];

/** keyword.kwlist as a set. */
export const KWLIST: ReadonlySet<string> = new Set(PYTHON_KEYWORDS);
