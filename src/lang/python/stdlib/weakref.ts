// Python's weakref module (Lib/weakref.py over Modules/_weakref.c, CPython 3.11), written in
// Python and run once by the first import, as textwrap is: ref (ReferenceType, one shared ref per
// object when there is no callback, as CPython's), WeakValueDictionary, WeakKeyDictionary, WeakSet
// and finalize, with CPython's reprs and the TypeError for objects that cannot be weakly referenced.
//
// Where socklab differs: CPython frees an object the moment its last strong reference goes (`del
// obj`), and then `r()` is None, the entry leaves a WeakValueDictionary and callbacks run.
// JavaScript's garbage collector frees memory at no moment a program can predict, so these weak
// references hold their objects alive instead: `r()` keeps answering the object, entries stay,
// callbacks and finalize(...) run only when called, never at exit (atexit). A one-time note says
// so when the module is imported. weakref.proxy is not here.
export const WEAKREF_SOURCE = String.raw`__all__ = ['ref', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType', 'WeakValueDictionary', 'WeakSet', 'finalize']

_REFUSED = (int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset, bool, type(None))
_refs = {}

def _check(obj):
    if isinstance(obj, _REFUSED):
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)

class ReferenceType:
    __module__ = 'weakref'

    def __new__(cls, obj, callback=None):
        _check(obj)
        shared = _refs.get(id(obj))
        if callback is None and cls is ReferenceType and shared is not None:
            return shared
        self = super(ReferenceType, cls).__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        if callback is None and cls is ReferenceType:
            _refs[id(obj)] = self
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(self._obj).__name__, id(self._obj))

ref = ReferenceType

def getweakrefcount(obj):
    return 1 if id(obj) in _refs else 0

def getweakrefs(obj):
    shared = _refs.get(id(obj))
    return [] if shared is None else [shared]

class WeakValueDictionary:
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        r = self.data.get(key)
        return default if r is None else r()

    def keys(self):
        return list(self.data)

    def values(self):
        return [r() for r in self.data.values()]

    def items(self):
        return [(k, r()) for k, r in self.data.items()]

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def pop(self, key, *args):
        if key in self.data:
            return self.data.pop(key)()
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        key, r = self.data.popitem()
        return key, r()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()

class WeakKeyDictionary:
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter([wr() for wr in self.data])

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return [wr() for wr in self.data]

    def values(self):
        return list(self.data.values())

    def items(self):
        return [(wr(), v) for wr, v in self.data.items()]

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

class WeakSet:
    __module__ = '_weakrefset'

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        return self.data.pop()()

    def clear(self):
        self.data.clear()

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter([wr() for wr in self.data])

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        return WeakSet(self)

class finalize:
    """Class for finalization of weakrefable objects."""

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._obj = obj
        self._call = (func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        if self._call is not None:
            func, args, kwargs = self._call
            self._call = None
            return func(*args, **kwargs)

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None"""
        if self._call is not None:
            func, args, kwargs = self._call
            self._call = None
            return (self._obj, func, args, kwargs)

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        if self._call is not None:
            func, args, kwargs = self._call
            return (self._obj, func, args, kwargs)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._call is not None

    def __repr__(self):
        if self._call is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return "<%s object at %#x; for '%s' at %#x>" % (type(self).__name__, id(self), type(self._obj).__name__, id(self._obj))
`;
