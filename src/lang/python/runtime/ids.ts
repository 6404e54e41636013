// id(x) and the address in a repr (`<__main__.A object at 0x7f…>`, `<function f at 0x7f…>`): one
// number per object for its lifetime, as CPython's id() is the address its reprs show.
const _ids = new WeakMap<object, number>();
let _nextId = 0x1000;

/** id(x) of an object (or function): stable for its lifetime, distinct from every other's. */
export function objectId(x: object): number {
  let id = _ids.get(x);
  if (id === undefined) _ids.set(x, (id = (_nextId += 0x30)));
  return id;
}

/** The address a repr shows for x, `0x7f…` as on 64-bit Linux. */
export const addressOf = (x: object): string => `0x7f${objectId(x).toString(16).padStart(10, '0')}`;
