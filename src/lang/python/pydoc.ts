// help() of the program's own functions and classes: a subset of pydoc's plain text (Lib/pydoc.py,
// TextDoc.docroutine and docclass, CPython 3.11), as python3 prints it when stdout is not a tty:
// "Help on function f in module __main__:", the signature, the docstring (inspect.cleandoc), and
// for a class its methods, class and static methods, properties and data, own and inherited.
// What a base written in C or in CPython's library gives (Exception's, BaseException's,
// socketserver's request handlers') is pydoc's text for them, kept here (_LIBRARY_BASES).
import { repr } from '../../socket/format.ts';
import { getattr } from './runtime/attributes.ts';
import { BOUND_FUNCTION, PY_CLASS, PY_DOC, PY_FUNCTION, PY_PARAMS, type Params } from './runtime/call.ts';
import { PyClassMethod, PyProperty, PyStaticMethod } from './runtime/property.ts';

const _marks = (x: unknown): Record<symbol, unknown> => x as Record<symbol, unknown>;

/** Whether `x` is a function, bound method or class defined in Python (the program's, or a module's in Python). */
export function isPythonCode(x: unknown): x is Function {
  if (typeof x !== 'function') return false;
  const m = _marks(x);
  const inner = m[BOUND_FUNCTION] as Function | undefined;
  return Boolean(m[PY_CLASS] || m[PY_FUNCTION] || (inner && _marks(inner)[PY_FUNCTION]));
}

/** pydoc's text for a function, bound method or class defined in Python; undefined for anything else. */
export function pydocText(x: unknown): string | undefined {
  if (typeof x !== 'function') return undefined;
  const m = _marks(x);
  if (m[PY_CLASS]) return `Help on class ${x.name} in module ${_module(x)}:\n\n${_class(x)}`;
  const inner = m[BOUND_FUNCTION] as Function | undefined;
  if (inner && _marks(inner)[PY_FUNCTION]) {
    const self = getattr(x, '__self__');
    // docroutine's note (3.11): the class of __self__, qualified (its mod is None for the object asked about); type for a classmethod.
    const note = ` method of ${_className(getattr(getattr(x, '__self__'), '__class__') as Function, '')} instance`;
    return `Help on method ${_name(inner)} in module ${_module(inner)}:\n\n${_routine(inner, _name(inner), _signature(inner, true), note, _doc(inner))}`;
  }
  if (m[PY_FUNCTION]) return `Help on function ${_name(x)} in module ${_module(x)}:\n\n${_routine(x, _name(x), _signature(x, false), '', _doc(x))}`;
  return undefined;
}

/** pydoc's text for an instance of a class defined in Python: its class's page; undefined for anything else. */
export function pydocInstanceText(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const cls = getattr(x, '__class__');
  if (typeof cls !== 'function' || !_marks(cls)[PY_CLASS]) return undefined;
  return `Help on ${cls.name} in module ${_module(cls)} object:\n\n${_class(cls)}`;
}

function _name(f: Function): string {
  return f.name || '<lambda>';
}

function _module(x: unknown): string {
  const m = getattr(x, '__module__');
  return typeof m === 'string' ? m : '__main__';
}

/** inspect.cleandoc: the first line stripped, the others dedented by their common indent, blank ends removed. */
export function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  const indents = lines.slice(1).filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const margin = indents.length > 0 ? Math.min(...indents) : 0;
  const out = [lines[0]!.trimStart(), ...lines.slice(1).map((l) => l.slice(margin))];
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  while (out.length > 0 && out[0]!.trim() === '') out.shift();
  return out.join('\n');
}

function _doc(f: unknown): string {
  const d = _marks(f)[PY_DOC];
  return typeof d === 'string' ? cleandoc(d) : '';
}

/** str(inspect.signature(f)): `(a, b=1, *args, k=3, **kw)`; a method's self is named self, as call.ts does. */
function _signature(f: Function, bound: boolean): string {
  const p = _marks(f)[PY_PARAMS] as Params | undefined;
  if (!p) return '(...)';
  const values = p.defaultValues?.() ?? {};
  const positional = p.implicitSelf && !p.noSelf && !bound ? ['self', ...p.positional] : bound && !p.implicitSelf ? p.positional.slice(1) : [...p.positional];
  const firstDefault = p.positional.length - (p.defaults ?? 0) + (positional.length - p.positional.length);
  const parts = positional.map((n, i) => (i >= firstDefault ? `${n}=${repr(values[n])}` : n));
  if (p.varargs !== undefined) parts.push(`*${p.varargs}`);
  else if ((p.keywordOnly ?? []).length > 0) parts.push('*');
  for (const n of p.keywordOnly ?? []) parts.push((p.keywordDefaults ?? []).includes(n) ? `${n}=${repr(values[n])}` : n);
  if (p.varkw !== undefined) parts.push(`**${p.varkw}`);
  return `(${parts.join(', ')})`;
}

