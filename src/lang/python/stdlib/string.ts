// Python's string module (Lib/string.py, CPython 3.11): the character constants (a protocol
// parser's string.digits and string.whitespace), capwords(), Template ($name substitution, with
// Lib/string.py's pattern and its "Invalid placeholder" line and column), and Formatter, whose
// format() is str.format's.
import { KeyError } from '../runtime/exceptions.ts';
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { getattr, invokeAttribute } from '../runtime/attributes.ts';
import { PY_PARAMS, PYTHON_VALUES, invoke, native } from '../runtime/call.ts';
import * as dunders from '../runtime/dunders.ts';
import { addressOf } from '../runtime/ids.ts';
import { toStr } from '../runtime/show.ts';
import { PyDict, isNone } from '../runtime/values.ts';

type Kw = Record<string, unknown> | undefined;

const _LOWER = 'abcdefghijklmnopqrstuvwxyz';
const _UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const _DIGITS = '0123456789';
const _PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const _WHITESPACE = ' \t\n\r\x0b\x0c';

/** string.capwords(s, sep=None): split, capitalize each word, join (by one space without sep). */
async function _capwords(a: unknown[], kw: Kw): Promise<string> {
  const s = a[0] ?? kw?.s;
  const sep = a[1] ?? kw?.sep ?? null;
  const method = (name: string, self: unknown, ...args: unknown[]) => invokeAttribute(self, name, args, undefined);
  const words = (await method('split', s, sep)) as unknown[];
  const capitalized: unknown[] = [];
  for (const w of words) capitalized.push(await method('capitalize', w));
  return (await method('join', isNone(sep) ? ' ' : sep, capitalized)) as string;
}

const _DEFAULT_ID = '(?a:[_a-z][_a-z0-9]*)';

/** A Python idpattern as a JavaScript one: `(?a:…)` (ASCII only) is what JS classes are already. */
const _jsPattern = (p: string): string => (p.startsWith('(?a:') && p.endsWith(')') ? `(?:${p.slice(4)}` : p);

const _escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** string.Template: `$name`, `${name}` and `$$`, the class's delimiter and idpattern overridable. */
export class Template {
  static readonly pyTypeName = 'Template';
  readonly template: string;

  constructor(template: unknown) {
    if (typeof template !== 'string') throw new TypeError(`expected str, got ${pyTypeName(template)}`);
    this.template = template;
  }

  /** The class's pattern (Template.__init_subclass__): escaped, named, braced, invalid. */
  private pattern(): RegExp {
    const d = _escape(String(getattr(this, 'delimiter')));
    const id = _jsPattern(String(getattr(this, 'idpattern')));
    const braced = getattr(this, 'braceidpattern');
    const bid = isNone(braced) || braced === undefined ? id : _jsPattern(String(braced));
    return new RegExp(`${d}(?:(?<escaped>${d})|(?<named>${id})|\\{(?<braced>${bid})\\}|(?<invalid>))`, 'gi');
  }

  /** Template._invalid: the placeholder's line and column, as Lib/string.py counts them. */
  private invalid(at: number): ValueError {
    const before = this.template.slice(0, at);
    const lines = before.split(/(?<=\n)/).filter((l) => l !== '');
    const lineno = lines.length === 0 ? 1 : lines.length;
    const colno = lines.length === 0 ? 1 : at - lines.slice(0, -1).join('').length;
    return new ValueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
  }

