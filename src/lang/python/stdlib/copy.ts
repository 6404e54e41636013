// Python's copy module (Lib/copy.py, CPython 3.11), written in Python and run once by the first
// import, as dataclasses is: copy() and deepcopy() dispatch on the type as CPython's do, so a
// class's __copy__/__deepcopy__(memo), __getstate__/__setstate__ and __reduce_ex__ are called when
// CPython would call them, and deepcopy's memo (keyed by id()) keeps shared and cyclic references
// shared in the copy. socklab has no object.__new__, so two native helpers stand in for
// object.__reduce_ex__(4): _new(cls) makes a Python class's instance without __init__ (as
// copyreg.__newobj__), _user_reduce(x, proto) calls the class's own __reduce_ex__/__reduce__ or
// gives None. socklab's own containers (OrderedDict, defaultdict, Counter, deque, namedtuples,
// SimpleNamespace) are copied as their reductions would rebuild them.
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { PY_CLASS, invoke, native } from '../runtime/call.ts';
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

_FunctionType = type(lambda: None)
_BuiltinType = type(len)

def _copy_immutable(x):
    return x

_copy_dispatch = {}
for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, _FunctionType, _BuiltinType, type(Ellipsis), type(NotImplemented), property):
    _copy_dispatch[t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy

def _state(x):
    own = _user_getstate(x)
    if own is not None:
        return own[0]
    state = getattr(x, '__dict__', None)
    return state if state else None

def _reduce(x, cls):
    rv = _user_reduce(x, 4)
    if rv is not None:
        return rv
    if not _is_python_class(cls):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return (_new, (cls,), _state(x), iter(x) if isinstance(x, list) else None, iter(x.items()) if isinstance(x, dict) else None)

def _native(x, cls, memo):
    # socklab's own containers, rebuilt as their __reduce__ would rebuild them.
    deep = memo is not None
    c = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    if isinstance(x, dict) or isinstance(x, _collections.deque):
        if isinstance(x, _collections.defaultdict):
            y = cls(x.default_factory)
        elif isinstance(x, _collections.deque):
            y = cls(maxlen=x.maxlen)
        else:
            y = cls()
        if deep:
            memo[id(x)] = y
        if isinstance(x, dict):
            for key, value in x.items():
                y[c(key)] = c(value)
        else:
            y.extend(c(v) for v in x)
        return y
    if isinstance(x, tuple):
        return cls(*[c(v) for v in x])
    if isinstance(x, _types.SimpleNamespace):
        y = _types.SimpleNamespace()
        if deep:
            memo[id(x)] = y
        for key, value in vars(x).items():
            setattr(y, key, c(value))
        return y
    if isinstance(x, set):
        return cls(c(v) for v in x)
    raise TypeError(f"cannot pickle '{cls.__name__}' object")

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if not _is_python_class(cls):
        return _native(x, cls, None)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)

def _deepcopy_atomic(x, memo):
    return x

def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y

def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle is copied by the list or dict that reached it first.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x

def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y

_deepcopy_dispatch = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str, type, range, _BuiltinType, _FunctionType, property):
    _deepcopy_dispatch[t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif not _is_python_class(cls):
            y = _native(x, cls, memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                _update_dict(y, state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
`;
