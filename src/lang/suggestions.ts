// CPython 3.11's "Did you mean: ...?" for NameError and AttributeError (Python/suggestions.c):
// a Levenshtein distance where a case flip costs 1 and any other edit 2, and a candidate is only
// offered when no more than about a third of the characters involved need changing.

const _MAX_CANDIDATE_ITEMS = 750;
const _MAX_STRING_SIZE = 40;
const _MOVE_COST = 2;
const _CASE_COST = 1;

function _substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return _MOVE_COST; // not the same letter, not a case flip
  if (a === b) return 0;
  const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  return lower(a) === lower(b) ? _CASE_COST : _MOVE_COST;
}

/** suggestions.c's levenshtein_distance: max_cost + 1 once the distance is known to exceed it. */
export function levenshteinDistance(left: string, right: string, maxCost: number): number {
  if (left === right) return 0;
  let a = Buffer.from(left, 'utf8');
  let b = Buffer.from(right, 'utf8');
  // Trim away common affixes.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * _MOVE_COST;
  if (a.length > _MAX_STRING_SIZE || b.length > _MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a]; // the shorter one is the buffer
  if ((b.length - a.length) * _MOVE_COST > maxCost) return maxCost + 1;

  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * _MOVE_COST);
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex]!;
    let distance = (result = bIndex * _MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + _substitutionCost(code, a[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + _MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1; // everything in this row is too big
  }
  return result;
}

/** suggestions.c's calculate_suggestions: the closest of `candidates` to `name`, if close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length >= _MAX_CANDIDATE_ITEMS) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    // No more than 1/3 of the involved characters should need changing; don't take matches already beaten.
    const itemSize = Buffer.byteLength(item, 'utf8');
    const nameSize = Buffer.byteLength(name, 'utf8');
    const maxDistance = Math.min(Math.floor(((nameSize + itemSize + 3) * _MOVE_COST) / 6), bestDistance - 1);
    const distance = levenshteinDistance(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (best === undefined || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Like offer_suggestions_for_name_error, which looks in the frame's locals, then its globals,
 * then the builtins: the first group that has a close name wins.
 */
export function suggestName(name: string, groups: ReadonlyArray<readonly string[]>): string | undefined {
  for (const group of groups) {
    const found = closestName(name, group);
    if (found !== undefined) return found;
  }
  return undefined;
}
