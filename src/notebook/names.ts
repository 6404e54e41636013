// Names for completion and inspection, read from values without running the learner's code
// (properties only; getters on sockets are free of side effects, DESIGN §3).
import type { Completion } from './language.ts';

const _CHAIN = /((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)?$/;

/**
 * Completion of the word before the cursor: `names(undefined)` for a bare word, `names('s')`
 * for `s.re|`. Names starting with `_` only when the word does.
 */
export function completeWord(code: string, cursor: number, names: (chain: string | undefined) => string[]): Completion {
  const m = _CHAIN.exec(code.slice(0, cursor))!;
  const chain = m[1] ?? '';
  const word = m[2] ?? '';
  const candidates = names(chain === '' ? undefined : chain.slice(0, -1));
  const matches = [...new Set(candidates)].filter((n) => n.startsWith(word) && (word.startsWith('_') || !n.startsWith('_'))).sort();
  return { matches, cursor_start: cursor - word.length, cursor_end: cursor };
}

/** The dotted name under the cursor (`s.recv` in `s.re|cv(1024)`), or ''. */
export function nameAt(code: string, cursor: number): string {
  const left = /((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)?$/.exec(code.slice(0, cursor))?.[1] ?? '';
  const right = /^[\w$]*/.exec(code.slice(cursor))![0];
  return `${left}${right}`;
}

/** A value by its dotted name under `root`. */
export function resolveName(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const name of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    try {
      value = (value as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
  }
  return value;
}

/** Every property name along the prototype chain (not Object's or Function's own). */
export function attributeNames(value: unknown): string[] {
  const names: string[] = [];
  let obj: unknown = value === null || value === undefined ? value : Object(value);
  for (let depth = 0; obj !== null && obj !== undefined && obj !== Object.prototype && obj !== Function.prototype && depth < 8; depth++) {
    for (const key of Reflect.ownKeys(obj as object)) if (typeof key === 'string' && key !== 'constructor') names.push(key);
    obj = Object.getPrototypeOf(obj);
  }
  return names;
}
