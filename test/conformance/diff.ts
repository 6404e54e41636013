// A small unified diff of two texts (line based, LCS), enough to show where a
// case's output departs from CPython's. Outputs are a few dozen lines, so the
// quadratic table is fine.

type _Op = { kind: ' ' | '-' | '+'; line: string };

function _lineOps(a: readonly string[], b: readonly string[]): _Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the longest common subsequence of a[i:] and b[j:].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: _Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ kind: '-', line: a[i]! });
      i++;
    } else {
      ops.push({ kind: '+', line: b[j]! });
      j++;
    }
  }
  return ops;
}

function _lines(text: string): string[] {
  // A final newline ends the last line; it does not start an empty one.
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/**
 * Unified diff of `expected` (lines marked `-`) against `actual` (lines marked `+`),
 * with `context` unchanged lines around each change. Returns '' when they are equal.
 */
export function unifiedDiff(
  expected: string,
  actual: string,
  labels: { expected: string; actual: string },
  context = 3,
): string {
  if (expected === actual) return '';
  const ops = _lineOps(_lines(expected), _lines(actual));
  const changed = ops.map((op) => op.kind !== ' ');
  const keep = ops.map((_, k) => {
    for (let d = -context; d <= context; d++) if (changed[k + d]) return true;
    return false;
  });
  const out = [`--- ${labels.expected}`, `+++ ${labels.actual}`];
  let aLine = 1;
  let bLine = 1;
  let k = 0;
  while (k < ops.length) {
    if (!keep[k]) {
      if (ops[k]!.kind !== '+') aLine++;
      if (ops[k]!.kind !== '-') bLine++;
      k++;
      continue;
    }
    const start = k;
    const hunkA = aLine;
    const hunkB = bLine;
    const body: string[] = [];
    while (k < ops.length && keep[k]) {
      const op = ops[k]!;
      body.push(`${op.kind}${op.line}`);
      if (op.kind !== '+') aLine++;
      if (op.kind !== '-') bLine++;
      k++;
    }
    const aCount = ops.slice(start, k).filter((op) => op.kind !== '+').length;
    const bCount = ops.slice(start, k).filter((op) => op.kind !== '-').length;
    out.push(`@@ -${hunkA},${aCount} +${hunkB},${bCount} @@`, ...body);
  }
  return out.join('\n');
}
