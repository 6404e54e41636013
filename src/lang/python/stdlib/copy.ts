// Python's copy module: copy() (shallow) and deepcopy(), written in Python and run once by the
// first import, as dataclasses is. It is written from the library documentation (copy, and
// pickle's description of __reduce__) and python3 3.11's behaviour: a class's __copy__,
// __deepcopy__(memo), __reduce_ex__(4)/__reduce__, __getstate__/__setstate__ and __slots__ are
// used when python3 would use them, and deepcopy's memo (id() to copy, plus the list that keeps
// the originals alive) keeps shared and cyclic references shared in the copy. socklab has no
// object.__reduce_ex__ nor object.__getstate__, so natives stand in: _new(cls) makes a Python
// class's instance without running __init__ (copyreg.__newobj__), _user_reduce(x, proto) calls the
// class's own __reduce_ex__/__reduce__ or gives None, _user_getstate(x) its own __getstate__,
// _bind(function, self) makes a bound method.
// socklab's own containers (OrderedDict, defaultdict, Counter, deque, namedtuples,
// SimpleNamespace) are copied as their reductions would rebuild them. Left out: copyreg's
// dispatch table (socklab has no copyreg).
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { PY_CLASS, bindMethod, invoke, native } from '../runtime/call.ts';
import { userMethod } from '../runtime/dunders.ts';
import { PyDict } from '../runtime/values.ts';
import { store } from '../runtime/attributes.ts';

const _isPythonClass = (cls: unknown): boolean => typeof cls === 'function' && !!(cls as unknown as Record<symbol, unknown>)[PY_CLASS];

/** The natives COPY_SOURCE runs with, seeded into its namespace. */
export function copyHelpers(): Record<string, unknown> {
  return {
    _is_python_class: native('_is_python_class', (a) => _isPythonClass(a[0])),
    _new: native('_new', (a) => {
      const cls = a[0];
      if (!_isPythonClass(cls)) throw new TypeError(`cannot pickle '${pyTypeName(cls)}' object`);
      const own = userMethod(Object.create((cls as Function).prototype), '__new__');
      if (own) return invoke(own, cls, [cls], undefined);
      return Reflect.construct(cls as Function, []);
    }),
    _user_getstate: native('_user_getstate', async (a) => {
      const getstate = userMethod(a[0], '__getstate__');
      return getstate ? tuple(await invoke(getstate, a[0], [], undefined)) : null;
    }),
    // y.__dict__.update(state): socklab's __dict__ is a view, so the state's items are stored as
    // attributes directly (no __setattr__ runs, as with CPython's dict update).
    _update_dict: native('_update_dict', (a) => {
      const [y, state] = a;
      if (!(state instanceof PyDict)) throw new TypeError(`'${pyTypeName(state)}' object is not a mapping`);
      for (const [k, v] of state.entries()) store(y, String(k), v);
      return null;
    }),
    // types.MethodType(function, self): socklab's method type cannot be called to make one.
    _bind: native('_bind', (a) => bindMethod(a[0] as Function, a[1])),
    _user_reduce: native('_user_reduce', (a) => {
      const reduce = userMethod(a[0], '__reduce_ex__') ?? userMethod(a[0], '__reduce__');
      if (!reduce) return null;
      return invoke(reduce, a[0], reduce.name === '__reduce_ex__' ? [a[1]] : [], undefined);
    }),
  };
}

