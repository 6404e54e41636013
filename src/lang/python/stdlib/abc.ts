// Python's abc module as object-oriented tutorials use it: `class Handler(ABC)` with
// `@abstractmethod` methods a subclass must define. A class that still has an abstract method
// (its own, or one it inherits and does not override) cannot be instantiated: CPython's
// "Can't instantiate abstract class Shape with abstract methods area, perimeter".
// `class Handler(metaclass=ABCMeta)` is the same class (the one metaclass keyword check.ts takes).
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { store } from '../runtime/attributes.ts';
import { PyObject, native } from '../runtime/call.ts';
import { PyProperty } from '../runtime/property.ts';

/** call.ts's hook before a Python class is instantiated: the class's check of itself. */
const _ABSTRACT_CHECK = Symbol.for('socklab.python.abstractCheck');

const _isAbstract = (v: unknown): boolean =>
  (typeof v === 'function' || (typeof v === 'object' && v !== null)) && (v as { __isabstractmethod__?: unknown }).__isabstractmethod__ === true;

/** The names of cls's abstract methods (properties whose getter is one too), sorted as CPython lists them. */
function _abstractMethods(cls: Function): string[] {
  const names = new Set<string>();
  for (let p = cls.prototype as object | null; p && p !== _Abstract.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) names.add(name);
  }
  const proto = cls.prototype as Record<string, unknown>;
  return [...names].filter((n) => {
    const v = proto[n];
    return _isAbstract(v) || (v instanceof PyProperty && _isAbstract(v.fget));
  }).sort();
}

/**
 * What abc.ABC and `metaclass=ABCMeta` give a class: its instantiation checked for abstract
 * methods (a class statement with `metaclass=ABCMeta` has this base, not ABC: isinstance(x, ABC)
 * stays False, as in CPython).
 */
class _Abstract extends PyObject {
  static [_ABSTRACT_CHECK](cls: Function): void {
    const missing = _abstractMethods(cls);
    if (missing.length === 0) return;
    const s = missing.length === 1 ? '' : 's';
    throw new TypeError(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${missing.join(', ')}`);
  }
}

/** abc.ABC: a base whose subclasses are checked for abstract methods when instantiated. */
export class ABC extends _Abstract {}

/** abc.ABCMeta, the metaclass of ABC: shown as CPython shows it; as a class statement's metaclass, the base _Abstract (py.base). */
class ABCMeta {}
Object.defineProperty(ABCMeta, Symbol.for('socklab.python.classOf'), { value: _Abstract });
Object.defineProperty(_Abstract, pyRepr, { value: () => "<class 'object'>", configurable: true });

for (const [cls, name] of [[ABC, 'abc.ABC'], [ABCMeta, 'abc.ABCMeta']] as const) {
  (QUALIFIED_NAMES as Map<Function, string>).set(cls, name);
  Object.defineProperty(cls, pyRepr, { value: () => `<class '${name}'>`, configurable: true });
}

export function createAbcModule(): PyModule {
  return makeModule('abc', {
    ABC,
    ABCMeta,
    abstractmethod: native('abstractmethod', (a) => {
      store(a[0], '__isabstractmethod__', true);
      return a[0];
    }),
  });
}