/** TextDoc.docroutine: the declaration, then the docstring indented by four. */
function _routine(f: Function, name: string, signature: string, note: string, doc: string): string {
  const real = _name(f);
  const title = real === '<lambda>' ? `${name} lambda ` : name === real ? name : `${name} = ${real}`;
  const spec = real === '<lambda>' ? signature.slice(1, -1) : signature;
  return `${title}${spec}${note}\n${doc === '' ? '' : `${_indent(doc, '    ').trimEnd()}\n`}`;
}

function _indent(text: string, prefix: string): string {
  return text.split('\n').map((l) => prefix + l).join('\n');
}

/** pydoc.classname: qualified by module unless it is the documented class's module. */
function _className(cls: Function, module: string): string {
  const m = getattr(cls, '__module__');
  const q = String(getattr(cls, '__qualname__'));
  return m === module ? q : `${String(m)}.${q}`;
}

/** object's own docstrings, which a method without one inherits (inspect._finddoc). */
const _OBJECT_DOCS: Record<string, string> = {
  __delattr__: 'Implement delattr(self, name).', __dir__: 'Default dir() implementation.', __eq__: 'Return self==value.',
  __format__: 'Default object formatter.', __ge__: 'Return self>=value.', __getattribute__: 'Return getattr(self, name).',
  __getstate__: 'Helper for pickle.', __gt__: 'Return self>value.', __hash__: 'Return hash(self).',
  __init__: 'Initialize self.  See help(type(self)) for accurate signature.', __le__: 'Return self<=value.', __lt__: 'Return self<value.',
  __ne__: 'Return self!=value.', __reduce__: 'Helper for pickle.', __reduce_ex__: 'Helper for pickle.', __repr__: 'Return repr(self).',
  __setattr__: 'Implement setattr(self, name, value).', __sizeof__: 'Size of object in memory, in bytes.', __str__: 'Return str(self).',
};

/** A section of a library base's page: pydoc's heading ('Methods', …) and its items, by name. */
type _Section = [heading: string, items: [name: string, text: string][]];

const _INIT_ANY = ['__init__', '__init__(self, /, *args, **kwargs)\n    Initialize self.  See help(type(self)) for accurate signature.\n'] as [string, string];
const _NEW_ANY = ['__new__', '__new__(*args, **kwargs) from builtins.type\n    Create and return a new object.  See help(type) for accurate signature.\n'] as [string, string];
/** Any builtin exception class but BaseException: its own __init__ and __new__ (python3's help(ValueError)). */
const _EXCEPTION: _Section[] = [['Methods', [_INIT_ANY]], ['Static methods', [_NEW_ANY]]];
const _DICT = ['__dict__', '__dict__\n    dictionary for instance variables\n'] as [string, string];
const _WEAKREF = ['__weakref__', '__weakref__\n    list of weak references to the object\n'] as [string, string];

