// Python's contextlib (Lib/contextlib.py, CPython 3.11), the parts socket tutorials use:
// @contextmanager (a generator function whose one yield is the with-block), @asynccontextmanager
// (its async generator's, for `async with`), closing(thing)
// (thing.close() on the way out) and suppress(*exceptions), plus nullcontext. __exit__ follows
// _GeneratorContextManager.__exit__: the block's exception is thrown in at the yield; the
// generator swallowing it means the with statement does too, and a generator that yields twice is
// CPython's RuntimeError.
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { invokeAttribute } from '../runtime/attributes.ts';
import { invoke, native } from '../runtime/call.ts';
import { isInstance } from '../runtime/builtins.ts';
import { RuntimeError, StopAsyncIteration, StopIteration } from '../runtime/exceptions.ts';
import { AsyncGenStep, PyAsyncGenerator, PyCoroutine, PyGenerator } from '../runtime/generator.ts';
import { addressOf } from '../runtime/ids.ts';
import { isNone } from '../runtime/values.ts';

type _Method = (this: never, args: unknown[]) => unknown;

/** Puts Python methods (native functions: Python's arguments, `this` the object) on a class. */
function _methods(cls: Function, methods: Record<string, _Method>): void {
  for (const [name, fn] of Object.entries(methods)) Object.defineProperty(cls.prototype, name, { value: native(name, fn as never), configurable: true });
}