export const COPY_SOURCE = String.raw`import types as _types
import collections as _collections

class Error(Exception):
    pass

error = Error

# Values no copy can tell apart from the original: both copy() and deepcopy() return them.
_KEPT = {type(None), int, float, bool, str, bytes, range, type, type(lambda: None), type(len),
         type(Ellipsis), type(NotImplemented), property}
# copy() also keeps immutable containers; deepcopy() copies their elements.
_KEPT_BY_COPY = _KEPT | {tuple, frozenset}

_SHALLOW = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}

# Builtin bases whose value a subclass instance is rebuilt from, as __getnewargs__ gives it.
_VALUE_BASES = (int, float, str, bytes, tuple, frozenset)

def _same(value):
    return value

def _slot_values(x):
    # The slots, in method-resolution order, that hold a value, as object.__getstate__ lists them.
    found = {}
    for klass in type(x).__mro__:
        declared = getattr(klass, '__dict__', {}).get('__slots__', ())
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            if name not in found and hasattr(x, name):
                found[name] = getattr(x, name)
    return found

def _instance_state(x):
    own = _user_getstate(x)
    if own is not None:
        return own[0]
    attributes = getattr(x, '__dict__', None) or None
    slots = _slot_values(x)
    return (attributes, slots) if slots else attributes

def _make(cls, *value):
    return cls.__new__(cls, *value) if value else _new(cls)

def _recipe(x, kind):
    """What x's class says rebuilds x (a __reduce__ value), or None for socklab's own types."""
    if not _is_python_class(kind):
        return None
    given = _user_reduce(x, 4)
    if given is not None:
        return given
    args = (kind,)
    for base in _VALUE_BASES:
        if isinstance(x, base):
            args = (kind, base(x))
            break
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    return (_make, args, _instance_state(x), items, pairs)

def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        _update_dict(y, state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)

def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # Follows the __reduce__ protocol: y = func(*args), then its state, then the items to append
    # and the pairs to store. Deeply, y is in the memo before its parts are copied, so a part
    # that refers back to x gets y.
    convert = _same if memo is None else (lambda part: deepcopy(part, memo))
    if memo is not None and args:
        args = convert(args)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, convert(state))
    if listiter is not None:
        for item in listiter:
            y.append(convert(item))
    if dictiter is not None:
        for key, value in dictiter:
            y[convert(key)] = convert(value)
    return y

def _socklab_container(x, kind, memo):
    # socklab's own containers, built again as their __reduce__ would build them.
    convert = _same if memo is None else (lambda part: deepcopy(part, memo))
    if isinstance(x, tuple):
        return kind(*[convert(item) for item in x])
    if isinstance(x, (set, frozenset)):
        return kind(convert(item) for item in x)
    if isinstance(x, _types.SimpleNamespace):
        fresh = _types.SimpleNamespace()
        if memo is not None:
            memo[id(x)] = fresh
        for name, value in vars(x).items():
            setattr(fresh, name, convert(value))
        return fresh
    if isinstance(x, _collections.deque):
        fresh = kind(maxlen=x.maxlen)
        if memo is not None:
            memo[id(x)] = fresh
        fresh.extend(convert(item) for item in x)
        return fresh
    if isinstance(x, dict):
        fresh = kind(x.default_factory) if isinstance(x, _collections.defaultdict) else kind()
        if memo is not None:
            memo[id(x)] = fresh
        for key, value in x.items():
            fresh[convert(key)] = convert(value)
        return fresh
    raise TypeError(f"cannot pickle '{kind.__name__}' object")

def _from_recipe(x, kind, memo):
    recipe = _recipe(x, kind)
    if recipe is None:
        return _socklab_container(x, kind, memo)
    if isinstance(recipe, str):
        # A reduction naming a global: the object is its own copy.
        return x
    if not hasattr(type(recipe), '__iter__'):
        # python3 unpacks the reduction into a call after two other arguments.
        raise TypeError('Value after * must be an iterable, not ' + type(recipe).__name__)
    return _rebuild(x, memo, *recipe)

def copy(x):
    """A new object of x's type holding the same parts as x (immutable values are returned as
    they are)."""
    kind = type(x)
    if kind in _KEPT_BY_COPY or issubclass(kind, type):
        return x
    builtin = _SHALLOW.get(kind)
    if builtin is not None:
        return builtin(x)
    own = getattr(kind, '__copy__', None)
    if own is not None:
        return own(x)
    return _from_recipe(x, kind, None)

def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result

def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result

def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list) was copied while its items were.
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)

def _deep_method(x, memo):
    return _bind(x.__func__, deepcopy(x.__self__, memo))

_DEEP = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple, bytearray: lambda x, memo: bytearray(x)}

def _method_type():
    class _Probe:
        def probe(self):
            pass
    return type(_Probe().probe)

_DEEP[_method_type()] = _deep_method

def deepcopy(x, memo=None, _nil=[]):
    """A copy of x whose parts are copies too, each copied once: memo maps id() of what was
    already copied to its copy."""
    if memo is None:
        memo = {}
    key = id(x)
    known = memo.get(key, _nil)
    if known is not _nil:
        return known
    kind = type(x)
    if kind in _KEPT or issubclass(kind, type):
        return x
    builtin = _DEEP.get(kind)
    if builtin is not None:
        y = builtin(x, memo)
    else:
        own = getattr(x, '__deepcopy__', None)
        y = own(memo) if own is not None else _from_recipe(x, kind, memo)
    if y is not x:
        memo[key] = y
        # The memo holds the originals too, so no id() in it is reused while it lives.
        memo.setdefault(id(memo), []).append(x)
    return y
`;
