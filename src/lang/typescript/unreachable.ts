// Which of the sockets a line made can nothing of the learner's reach any more? CPython's
// refcounting closes those at once (socket.__del__); JavaScript keeps them until a collection
// that the socket table itself prevents. So when a line ends, its sockets are looked for from
// the learner's variables (and the line's value, which the REPL keeps as `_`): through arrays,
// tuples, objects' own properties, Maps and Sets. What a walk cannot see, a closure's variables
// and private fields, is why lines that could hide a socket there are left alone (mayHideSockets),
// and why nothing is closed once the walk meets a function that makes functions or an instance of
// a class with private fields (_mayHold).
import { Socket } from '../../socket/index.ts';

// A walk that would visit more than this many objects gives up and closes nothing.
const _MAX_VISITS = 20_000;

/**
 * Code that could keep a socket where no walk sees it: a function or class (a closure, private
 * fields), a callback or task that runs later, a thread, a server object. The rewriter's own
 * arrows (__sl_drop, __sl_detach) count too: they mean a call left running.
 */
const _HIDING = /=>|\bfunction\b|\bclass\b|\bset(?:Timeout|Interval|Immediate)\b|\bqueueMicrotask\b|\bPromise\b|\.then\b|\.on\b|\bThread\b|_thread\b|\bProcess\b|\bsocketserver\b|\bmakefile\b|\bselectors?\b|\bWeak(?:Ref|Map|Set)\b/;

export function mayHideSockets(code: string): boolean {
  // (not the wrapper an awaiting line runs in: rewrite.ts)
  return _HIDING.test(code.startsWith(_ASYNC_LINE) ? code.slice(_ASYNC_LINE.length) : code);
}

const _ASYNC_LINE = '(async () => {';

const _toString = Function.prototype.toString;

/**
 * Could `x` hold a socket where no walk sees it? A function of the learner's that makes
 * functions (their closures may keep what it was given), or an instance of a class with
 * private fields (#sock). Then nothing is closed.
 */
function _mayHold(x: object): boolean {
  const fn = typeof x === 'function' ? x : (Object.getPrototypeOf(x) as { constructor?: unknown } | null)?.constructor;
  if (typeof fn !== 'function') return false;
  let text: string;
  try {
    text = _toString.call(fn);
  } catch {
    return true;
  }
  if (text.endsWith('{ [native code] }')) return false;
  if (typeof x !== 'function') return text.includes('#');
  const body = text.slice(Math.max(0, Math.min(...['{', '=>'].map((m) => text.indexOf(m)).filter((i) => i >= 0))) + 1);
  return /=>|\bfunction\b|\bclass\b/.test(body) || text.startsWith('class');
}

/** The sockets of `candidates` that no path from `roots` reaches (none when the walk gives up). */
export function unreachable(candidates: readonly Socket[], roots: readonly unknown[]): Socket[] {
  const left = new Set(candidates);
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0 && left.size > 0) {
    const x = stack.pop();
    if ((typeof x !== 'object' && typeof x !== 'function') || x === null || seen.has(x)) continue;
    if (seen.size >= _MAX_VISITS) return [];
    seen.add(x);
    if (x instanceof Socket) {
      left.delete(x);
      continue; // what a socket refers to is not the learner's
    }
    if (ArrayBuffer.isView(x)) continue;
    if (_mayHold(x)) return [];
    if (x instanceof Map) {
      for (const [k, v] of x) stack.push(k, v);
    } else if (x instanceof Set) {
      for (const v of x) stack.push(v);
    }
    for (const key of Reflect.ownKeys(x)) {
      const desc = Object.getOwnPropertyDescriptor(x, key);
      if (desc && 'value' in desc) stack.push(desc.value); // never a getter: it could run code
    }
  }
  return [...left];
}