/** What @contextmanager's function returns when called: a context manager over its generator. */
export class GeneratorContextManager {
  constructor(readonly gen: unknown) {}
  [pyRepr](): string {
    return `<contextlib._GeneratorContextManager object at ${addressOf(this)}>`;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(GeneratorContextManager, 'contextlib._GeneratorContextManager');

function _generator(cm: GeneratorContextManager): PyGenerator {
  if (!(cm.gen instanceof PyGenerator)) throw new TypeError(`'${String((cm.gen as object)?.constructor?.name)}' object is not an iterator`);
  return cm.gen;
}

_methods(GeneratorContextManager, {
  async __enter__(this: GeneratorContextManager) {
    try {
      return await _generator(this)._send(null);
    } catch (e) {
      if (e instanceof StopIteration) throw new RuntimeError("generator didn't yield");
      throw e;
    }
  },
  async __exit__(this: GeneratorContextManager, a: unknown[]) {
    const gen = _generator(this);
    const [type, value] = a;
    if (isNone(type) || type === undefined) {
      try {
        await gen._send(null);
      } catch (e) {
        if (e instanceof StopIteration) return false;
        throw e;
      }
      throw new RuntimeError("generator didn't stop");
    }
    const exc = isNone(value) || value === undefined ? await invoke(type, undefined, [], undefined) : value;
    try {
      await gen._throw(exc);
    } catch (e) {
      // The generator swallowed the exception (StopIteration), or let it through (the same one).
      if (e instanceof StopIteration) return e !== exc;
      if (e === exc) return false;
      // PEP 479: a StopIteration thrown in comes back as RuntimeError caused by it.
      if (e instanceof RuntimeError && (e as { __cause__?: unknown }).__cause__ === exc) return false;
      throw e;
    }
    throw new RuntimeError("generator didn't stop after throw()");
  },
});

/** What @asynccontextmanager's function returns when called: an async context manager over its async generator. */
export class AsyncGeneratorContextManager {
  constructor(readonly gen: unknown) {}
  [pyRepr](): string {
    return `<contextlib._AsyncGeneratorContextManager object at ${addressOf(this)}>`;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(AsyncGeneratorContextManager, 'contextlib._AsyncGeneratorContextManager');
Object.defineProperty(AsyncGeneratorContextManager, 'name', { value: '_AsyncGeneratorContextManager' });

function _asyncGenerator(cm: AsyncGeneratorContextManager): PyAsyncGenerator {
  if (!(cm.gen instanceof PyAsyncGenerator)) throw new TypeError(`'${String((cm.gen as object)?.constructor?.name)}' object is not an async iterator`);
  return cm.gen;
}

/** A coroutine awaiting one step of an async generator, `onEnd` deciding what its end (or an exception) means. */
function _stepCoroutine(step: AsyncGenStep, name: string, onEnd: (value: unknown, error?: unknown) => unknown): PyCoroutine {
  return new PyCoroutine((async function* () {
    let value: unknown;
    try {
      value = yield* { [Symbol.asyncIterator]: () => step };
    } catch (e) {
      return onEnd(undefined, e);
    }
    return onEnd(value ?? null);
  })(), name);
}

_methods(AsyncGeneratorContextManager, {
  __aenter__(this: AsyncGeneratorContextManager) {
    const step = new AsyncGenStep(_asyncGenerator(this), { send: null }, 'async_generator_asend');
    return _stepCoroutine(step, '_AsyncGeneratorContextManager.__aenter__', (value, e) => {
      if (e instanceof StopAsyncIteration) throw new RuntimeError("generator didn't yield");
      if (e !== undefined) throw e;
      return value;
    });
  },
  async __aexit__(this: AsyncGeneratorContextManager, a: unknown[]) {
    const gen = _asyncGenerator(this);
    const [type, value] = a;
    if (isNone(type) || type === undefined) {
      return _stepCoroutine(new AsyncGenStep(gen, { send: null }, 'async_generator_asend'), '_AsyncGeneratorContextManager.__aexit__', (_v, e) => {
        if (e instanceof StopAsyncIteration) return false;
        if (e !== undefined) throw e;
        throw new RuntimeError("generator didn't stop");
      });
    }
    const exc = isNone(value) || value === undefined ? await invoke(type, undefined, [], undefined) : value;
    return _stepCoroutine(new AsyncGenStep(gen, { throw: exc }, 'async_generator_athrow'), '_AsyncGeneratorContextManager.__aexit__', (_v, e) => {
      if (e === undefined) throw new RuntimeError("generator didn't stop after athrow()");
      // The generator swallowed the exception (StopAsyncIteration), or let it through (the same one).
      if (e instanceof StopAsyncIteration) return e !== exc;
      if (e === exc) return false;
      if (e instanceof RuntimeError && (e as { __cause__?: unknown }).__cause__ === exc) return false;
      throw e;
    });
  },
});

/** contextlib.closing(thing): `with closing(urlopen(u)) as page:` closes it at the end. */
export class closing {
  constructor(readonly thing: unknown) {}
  [pyRepr](): string {
    return `<contextlib.closing object at ${addressOf(this)}>`;
  }
}
_methods(closing, {
  __enter__(this: closing) {
    return this.thing;
  },
  async __exit__(this: closing) {
    await invokeAttribute(this.thing, 'close', [], undefined);
    return null;
  },
});

/** contextlib.suppress(*exceptions): the listed exceptions end the with block silently. */
export class suppress {
  readonly exceptions: unknown[];
  constructor(...exceptions: unknown[]) {
    this.exceptions = exceptions;
  }
  [pyRepr](): string {
    return `<contextlib.suppress object at ${addressOf(this)}>`;
  }
}
_methods(suppress, {
  __enter__() {
    return null;
  },
  __exit__(this: suppress, a: unknown[]) {
    const exc = a[1];
    return !isNone(a[0]) && a[0] !== undefined && this.exceptions.some((cls) => isInstance(exc, cls));
  },
});

/** contextlib.nullcontext(enter_result=None): a with statement that does nothing. */
export class nullcontext {
  readonly enter_result: unknown;
  constructor(enterResult: unknown = null) {
    this.enter_result = enterResult ?? null;
  }
  [pyRepr](): string {
    return `<contextlib.nullcontext object at ${addressOf(this)}>`;
  }
}
_methods(nullcontext, {
  __enter__(this: nullcontext) {
    return this.enter_result;
  },
  __exit__() {
    return null;
  },
});

for (const cls of [closing, suppress, nullcontext]) (QUALIFIED_NAMES as Map<Function, string>).set(cls, `contextlib.${cls.name}`);

export function createContextlibModule(): PyModule {
  const contextmanager = native('contextmanager', (a) => {
    const func = a[0];
    // functools.wraps: the decorated function keeps its name.
    const name = String((func as { __name__?: unknown; name?: unknown })?.__name__ ?? (func as Function).name);
    const helper = native(name, async (args, kw) => new GeneratorContextManager(await invoke(func, undefined, args, kw)));
    Object.defineProperty(helper, '__wrapped__', { value: func });
    return helper;
  });
  const asynccontextmanager = native('asynccontextmanager', (a) => {
    const func = a[0];
    const name = String((func as { __name__?: unknown; name?: unknown })?.__name__ ?? (func as Function).name);
    const helper = native(name, async (args, kw) => new AsyncGeneratorContextManager(await invoke(func, undefined, args, kw)));
    Object.defineProperty(helper, '__wrapped__', { value: func });
    return helper;
  });
  return makeModule('contextlib', { contextmanager, asynccontextmanager, closing, suppress, nullcontext });
}
