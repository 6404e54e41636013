// globals() and locals(): the module's names as a dict. Module-level names live on the session's
// globals object (the translated code reads them through `with`), so globals() is a live view of
// that object, as CPython's is the module's own __dict__: `globals()['x'] = 1` binds x, and a
// name the program binds later shows up in it. A function's locals() is a snapshot of its bound
// locals (CPython's is a snapshot too: writing to it changes no variable).
import { getattrAwaited } from './attributes.ts';
import { dirOf } from './builtin-dir.ts';
import { native } from './call.ts';
import { AttributeError } from './exceptions.ts';
import { PyDict } from './values.ts';

/** How the translation spells a Python name in JavaScript (emit.ts: `default` → `default_`). */
export interface NameSpelling {
  jsName: (name: string) => string;
  pyName: (js: string) => string;
}

/** A dict whose items are an object's own properties: the module's namespace. */
class NamespaceDict extends PyDict {
  constructor(
    private readonly ns: Record<string, unknown>,
    private readonly spelling: NameSpelling,
  ) {
    super();
  }

  /** The JS property for a key: only a str names a variable. */
  private property(k: unknown): string | undefined {
    return typeof k === 'string' ? this.spelling.jsName(k) : undefined;
  }

  private visible(js: string): boolean {
    return js !== 'py' && !js.startsWith('$') && this.ns[js] !== undefined;
  }

  override get(k: unknown): unknown {
    const js = this.property(k);
    return js !== undefined && Object.hasOwn(this.ns, js) && this.visible(js) ? this.ns[js] : undefined;
  }

  override has(k: unknown): boolean {
    const js = this.property(k);
    return js !== undefined && Object.hasOwn(this.ns, js) && this.visible(js);
  }

  override set(k: unknown, v: unknown): this {
    const js = this.property(k);
    // A non-str key is legal in CPython's module dict but names no variable: it is kept aside.
    if (js === undefined) super.set(k, v);
    else this.ns[js] = v;
    return this;
  }

  override delete(k: unknown): boolean {
    const js = this.property(k);
    if (js === undefined) return super.delete(k);
    if (!this.has(k)) return false;
    delete this.ns[js];
    return true;
  }

  override clear(): void {
    for (const js of Object.keys(this.ns)) if (this.visible(js)) delete this.ns[js];
    super.clear();
  }

  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }

  override *entries(): MapIterator<[unknown, unknown]> {
    for (const js of Object.keys(this.ns)) if (this.visible(js)) yield [this.spelling.pyName(js), this.ns[js]];
    yield* super.entries();
  }

  override get size(): number {
    let n = super.size;
    for (const js of Object.keys(this.ns)) if (this.visible(js)) n++;
    return n;
  }
}

/** Whether d is globals(), a dict to Python (type(globals()) is dict). */
export const isNamespace = (d: unknown): boolean => d instanceof NamespaceDict;

/** Marks the builtin locals(), which a function's call site answers with its own variables. */
export const LOCALS_BUILTIN = Symbol.for('socklab.python.locals');
/** eval() and exec(): given a function's variables at a call inside it, the builtin for that frame. */
export const FRAME_BUILTIN = Symbol.for('socklab.python.frame');
/** eval() and exec(): given the class whose body calls them, the builtin for that namespace. */
export const CLASS_BUILTIN = Symbol.for('socklab.python.classFrame');

/** The builtins globals(), locals() and vars() of a session whose module names live on `ns`. */
export function namespaceBuiltins(ns: Record<string, unknown>, spelling: NameSpelling): Record<string, Function> {
  const view = new NamespaceDict(ns, spelling);
  const globals = native('globals', () => view);
  // At module level locals() is globals(); in a function the translation passes its variables.
  const locals = native('locals', () => view);
  // vars() is locals(); vars(x) is x.__dict__.
  const vars = native('vars', async (a) => {
    if (a.length === 0) return view;
    try {
      // A class's __getattribute__ or __getattr__ may answer (_PyObject_LookupAttr).
      return await getattrAwaited(a[0], '__dict__');
    } catch (e) {
      if (e instanceof AttributeError) throw new TypeError('vars() argument must have __dict__ attribute');
      throw e;
    }
  });
  // dir() is the sorted names of locals(); dir(x) is x's attributes.
  const dir = native('dir', (a) => (a.length === 0 ? [...view.keys()].sort() : dirOf(a[0])));
  for (const f of [locals, vars]) Object.defineProperty(f, LOCALS_BUILTIN, { value: (variables: Record<string, unknown>) => localsOf(variables, spelling.pyName) });
  Object.defineProperty(dir, LOCALS_BUILTIN, { value: (variables: Record<string, unknown>) => [...localsOf(variables, spelling.pyName).keys()].sort() });
  return { globals, locals, vars, dir };
}

/** A function's locals() from the translation: its variables that are bound, in their order. */
export function localsOf(variables: Record<string, unknown>, spelling: NameSpelling['pyName']): PyDict {
  const out = new PyDict();
  for (const [js, v] of Object.entries(variables)) if (v !== undefined) out.set(spelling(js), v);
  return out;
}
