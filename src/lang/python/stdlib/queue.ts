// Python's queue module (Lib/queue.py, CPython 3.11): Queue, LifoQueue, PriorityQueue (heapq's
// sift order, so equal priorities come out as CPython's do) and SimpleQueue, with queue.Empty and
// queue.Full. A thread here is a task on the event loop, so a blocking get()/put() waits as a
// Promise (modules/wait.ts, as threading's Lock and Event do): the other tasks run meanwhile, a
// timeout ends the wait, and Ctrl+C interrupts it.
import { Exception, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { waitUntil } from '../../../modules/wait.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt as _arg, native, takesValues } from '../runtime/call.ts';
import * as ops from '../runtime/ops.ts';
import { intValue, isNone, realValue } from '../runtime/values.ts';

/** queue.Empty (CPython's comes from _queue). */
export class Empty extends Exception {}
/** queue.Full */
export class Full extends Exception {}
(QUALIFIED_NAMES as Map<Function, string>).set(Empty, '_queue.Empty');
(QUALIFIED_NAMES as Map<Function, string>).set(Full, 'queue.Full');

type _Kind = 'Queue' | 'LifoQueue' | 'PriorityQueue' | 'SimpleQueue';

let _serial = 0;

/** The waiters of one condition (not_empty, not_full, all_tasks_done): wake them all on a change. */
class _Waiters {
  private readonly wakes = new Set<() => void>();
  arm = (wake: () => void): (() => void) => {
    this.wakes.add(wake);
    return () => this.wakes.delete(wake);
  };
  notify(): void {
    for (const wake of [...this.wakes]) wake();
  }
}

/** How long a blocking call may wait: CPython's checks of `timeout`. */
function _deadline(timeout: unknown): number | null {
  if (isNone(timeout)) return null;
  const t = realValue(timeout);
  if (t < 0) throw new ValueError("'timeout' must be a non-negative number");
  return performance.now() + t * 1000;
}

function _remaining(deadline: number | null): number | null {
  return deadline === null ? null : Math.max(0, (deadline - performance.now()) / 1000);
}

/** heapq._siftdown(heap, 0, pos): the item at pos moves up while it is smaller than its parent. */
function _siftdown(q: unknown[], pos: number): void {
  const item = q[pos];
  while (pos > 0) {
    const parentpos = (pos - 1) >> 1;
    if (!ops.lt(item, q[parentpos])) break;
    q[pos] = q[parentpos];
    pos = parentpos;
  }
  q[pos] = item;
}

class _Queue {
  readonly items: unknown[] = [];
  readonly maxsize: number;
  unfinished_tasks = 0;
  private readonly notEmpty = new _Waiters();
  private readonly notFull = new _Waiters();
  private readonly allDone = new _Waiters();
  private readonly id = 0x7f0000200000 + (++_serial) * 0x40;

  constructor(readonly kind: _Kind, maxsize: unknown) {
    this.maxsize = kind === 'SimpleQueue' || isNone(maxsize) ? 0 : Number(intValue(maxsize));
  }

  _full(): boolean {
    return this.maxsize > 0 && this.items.length >= this.maxsize;
  }

  async _put(item: unknown, block: boolean, timeout: unknown): Promise<null> {
    if (this.kind !== 'SimpleQueue' && this.maxsize > 0) {
      if (!block) {
        if (this._full()) throw new Full();
      } else {
        const deadline = _deadline(timeout);
        while (this._full()) {
          const woke = await waitUntil(this.notFull.arm, _remaining(deadline));
          if (!woke && this._full()) throw new Full();
        }
      }
    }
    this.push(item);
    if (this.kind !== 'SimpleQueue') this.unfinished_tasks += 1;
    this.notEmpty.notify();
    return null;
  }

  async _get(block: boolean, timeout: unknown): Promise<unknown> {
    if (!block) {
      if (this.items.length === 0) throw new Empty();
    } else {
      const deadline = _deadline(timeout);
      while (this.items.length === 0) {
        const woke = await waitUntil(this.notEmpty.arm, _remaining(deadline));
        if (!woke && this.items.length === 0) throw new Empty();
      }
    }
    const item = this.pop();
    this.notFull.notify();
    return item;
  }

  taskDone(): null {
    if (this.unfinished_tasks <= 0) throw new ValueError('task_done() called too many times');
    this.unfinished_tasks -= 1;
    if (this.unfinished_tasks === 0) this.allDone.notify();
    return null;
  }

  async _join(): Promise<null> {
    while (this.unfinished_tasks > 0) await waitUntil(this.allDone.arm, null);
    return null;
  }

  private push(item: unknown): void {
    const q = this.items;
    q.push(item);
    // heapq.heappush: _siftdown(heap, 0, len(heap) - 1)
    if (this.kind === 'PriorityQueue') _siftdown(q, q.length - 1);
  }

  private pop(): unknown {
    const q = this.items;
    if (this.kind === 'LifoQueue') return q.pop();
    if (this.kind !== 'PriorityQueue') return q.shift();
    // heapq.heappop: the last item goes to the root, then _siftup as heapq.py does it.
    const last = q.pop();
    if (q.length === 0) return last;
    const top = q[0];
    q[0] = last;
    const end = q.length;
    let pos = 0;
    const newitem = q[0];
    let child = 1;
    while (child < end) {
      const right = child + 1;
      if (right < end && !ops.lt(q[child], q[right])) child = right;
      q[pos] = q[child];
      pos = child;
      child = 2 * pos + 1;
    }
    q[pos] = newitem;
    _siftdown(q, pos);
    return top;
  }

  [pyRepr](): string {
    return `<${this.kind === 'SimpleQueue' ? '_queue' : 'queue'}.${this.kind} object at 0x${this.id.toString(16)}>`;
  }
}

const _flag = (x: unknown): boolean => (x === undefined ? true : ops.truthy(x));

const _methods: Record<string, (q: _Queue, a: unknown[], kw: Record<string, unknown> | undefined) => unknown> = {
  put: (q, a, kw) => q._put(_arg(a, kw, 0, 'item'), _flag(_arg(a, kw, 1, 'block')), _arg(a, kw, 2, 'timeout')),
  put_nowait: (q, a, kw) => q._put(_arg(a, kw, 0, 'item'), false, null),
  get: (q, a, kw) => q._get(_flag(_arg(a, kw, 0, 'block')), _arg(a, kw, 1, 'timeout')),
  get_nowait: (q) => q._get(false, null),
  qsize: (q) => q.items.length,
  empty: (q) => q.items.length === 0,
  full: (q) => q._full(),
  task_done: (q) => q.taskDone(),
  join: (q) => q._join(),
};
const _SIMPLE = ['put', 'put_nowait', 'get', 'get_nowait', 'qsize', 'empty'];

function _class(kind: _Kind): Function {
  const cls = { [kind]: class extends _Queue {
    constructor(maxsize?: unknown, options?: { maxsize?: unknown }) {
      super(kind, typeof maxsize === 'object' && maxsize !== null ? (maxsize as { maxsize?: unknown }).maxsize : maxsize ?? options?.maxsize);
    }
  } }[kind]!;
  for (const [name, fn] of Object.entries(_methods)) {
    if (kind === 'SimpleQueue' && !_SIMPLE.includes(name)) continue;
    Object.defineProperty(cls.prototype, name, {
      // put(item) takes the item as it is (an iterable Python object is put, not its items).
      value: (name.startsWith('put') ? takesValues : <F>(f: F) => f)(native(name, function (this: _Queue, a, kw) { return fn(this, a, kw); })),
      writable: true,
      configurable: true,
    });
  }
  (QUALIFIED_NAMES as Map<Function, string>).set(cls, `${kind === 'SimpleQueue' ? '_queue' : 'queue'}.${kind}`);
  return cls;
}

export function createQueueModule(): PyModule {
  return makeModule('queue', {
    Queue: _class('Queue'),
    LifoQueue: _class('LifoQueue'),
    PriorityQueue: _class('PriorityQueue'),
    SimpleQueue: _class('SimpleQueue'),
    Empty,
    Full,
  });
}