/** What python3's help() lists for the library bases a program's classes derive from. */
const _LIBRARY_BASES: Record<string, { init?: string; sections: _Section[] }> = {
  'builtins.BaseException': {
    sections: [
      ['Methods', [_INIT_ANY,
        ['__delattr__', '__delattr__(self, name, /)\n    Implement delattr(self, name).\n'],
        ['__getattribute__', '__getattribute__(self, name, /)\n    Return getattr(self, name).\n'],
        ['__reduce__', '__reduce__(...)\n    Helper for pickle.\n'],
        ['__repr__', '__repr__(self, /)\n    Return repr(self).\n'],
        ['__setattr__', '__setattr__(self, name, value, /)\n    Implement setattr(self, name, value).\n'],
        ['__setstate__', '__setstate__(...)\n'],
        ['__str__', '__str__(self, /)\n    Return str(self).\n'],
        ['add_note', 'add_note(...)\n    Exception.add_note(note) --\n    add a note to the exception\n'],
        ['with_traceback', 'with_traceback(...)\n    Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.\n']]],
      ['Static methods', [_NEW_ANY]],
      ['Data descriptors', [['__cause__', '__cause__\n    exception cause\n'], ['__context__', '__context__\n    exception context\n'],
        ['__dict__', '__dict__\n'], ['__suppress_context__', '__suppress_context__\n'], ['__traceback__', '__traceback__\n'], ['args', 'args\n']]],
    ],
  },
  'socketserver.BaseRequestHandler': {
    init: '(request, client_address, server)',
    sections: [
      ['Methods', [['__init__', '__init__(self, request, client_address, server)\n    Initialize self.  See help(type(self)) for accurate signature.\n'],
        ['finish', 'finish(self)\n'], ['handle', 'handle(self)\n'], ['setup', 'setup(self)\n']]],
      ['Data descriptors', [_DICT, _WEAKREF]],
    ],
  },
  'socketserver.StreamRequestHandler': {
    sections: [
      ['Methods', [['finish', 'finish(self)\n'], ['setup', 'setup(self)\n']]],
      ['Data and other attributes', [['disable_nagle_algorithm', 'disable_nagle_algorithm = False\n'], ['rbufsize', 'rbufsize = -1\n'],
        ['timeout', 'timeout = None\n'], ['wbufsize', 'wbufsize = 0\n']]],
    ],
  },
  'socketserver.DatagramRequestHandler': { sections: [['Methods', [['finish', 'finish(self)\n'], ['setup', 'setup(self)\n']]]] },
};

/** The page of a base not written in Python: the table's, or a builtin exception's; none for an unknown one. */
function _libraryBase(c: Function): { init?: string; sections: _Section[] } | undefined {
  const name = _className(c, '');
  const known = _LIBRARY_BASES[name];
  if (known) return known;
  return name.startsWith('builtins.') && c.prototype instanceof Error ? { sections: _EXCEPTION } : undefined;
}

/** pydoc.visiblename for a class's attribute. */
function _visible(name: string): boolean {
  if (['__doc__', '__module__', '__qualname__', '__slots__', '__dict__', '__weakref__'].includes(name)) return false;
  if (name.startsWith('__') && name.endsWith('__')) return true;
  return !name.startsWith('_');
}

type _Kind = 'method' | 'class method' | 'static method' | 'readonly property' | 'data descriptor' | 'data';

function _kind(v: unknown): _Kind {
  if (v instanceof PyClassMethod) return 'class method';
  if (v instanceof PyStaticMethod) return 'static method';
  if (v instanceof PyProperty) return v.fset === null || v.fset === undefined ? 'readonly property' : 'data descriptor';
  if (typeof v === 'function' && _marks(v)[PY_FUNCTION] && !_marks(v)[PY_CLASS]) return 'method';
  return 'data';
}

function _ownAttributes(cls: Function): [string, unknown][] {
  const d = getattr(cls, '__dict__') as Map<unknown, unknown>;
  return [...d.entries()].filter(([k]) => typeof k === 'string') as [string, unknown][];
}

