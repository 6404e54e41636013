// BaseExceptionGroup's methods (Objects/exceptions.c, 3.11): subgroup(cond), split(cond) and
// derive(excs), and what `except* T` does with them (PEP 654). A condition is an exception type,
// a tuple of them, or a function of one exception; the groups they make keep the original's
// message, traceback, cause, context and notes, and its nesting.
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { invoke } from './call.ts';
import { BaseExceptionGroup, matches } from './exceptions.ts';
import { truthy } from './ops.ts';

type Condition = (e: unknown) => boolean | Promise<boolean>;

/** The condition subgroup() and split() are given, as a function; CPython's TypeError for anything else. */
export function conditionOf(cond: unknown): Condition {
  const isType = (c: unknown): boolean => typeof c === 'function' && (c.prototype instanceof Error || c === Error);
  if (isType(cond) || (isTuple(cond) && cond.every(isType))) return (e) => matches(e, cond);
  if (typeof cond === 'function') return async (e) => truthy(await invoke(cond, undefined, [e], undefined)) === true;
  throw new TypeError('expected a function, exception type or tuple of exception types');
}

/** eg.derive(excs): a group of the same message over other exceptions (a BaseExceptionGroup, or an ExceptionGroup if it can be). */
export function derive(eg: BaseExceptionGroup, excs: unknown[]): BaseExceptionGroup {
  return new BaseExceptionGroup(eg.egMessage, excs);
}

/** A derived group keeps the original's traceback, cause, context and notes (exceptions.c exceptiongroup_split_recursive). */
export function keepMetadata(from: Error, to: BaseExceptionGroup): BaseExceptionGroup {
  to.stack = from.stack;
  for (const key of Object.getOwnPropertySymbols(from)) {
    const d = Object.getOwnPropertyDescriptor(from, key)!;
    Object.defineProperty(to, key, d);
  }
  for (const key of ['__cause__', '__context__', '__notes__']) {
    if (Object.hasOwn(from, key)) Object.defineProperty(to, key, { value: (from as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  }
  return to;
}

/** `except* T` of an exception not in a group: it, in a group with no message that has its traceback. */
export function wrapNaked(exc: Error): BaseExceptionGroup {
  return keepMetadata(exc, new BaseExceptionGroup('', tuple(exc)));
}

/** split(cond): the part that matches and the rest, each None (null) when empty. */
export async function split(exc: unknown, cond: Condition): Promise<[unknown, unknown]> {
  if (await cond(exc)) return [exc, null];
  if (!(exc instanceof BaseExceptionGroup)) return [null, exc];
  const matched: unknown[] = [];
  const rest: unknown[] = [];
  for (const e of exc.exceptions) {
    const [m, r] = await split(e, cond);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  const made = (excs: unknown[]): unknown => excs.length === 0 ? null : keepMetadata(exc, derive(exc, excs));
  return [made(matched), made(rest)];
}

/** The Python methods of a group, by name: `this` is the group, `a` Python's arguments. */
export const GROUP_METHODS: Record<string, (eg: BaseExceptionGroup, a: unknown[]) => unknown> = {
  subgroup: async (eg, a) => (await split(eg, conditionOf(a[0])))[0],
  split: async (eg, a) => tuple(...(await split(eg, conditionOf(a[0])))),
  derive: (eg, a) => {
    const excs = a[0];
    if (!Array.isArray(excs)) throw new TypeError('second argument (exceptions) must be a sequence');
    return derive(eg, [...excs]);
  },
};