  private async replace(a: unknown[], kw: Kw, safe: boolean): Promise<string> {
    if (a.length > 1) throw new TypeError(`${safe ? 'safe_' : ''}substitute() takes from 1 to 2 positional arguments but ${a.length + 1} were given`);
    const mapping = a[0];
    const lookup = async (name: string): Promise<unknown> => {
      if (kw && Object.hasOwn(kw, name)) return kw[name];
      if (mapping === undefined) throw new KeyError(name);
      const v = dunders.getitem(mapping, name);
      return v === undefined ? dunders.dunder() : v;
    };
    let out = '';
    let last = 0;
    for (const m of this.template.matchAll(this.pattern())) {
      const g = m.groups!;
      out += this.template.slice(last, m.index);
      last = m.index + m[0].length;
      const name = g.named ?? g.braced;
      if (name !== undefined) {
        try {
          out += await toStr(await lookup(name));
        } catch (e) {
          if (!safe || !(e instanceof KeyError)) throw e;
          out += m[0];
        }
      } else if (g.escaped !== undefined) {
        out += String(getattr(this, 'delimiter'));
      } else if (safe) {
        out += m[0];
      } else {
        throw this.invalid(m.index + m[0].length);
      }
    }
    return out + this.template.slice(last);
  }

  substitute(a: unknown[], kw: Kw): Promise<string> {
    return this.replace(a, kw, false);
  }

  safe_substitute(a: unknown[], kw: Kw): Promise<string> {
    return this.replace(a, kw, true);
  }

  /** The named and braced placeholders, each once, in order (3.11). */
  get_identifiers(): string[] {
    const ids: string[] = [];
    for (const m of this.template.matchAll(this.pattern())) {
      const name = m.groups!.named ?? m.groups!.braced;
      if (name !== undefined && !ids.includes(name)) ids.push(name);
      else if (name === undefined && m.groups!.escaped === undefined) throw this.invalid(m.index + m[0].length);
    }
    return ids;
  }

  /** Whether no placeholder is ill-formed (3.11). */
  is_valid(): boolean {
    for (const m of this.template.matchAll(this.pattern())) {
      if (m.groups!.named === undefined && m.groups!.braced === undefined && m.groups!.escaped === undefined) return false;
    }
    return true;
  }

  [pyRepr](): string {
    return `<string.Template object at ${addressOf(this)}>`;
  }
}
for (const name of ['substitute', 'safe_substitute'] as const) {
  const method = Template.prototype[name];
  Object.defineProperty(Template.prototype, name, { value: native(name, method as never), writable: true, configurable: true });
}
// Class attributes, read through the instance as Python does (a subclass's `delimiter = '%'`
// wins); string.Template.delimiter reads the same value (attributes.ts _prototypeData).
Object.assign(Template.prototype, { delimiter: '$', idpattern: _DEFAULT_ID, braceidpattern: null });
Object.defineProperty(Template, PY_PARAMS, { value: { positional: ['template'], keywordOnly: [] } });

/** string.Formatter: format() and vformat() are str.format's. */
export class Formatter {
  static readonly pyTypeName = 'Formatter';
  format = native('format', (a, kw) => {
    if (a.length === 0) throw new TypeError("Formatter.format() missing 1 required positional argument: 'format_string'");
    return invokeAttribute(a[0], 'format', a.slice(1), kw);
  });
  vformat = native('vformat', async (a) => {
    const [text, args, kwargs] = a;
    const named = kwargs instanceof PyDict ? Object.fromEntries([...kwargs.entries()].map(([k, v]) => [String(k), v])) : undefined;
    return invokeAttribute(text, 'format', [...(args as unknown[])], named);
  });
  [pyRepr](): string {
    return `<string.Formatter object at ${addressOf(this)}>`;
  }
}
PYTHON_VALUES.add(Template);
(QUALIFIED_NAMES as Map<Function, string>).set(Template, 'string.Template');
(QUALIFIED_NAMES as Map<Function, string>).set(Formatter, 'string.Formatter');

export function createStringModule(): PyModule {
  return makeModule('string', {
    ascii_letters: _LOWER + _UPPER,
    ascii_lowercase: _LOWER,
    ascii_uppercase: _UPPER,
    digits: _DIGITS,
    hexdigits: `${_DIGITS}abcdefABCDEF`,
    octdigits: '01234567',
    punctuation: _PUNCTUATION,
    whitespace: _WHITESPACE,
    printable: _DIGITS + _LOWER + _UPPER + _PUNCTUATION + _WHITESPACE,
    capwords: native('capwords', _capwords),
    Template,
    Formatter,
  });
}