/** TextDoc.docclass, for classes whose bases are Python classes or object. */
function _class(cls: Function): string {
  const module = _module(cls);
  const bases = getattr(cls, '__bases__') as unknown as Function[];
  const mro = [...(getattr(cls, '__mro__') as unknown as Function[])];
  const title = `class ${cls.name}(${[...bases].map((b) => _className(b, module)).join(', ')})`;
  const contents: string[] = [];
  const init = mro.find((c) => _marks(c)[PY_CLASS] && _ownAttributes(c).some(([k, v]) => k === '__init__' && typeof v === 'function'));
  if (init) {
    const f = _ownAttributes(init).find(([k]) => k === '__init__')![1] as Function;
    const spec = _signature(f, true);
    if (spec !== '()') contents.push(`${cls.name}${spec}\n`);
  } else {
    // A library base's __init__ written in Python (socketserver's handlers) gives the signature too.
    const spec = mro.map((c) => (_marks(c)[PY_CLASS] ? undefined : _libraryBase(c)?.init)).find((x) => x !== undefined);
    if (spec !== undefined) contents.push(`${cls.name}${spec}\n`);
  }
  const doc = _doc(cls);
  if (doc !== '') contents.push(`${doc}\n`);
  if (mro.length > 2) contents.push('Method resolution order:', ...mro.map((c) => `    ${_className(c, module)}`), '');
  let needRule = false;
  const rule = (): void => {
    if (needRule) contents.push('-'.repeat(70));
    needRule = true;
  };
  const seen = new Set<string>();
  const python = mro.filter((c) => _marks(c)[PY_CLASS]);
  // The __dict__ and __weakref__ descriptors come from the first class of the chain to derive from object.
  const root = python.find((c) => (getattr(c, '__bases__') as unknown as Function[]).every((b) => !_marks(b)[PY_CLASS]));
  const simple = root !== undefined && (getattr(root, '__bases__') as unknown as Function[]).every((b) => b === mro[mro.length - 1]);
  for (const home of python) {
    const tag = home === cls ? 'defined here' : `inherited from ${_className(home, module)}`;
    const attrs = _ownAttributes(home).filter(([k]) => _visible(k) && !seen.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k] of _ownAttributes(home)) seen.add(k);
    const of = (kind: _Kind): [string, unknown][] => attrs.filter(([, v]) => _kind(v) === kind);
    const section = (heading: string, items: string[]): void => {
      if (items.length === 0) return;
      rule();
      contents.push(`${heading} ${tag}:\n`, ...items);
    };
    section('Methods', of('method').map(([k, v]) => _routine(v as Function, k, _signature(v as Function, false), '', _methodDoc(python, k, v))));
    section('Class methods', of('class method').map(([k, v]) => {
      const f = (v as PyClassMethod).__func__ as Function;
      return _routine(f, k, _signature(f, true), ' from builtins.type', _doc(f));
    }));
    section('Static methods', of('static method').map(([k, v]) => {
      const f = (v as PyStaticMethod).__func__ as Function;
      return _routine(f, k, _signature(f, false), '', _doc(f));
    }));
    const descriptor = ([k, v]: [string, unknown]): string => {
      const d = (v as PyProperty).__doc__;
      return `${k}\n${typeof d === 'string' && d !== '' ? `${_indent(cleandoc(d), '    ')}\n` : ''}`;
    };
    section('Readonly properties', of('readonly property').map(descriptor));
    const dataDescriptors = of('data descriptor').map(descriptor);
    if (simple && home === root) {
      dataDescriptors.unshift('__dict__\n    dictionary for instance variables\n', '__weakref__\n    list of weak references to the object\n');
    } else if (home === root && root.prototype instanceof Error) {
      // An exception class written in Python adds __weakref__; its __dict__ is BaseException's.
      dataDescriptors.unshift('__weakref__\n    list of weak references to the object\n');
    }
    section('Data descriptors', dataDescriptors);
    section('Data and other attributes', of('data').map(([k, v]) => `${_cram(`${k} = `, _textRepr(v))}\n`));
  }
  for (const c of mro) {
    const page = _marks(c)[PY_CLASS] ? undefined : _libraryBase(c);
    if (!page) continue;
    const names = new Set<string>();
    for (const [heading, items] of page.sections) {
      const shown = items.filter(([k]) => !seen.has(k));
      for (const [k] of items) names.add(k);
      if (shown.length === 0) continue;
      rule();
      contents.push(`${heading} inherited from ${_className(c, module)}:\n`, ...shown.map(([, text]) => text));
    }
    for (const k of names) seen.add(k);
  }
  const text = contents.join('\n').trimEnd();
  return text === '' ? `${title}\n` : `${title}\n${_indent(text, ' |  ')}\n`;
}

/** pydoc.TextRepr for a str: longer than 100 characters, its middle cut out (pydoc.cram) before repr. */
function _textRepr(v: unknown): string {
  if (typeof v !== 'string' || v.length <= 100) return repr(v);
  return repr(`${v.slice(0, 48)}...${v.slice(v.length - 49)}`);
}

/** TextDoc.docother with maxlen=70: the repr cut short with '...'. */
function _cram(prefix: string, text: string): string {
  const chop = 70 - (prefix.length + text.length);
  return prefix + (chop < 0 ? `${text.slice(0, chop)}...` : text);
}

/** inspect.getdoc of a method: its own docstring, else the one of the same name up the MRO, object's included. */
function _methodDoc(python: Function[], name: string, f: unknown): string {
  const own = _doc(f);
  if (own !== '') return own;
  for (const c of python) {
    const v = _ownAttributes(c).find(([k]) => k === name)?.[1];
    if (v !== undefined && v !== f && _doc(v) !== '') return _doc(v);
  }
  return _OBJECT_DOCS[name] ?? '';
}
