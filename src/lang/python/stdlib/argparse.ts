// Python's argparse module (Lib/argparse.py, CPython 3.11), the subset socket scripts use:
// ArgumentParser(prog=, description=, epilog=), add_argument() with positionals and options
// (`-p`, `--port`, `--port=N`, `-pN`, unique prefixes of long options, `-vv`), type=, default=,
// help= (with %(default)s), choices=, required=, nargs= (None, '?', '*', '+', N), metavar=, dest=,
// const=, and the actions store, store_const, store_true, store_false, append, count, help and
// version; parse_args() from sys.argv or a list, parse_known_args(), set_defaults(), error(),
// and the help and usage text laid out as HelpFormatter lays it out (its width is the terminal's,
// or $COLUMNS, or 80, less 2), so that `--help` and a usage error print what python3 prints,
// byte for byte. Strings are matched to arguments as _parse_known_args matches them: options
// where they stand, positionals chunk by chunk between the options.
import { basename } from 'node:path';
import { Exception, OSError, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr, str } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { t } from '../../../i18n/index.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { argAt, invoke, native } from '../runtime/call.ts';
import { PyFile } from '../runtime/builtins.ts';
import { NotImplementedError, SystemExit } from '../runtime/exceptions.ts';
import { AttributeBag } from '../runtime/attribute-bag.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, intValue, isInt, isNone } from '../runtime/values.ts';

type Kw = Record<string, unknown>;

const SUPPRESS = '==SUPPRESS==';

/** argparse.ArgumentError and ArgumentTypeError (a type= function may raise the latter). */
export class ArgumentError extends Exception {}
export class ArgumentTypeError extends Exception {}
(QUALIFIED_NAMES as Map<Function, string>).set(ArgumentError, 'argparse.ArgumentError');
(QUALIFIED_NAMES as Map<Function, string>).set(ArgumentTypeError, 'argparse.ArgumentTypeError');

/** The failure of one parse: CPython's parser.error(message). */
class _ParseError extends Error {}

/** argparse.Namespace: the parsed values as attributes, shown in the order they were set. */
export class Namespace extends AttributeBag {
  static override readonly reprName = 'Namespace';
}
(QUALIFIED_NAMES as Map<Function, string>).set(Namespace, 'argparse.Namespace');
type _ActionKind = 'store' | 'store_const' | 'store_true' | 'store_false' | 'append' | 'count' | 'help' | 'version' | 'parsers';
/** nargs; 'A...' is argparse.PARSER, a subcommand and everything after it; '...' is argparse.REMAINDER, the rest as it is. */
type _Nargs = null | '?' | '*' | '+' | 'A...' | '...' | number;

/** One add_argument(): an argparse.Action, with the attributes Python code may read. */
class Action {
  option_strings: string[];
  dest: string;
  nargs: _Nargs;
  const: unknown;
  default: unknown;
  type: unknown;
  choices: unknown;
  required: boolean;
  help: unknown;
  metavar: unknown;
  version: unknown;
  readonly kind: _ActionKind;

  constructor(kind: _ActionKind, fields: { option_strings: string[]; dest: string; nargs: _Nargs; const: unknown; default: unknown; type: unknown; choices: unknown; required: boolean; help: unknown; metavar: unknown; version: unknown }) {
    this.kind = kind;
    this.option_strings = fields.option_strings;
    this.dest = fields.dest;
    this.nargs = fields.nargs;
    this.const = fields.const;
    this.default = fields.default;
    this.type = fields.type;
    this.choices = fields.choices;
    this.required = fields.required;
    this.help = fields.help;
    this.metavar = fields.metavar;
    this.version = fields.version;
  }

  [pyRepr](): string {
    const cls = { store: '_StoreAction', store_const: '_StoreConstAction', store_true: '_StoreTrueAction', store_false: '_StoreFalseAction', append: '_AppendAction', count: '_CountAction', help: '_HelpAction', version: '_VersionAction', parsers: '_SubParsersAction' }[this.kind];
    const show = (v: unknown) => (v === undefined || v === null ? 'None' : repr(v));
    return `${cls}(option_strings=${repr(this.option_strings)}, dest=${repr(this.dest)}, nargs=${show(this.nargs)}, const=${show(this.const)}, default=${show(this.default)}, type=${this.type === null ? 'None' : typeof this.type === 'function' ? repr(this.type) : show(this.type)}, choices=${show(this.choices)}, required=${this.required ? 'True' : 'False'}, help=${show(this.help)}, metavar=${show(this.metavar)})`;
  }
}

/** `_get_action_name`: how an error names an argument. */
function _actionName(a: Action): string {
  if (a.option_strings.length > 0) return a.option_strings.join('/');
  if (!isNone(a.metavar) && a.metavar !== SUPPRESS) return String(a.metavar);
  if (a.dest !== SUPPRESS) return a.dest;
  return `{${[...ops.iter(a.choices)].map(_str).join(',')}}`;
}

/** Python's str() of a value, for metavars built from choices and for help texts. */
const _str = (v: unknown): string => (typeof v === 'string' ? v : isNone(v) ? 'None' : v === true ? 'True' : v === false ? 'False' : repr(v));

/** `%(name)s`-style expansion of a help or version text with the action's fields. */
function _expand(text: string, params: Kw): string {
  return text.replace(/%(?:\((\w+)\))?([-#0 +]*\d*(?:\.\d+)?)([sdrif%])/g, (whole, key: string | undefined, _flags: string, conv: string) => {
    if (conv === '%') return '%';
    if (key === undefined || !(key in params)) return whole;
    const v = params[key];
    if (conv === 'r') return repr(v);
    return _str(v);
  });
}

// ------------------------------------------------------------------------------------------------
// textwrap.wrap, as HelpFormatter uses it: the text's whitespace is already one space each.

/** textwrap's chunks: words, the spaces between them, and a word cut after a hyphen between letters. */
function _chunks(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/( )/)) {
    if (part === '') continue;
    if (part === ' ') {
      out.push(part);
      continue;
    }
    // TextWrapper.wordsep_re: `-` after word characters, before a letter, ends a chunk.
    let rest = part;
    for (;;) {
      const m = /^(-*[^\s-]*?\w-)(?=[^\W\d_])/.exec(rest) ?? /^(-*[^\s-]+?\w-)(?=[^\W\d_])/.exec(rest);
      if (!m || m[1]!.length >= rest.length) break;
      out.push(m[1]!);
      rest = rest.slice(m[1]!.length);
    }
    out.push(rest);
  }
  return out;
}

/** textwrap.wrap(text, width) with its defaults (break_long_words, break_on_hyphens, drop_whitespace). */
export function wrap(text: string, width: number, initialIndent = '', subsequentIndent = ''): string[] {
  const chunks = _chunks(text).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const cur: string[] = [];
    let len = 0;
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const w = width - indent.length;
    if (chunks[chunks.length - 1] === ' ' && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = chunks[chunks.length - 1]!.length;
      if (len + l <= w) {
        cur.push(chunks.pop()!);
        len += l;
      } else break;
    }
    if (chunks.length > 0 && chunks[chunks.length - 1]!.length > w) {
      // _handle_long_word: cut the word to what is left of the line (at least one character).
      const space = w < 1 ? 1 : w - len;
      const word = chunks.pop()!;
      cur.push(word.slice(0, space));
      chunks.push(word.slice(space));
      len += space;
    }
    if (cur.length > 0 && cur[cur.length - 1] === ' ') cur.pop();
    if (cur.length > 0) lines.push(indent + cur.join(''));
  }
  return lines;
}

// ------------------------------------------------------------------------------------------------

/** shutil.get_terminal_size().columns - 2: $COLUMNS, the terminal on stdout, or 80. */
function _width(): number {
  const env = Number.parseInt(process.env.COLUMNS ?? '', 10);
  if (env > 0) return env - 2;
  const cols = process.stdout.isTTY ? process.stdout.columns : undefined;
  return (cols && cols > 0 ? cols : 80) - 2;
}

/** The help formatter classes, by identity (formatter_class=argparse.RawTextHelpFormatter). */
const _FORMATTERS = new Map<unknown, string>(['HelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter'].map((name) => {
  const cls = native(name, () => {
    throw new NotImplementedError(t('python.argparseFormatter', { formatters: name }));
  });
  Object.defineProperty(cls, pyRepr, { value: () => `<class 'argparse.${name}'>` });
  return [cls, name] as const;
}));

class _Group {
  readonly actions: Action[] = [];
  constructor(readonly title: string | null, readonly description: string | null) {}
}

const _NEGATIVE = /^-\d+$|^-\d*\.\d+$/;

/** argparse.ArgumentParser. */
export class ArgumentParser {
  prog: string;
  description: unknown;
  epilog: unknown;
  usage: unknown;
  add_help: boolean;
  readonly formatter: string;
  readonly actions: Action[] = [];
  private readonly groups: _Group[];
  private readonly exclusive: { actions: Action[]; required: boolean }[] = [];
  /** What a subcommand's parser did not recognize, for this parser's extras. */
  private readonly subExtras: string[] = [];
  /** The subcommands' names and help, listed under the add_subparsers() argument. */
  private readonly subcommands = new Map<Action, Action[]>();
  private readonly defaults: Kw = {};
  private readonly byOption = new Map<string, Action>();

  constructor(private readonly io: HostIO, kw: Kw) {
    this.prog = typeof kw.prog === 'string' ? kw.prog : basename(io.argv[0] ?? '');
    this.usage = kw.usage ?? null;
    this.description = kw.description ?? null;
    this.epilog = kw.epilog ?? null;
    this.add_help = kw.add_help === undefined ? true : ops.truthy(kw.add_help);
    const formatter = kw.formatter_class === undefined ? 'HelpFormatter' : _FORMATTERS.get(kw.formatter_class);
    if (formatter === undefined) throw new NotImplementedError(t('python.argparseFormatter', { formatters: [..._FORMATTERS.values()].join(', ') }));
    this.formatter = formatter;
    this.groups = [new _Group('positional arguments', null), new _Group('options', null)];
    if (this.add_help) this._add(['-h', '--help'], { action: 'help', default: SUPPRESS, help: 'show this help message and exit' }, this.groups[1]!);
  }

  [pyRepr](): string {
    return `ArgumentParser(prog=${repr(this.prog)}, usage=${isNone(this.usage) ? 'None' : repr(this.usage)}, description=${isNone(this.description) ? 'None' : repr(this.description)}, formatter_class=<class 'argparse.${this.formatter}'>, conflict_handler='error', add_help=${this.add_help ? 'True' : 'False'})`;
  }

  _addArgument(names: unknown[], kw: Kw, group?: _Group): Action {
    return this._add(names.map((n) => {
      if (typeof n !== 'string') throw new TypeError(`expected string, got ${ops.typeName(n)}`);
      return n;
    }), kw, group);
  }

  private _add(names: string[], kw: Kw, group?: _Group): Action {
    const positional = names.length === 0 || (names.length === 1 && !names[0]!.startsWith('-'));
    const kind = (kw.action ?? 'store') as _ActionKind;
    if (!['store', 'store_const', 'store_true', 'store_false', 'append', 'count', 'help', 'version'].includes(kind)) {
      throw new ValueError(`unknown action "${_str(kw.action)}"`);
    }
    let dest: string;
    if (positional) {
      if (names.length === 0) throw new TypeError("ArgumentParser.add_argument() missing 1 required positional argument: 'dest'");
      if (kw.dest !== undefined) throw new ValueError('dest supplied twice for positional argument');
      dest = names[0]!;
    } else {
      for (const n of names) {
        if (!n.startsWith('-')) throw new ValueError(`invalid option string ${repr(n)}: must start with a character '-'`);
        if (this.byOption.has(n)) throw new ArgumentError(`argument ${names.join('/')}: conflicting option string${names.filter((x) => this.byOption.has(x)).length === 1 ? '' : 's'}: ${names.filter((x) => this.byOption.has(x)).join(', ')}`);
      }
      const long = names.find((n) => n.startsWith('--'));
      dest = typeof kw.dest === 'string' ? kw.dest : (long ?? names[0]!).replace(/^-+/, '').replace(/-/g, '_');
    }
    const flag = kind === 'store_true' || kind === 'store_false' || kind === 'store_const' || kind === 'count' || kind === 'help' || kind === 'version';
    let nargs: _Nargs = null;
    if (kw.nargs !== undefined && !isNone(kw.nargs)) {
      if (flag) throw new TypeError(`${{ store_true: '_StoreTrueAction', store_false: '_StoreFalseAction', store_const: '_StoreConstAction', count: '_CountAction', help: '_HelpAction', version: '_VersionAction' }[kind as 'count']}.__init__() got an unexpected keyword argument 'nargs'`);
      const n = kw.nargs;
      if (isInt(n)) nargs = Number(intValue(n));
      else if (n === '?' || n === '*' || n === '+' || n === '...') nargs = n;
      else throw new ValueError('invalid nargs value');
      if (nargs === 0) throw new ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate');
    } else if (flag) {
      nargs = 0;
    }
    const defaults: Record<string, unknown> = { store_true: false, store_false: true, help: SUPPRESS, version: SUPPRESS };
    const action = new Action(kind, {
      option_strings: positional ? [] : names,
      dest,
      nargs,
      const: kind === 'store_true' ? true : kind === 'store_false' ? false : (kw.const ?? null),
      default: kw.default !== undefined ? kw.default : kind in defaults ? defaults[kind] : null,
      type: kw.type ?? null,
      choices: isNone(kw.choices) ? null : kw.choices,
      required: positional ? nargs !== '?' && nargs !== '*' : ops.truthy(kw.required ?? false),
      help: kw.help ?? (kind === 'version' ? "show program's version number and exit" : null),
      metavar: kw.metavar ?? null,
      version: kw.version ?? null,
    });
    if (positional && kw.required !== undefined) throw new TypeError("'required' is an invalid argument for positionals");
    if (action.type !== null && typeof action.type !== 'function') throw new ValueError(`${repr(action.type)} is not callable`);
    this.actions.push(action);
    (group ?? this.groups[positional ? 0 : 1]!).actions.push(action);
    for (const n of action.option_strings) this.byOption.set(n, action);
    return action;
  }

  addGroup(title: unknown, description: unknown): _Group {
    const g = new _Group(isNone(title) ? null : String(title), isNone(description) ? null : String(description));
    this.groups.push(g);
    return g;
  }

  /** add_subparsers(title=, description=, dest=, required=, help=, metavar=, prog=): the subcommand argument. */
  addSubparsers(kw: Kw): Action {
    if ([...this.subcommands.keys()].length > 0) this.fail('cannot have multiple subparser arguments');
    const group = kw.title !== undefined || kw.description !== undefined ? this.addGroup(kw.title ?? 'subcommands', kw.description ?? null) : this.groups[0]!;
    const positionals = this.actions.filter((a) => a.option_strings.length === 0);
    const prog = isNone(kw.prog) ? [this.prog, this._actionsUsage(positionals)].filter(Boolean).join(' ') : String(kw.prog);
    const action = new Action('parsers', {
      option_strings: [], dest: typeof kw.dest === 'string' ? kw.dest : SUPPRESS, nargs: 'A...', const: null, default: null, type: null,
      choices: new PyDict(), required: ops.truthy(kw.required ?? false), help: kw.help ?? null, metavar: kw.metavar ?? null, version: null,
    });
    this.actions.push(action);
    group.actions.push(action);
    this.subcommands.set(action, []);
    const parsers = { [pyRepr]: () => repr(action) } as Kw;
    parsers.add_parser = native('add_parser', (a, kw2) => {
      const name = String(a[0] ?? kw2?.name);
      const options: Kw = { ...(kw2 ?? {}) };
      const aliases = isNone(options.aliases) ? [] : [...ops.iter(options.aliases)].map(String);
      const help = options.help;
      delete options.help;
      delete options.aliases;
      delete options.name;
      if (options.prog === undefined) options.prog = `${prog} ${name}`;
      const parser = new ArgumentParser(this.io, options);
      for (const n of [name, ...aliases]) (action.choices as PyDict).set(n, parser);
      if (help !== undefined) {
        const label = aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
        this.subcommands.get(action)!.push(new Action('store', { option_strings: [], dest: label, nargs: null, const: null, default: null, type: null, choices: null, required: false, help, metavar: label, version: null }));
      }
      return parser;
    });
    Object.defineProperty(parsers, 'action', { value: action });
    return parsers as unknown as Action;
  }

  /** add_mutually_exclusive_group(required=False): its options share the parser's sections. */
  addExclusive(required: boolean): { actions: Action[]; required: boolean } {
    const g = { actions: [] as Action[], required };
    this.exclusive.push(g);
    return g;
  }

  setDefaults(kw: Kw): void {
    for (const [k, v] of Object.entries(kw)) {
      this.defaults[k] = v;
      for (const a of this.actions) if (a.dest === k) a.default = v;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Help and usage: HelpFormatter's layout.

  private _metavar(a: Action): string {
    if (!isNone(a.metavar)) return _str(a.metavar);
    if (!isNone(a.choices)) return `{${[...ops.iter(a.choices)].map(_str).join(',')}}`;
    return a.option_strings.length > 0 ? a.dest.toUpperCase() : a.dest;
  }

  private _formatArgs(a: Action): string {
    const m = this._metavar(a);
    switch (a.nargs) {
      case null: return m;
      case '?': return `[${m}]`;
      case '*': return `[${m} ...]`;
      case '+': return `${m} [${m} ...]`;
      case 'A...': return `${m} ...`;
      case '...': return '...';
      default: return Array.from({ length: a.nargs }, () => m).join(' ');
    }
  }

  private _invocation(a: Action): string {
    if (a.option_strings.length === 0) return this._metavar(a);
    if (a.nargs === 0) return a.option_strings.join(', ');
    const args = this._formatArgs(a);
    return a.option_strings.map((o) => `${o} ${args}`).join(', ');
  }

  /** _format_actions_usage: each action's part; a mutually exclusive group's as [a | b] or (a | b). */
  private _actionsUsage(actions: Action[]): string {
    const inGroup = new Set<Action>();
    const inserts = new Map<number, string>();
    const add = (at: number, text: string) => inserts.set(at, inserts.has(at) ? `${inserts.get(at)} ${text}` : text);
    for (const g of this.exclusive) {
      if (g.actions.length === 0) throw new ValueError('empty group <argparse._MutuallyExclusiveGroup object>');
      const start = actions.indexOf(g.actions[0]!);
      if (start < 0) continue;
      const end = start + g.actions.length;
      if (!g.actions.every((a, k) => actions[start + k] === a)) continue;
      for (const a of g.actions) inGroup.add(a);
      const exposed = g.actions.filter((a) => a.help !== SUPPRESS).length;
      if (!g.required) {
        add(start, '[');
        inserts.set(end, inserts.has(end) ? `${inserts.get(end)}]` : ']');
      } else if (exposed > 1) {
        add(start, '(');
        inserts.set(end, inserts.has(end) ? `${inserts.get(end)})` : ')');
      }
      for (let k = start + 1; k < end; k++) inserts.set(k, '|');
    }
    const parts: (string | null)[] = [];
    actions.forEach((a, k) => {
      if (a.help === SUPPRESS) {
        parts.push(null);
        if (inserts.get(k) === '|') inserts.delete(k);
        else if (inserts.get(k + 1) === '|') inserts.delete(k + 1);
      } else if (a.option_strings.length === 0) {
        let part = this._formatArgs(a);
        if (inGroup.has(a) && part.startsWith('[') && part.endsWith(']')) part = part.slice(1, -1);
        parts.push(part);
      } else {
        const part = a.nargs === 0 ? a.option_strings[0]! : `${a.option_strings[0]} ${this._formatArgs(a)}`;
        parts.push(a.required || inGroup.has(a) ? part : `[${part}]`);
      }
    });
    for (const k of [...inserts.keys()].sort((x, y) => y - x)) parts.splice(k, 0, inserts.get(k)!);
    return parts.filter((x) => x !== null).join(' ').replace(/([[(]) /g, '$1').replace(/ ([\])])/g, '$1').replace(/[[(] *[\])]/g, '').trim();
  }

  /** HelpFormatter._format_usage: `usage: prog [-h] …`, wrapped as CPython wraps it. */
  formatUsage(width = _width()): string {
    const prefix = 'usage: ';
    if (!isNone(this.usage)) return `${prefix}${_expand(String(this.usage), { prog: this.prog })}\n\n`;
    const optionals = this.actions.filter((a) => a.option_strings.length > 0);
    const positionals = this.actions.filter((a) => a.option_strings.length === 0);
    const prog = this.prog;
    const actionUsage = this._actionsUsage([...optionals, ...positionals]);
    let usage = [prog, actionUsage].filter(Boolean).join(' ');
    const textWidth = width;
    if (prefix.length + usage.length > textWidth) {
      const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
      const optParts = this._actionsUsage(optionals).match(partRe) ?? [];
      const posParts = this._actionsUsage(positionals).match(partRe) ?? [];
      const getLines = (parts: string[], indent: string, withPrefix?: string): string[] => {
        const lines: string[] = [];
        let line: string[] = [];
        let lineLen = (withPrefix !== undefined ? withPrefix.length : indent.length) - 1;
        for (const part of parts) {
          if (lineLen + 1 + part.length > textWidth && line.length > 0) {
            lines.push(indent + line.join(' '));
            line = [];
            lineLen = indent.length - 1;
          }
          line.push(part);
          lineLen += part.length + 1;
        }
        if (line.length > 0) lines.push(indent + line.join(' '));
        if (withPrefix !== undefined) lines[0] = lines[0]!.slice(indent.length);
        return lines;
      };
      let lines: string[];
      if (prefix.length + prog.length <= 0.75 * textWidth) {
        const indent = ' '.repeat(prefix.length + prog.length + 1);
        if (optParts.length > 0) lines = [...getLines([prog, ...optParts], indent, prefix), ...getLines(posParts, indent)];
        else if (posParts.length > 0) lines = getLines([prog, ...posParts], indent, prefix);
        else lines = [prog];
      } else {
        const indent = ' '.repeat(prefix.length);
        lines = getLines([...optParts, ...posParts], indent);
        if (lines.length > 1) lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
        lines = [prog, ...lines];
      }
      usage = lines.join('\n');
    }
    return `${prefix}${usage}\n\n`;
  }

  private _text(text: unknown, indent: number, width: number): string {
    if (isNone(text) || text === SUPPRESS) return '';
    let s = String(text);
    if (s.includes('%(prog)')) s = _expand(s, { prog: this.prog });
    // RawDescriptionHelpFormatter._fill_text: each line as it is, indented.
    if (this.formatter === 'RawDescriptionHelpFormatter' || this.formatter === 'RawTextHelpFormatter') return `${s.split(/(?<=\n)/).map((line) => ' '.repeat(indent) + line).join('')}\n\n`;
    s = s.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
    const pad = ' '.repeat(indent);
    return `${wrap(s, Math.max(width - indent, 11), pad, pad).join('\n')}\n\n`;
  }

  private _helpText(a: Action): string {
    const params: Kw = { prog: this.prog, dest: a.dest, default: a.default, const: a.const, required: a.required, metavar: a.metavar, nargs: a.nargs, help: a.help };
    params.type = typeof a.type === 'function' ? (a.type as Function).name : a.type;
    if (!isNone(a.choices)) params.choices = [...ops.iter(a.choices)].map(_str).join(', ');
    for (const [k, v] of Object.entries(params)) if (v === SUPPRESS) delete params[k];
    let help = String(a.help);
    // ArgumentDefaultsHelpFormatter._get_help_string: the default, unless the help shows it already.
    if (this.formatter === 'ArgumentDefaultsHelpFormatter' && !help.includes('%(default)') && a.default !== SUPPRESS && (a.option_strings.length > 0 || a.nargs === '?' || a.nargs === '*')) help += ' (default: %(default)s)';
    return _expand(help, params);
  }

  /** HelpFormatter.format_help over the usage, description, each group and the epilog. */
  formatHelp(): string {
    const width = _width();
    const maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
    const shown = this.actions.filter((a) => a.help !== SUPPRESS);
    const maxLen = Math.max(0, ...shown.map((a) => this._invocation(a).length + 2), ...shown.flatMap((a) => (this.subcommands.get(a) ?? []).map((c) => this._invocation(c).length + 4)));
    const helpPosition = Math.min(maxLen + 2, maxHelpPosition);
    const helpWidth = Math.max(width - helpPosition, 11);
    const formatAction = (a: Action, indent = 2): string => {
      const actionWidth = helpPosition - indent - 2;
      let header = this._invocation(a);
      let indentFirst = 0;
      const hasHelp = !isNone(a.help) && String(a.help) !== '';
      if (!hasHelp) header = `${' '.repeat(indent)}${header}\n`;
      else if (header.length <= actionWidth) header = `${' '.repeat(indent)}${header.padEnd(actionWidth)}  `;
      else {
        header = `${' '.repeat(indent)}${header}\n`;
        indentFirst = helpPosition;
      }
      const parts = [header];
      if (hasHelp && String(a.help).trim()) {
        const text = this._helpText(a);
        // RawTextHelpFormatter._split_lines keeps the help's own lines.
        const lines = this.formatter === 'RawTextHelpFormatter' ? text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/).filter((l, k, all) => k < all.length - 1 || l !== '') : wrap(text.replace(/[ \t\n\r\f\v]+/g, ' ').trim(), helpWidth);
        if (lines.length > 0) {
          parts.push(`${' '.repeat(indentFirst)}${lines[0]}\n`);
          for (const line of lines.slice(1)) parts.push(`${' '.repeat(helpPosition)}${line}\n`);
        } else if (!header.endsWith('\n')) parts.push('\n');
      } else if (!header.endsWith('\n')) parts.push('\n');
      for (const c of this.subcommands.get(a) ?? []) parts.push(formatAction(c, indent + 2));
      return parts.join('');
    };
    const items: string[] = [this.formatUsage(width), this._text(this.description, 0, width)];
    for (const g of this.groups) {
      const body = [this._text(g.description, 2, width), ...g.actions.filter((a) => a.help !== SUPPRESS).map((a) => formatAction(a))].join('');
      if (body) items.push(`\n${g.title === null ? '' : `${g.title}:\n`}${body}\n`);
    }
    items.push(this._text(this.epilog, 0, width));
    const help = items.join('').replace(/\n\n\n+/g, '\n\n');
    return `${help.replace(/^\n+|\n+$/g, '')}\n`;
  }

  /** format_usage(): the usage line alone, as print_usage() and error() print it. */
  usageLine(): string {
    return `${this.formatUsage().replace(/^\n+|\n+$/g, '')}\n`;
  }

  /** parser.error(message): the usage and `prog: error: message` on stderr, exit status 2. */
  fail(message: string): never {
    this.io.writeErr(this.usageLine());
    this.io.writeErr(`${this.prog}: error: ${message}\n`);
    throw new SystemExit(2);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing.

  private async _convert(a: Action, s: string): Promise<unknown> {
    const type = a.type;
    if (type === null) return s;
    try {
      return await invoke(type, undefined, [s], undefined);
    } catch (e) {
      const name = typeof type === 'function' ? (type as Function).name || repr(type) : repr(type);
      if (e instanceof ArgumentTypeError) throw new _ParseError(`argument ${_actionName(a)}: ${e.message}`);
      if (e instanceof TypeError || e instanceof ValueError) throw new _ParseError(`argument ${_actionName(a)}: invalid ${name} value: ${repr(s)}`);
      throw e;
    }
  }

  private _check(a: Action, value: unknown): void {
    if (isNone(a.choices)) return;
    if (!ops.contains(a.choices, value)) {
      const choices = [...ops.iter(a.choices)].map((c) => repr(c)).join(', ');
      throw new _ParseError(`argument ${_actionName(a)}: invalid choice: ${repr(value)} (choose from ${choices})`);
    }
  }

  /** _get_values: the strings an action took, converted and checked. */
  private async _values(a: Action, strings: string[]): Promise<unknown> {
    if (a.nargs === 0) return a.const;
    // REMAINDER: every string converted, none checked against choices.
    if (a.nargs === '...') {
      const values: unknown[] = [];
      for (const s of strings) values.push(await this._convert(a, s));
      return values;
    }
    if (a.nargs === 'A...') {
      const values: unknown[] = [];
      for (const s of strings) values.push(await this._convert(a, s));
      this._check(a, values[0]);
      return values;
    }
    if (strings.length === 0 && a.nargs === '?') {
      const v = a.option_strings.length > 0 ? a.const : a.default;
      if (typeof v === 'string') {
        const c = await this._convert(a, v);
        this._check(a, c);
        return c;
      }
      return v;
    }
    if (strings.length === 0 && a.nargs === '*' && a.option_strings.length === 0) {
      const v = isNone(a.default) ? [] : a.default;
      this._check(a, v);
      return v;
    }
    if (a.nargs === null || a.nargs === '?') {
      const v = await this._convert(a, strings[0]!);
      this._check(a, v);
      return v;
    }
    const values: unknown[] = [];
    for (const s of strings) values.push(await this._convert(a, s));
    for (const v of values) this._check(a, v);
    return values;
  }

  private async _take(ns: Kw, a: Action, value: unknown, optionString: string | null): Promise<void> {
    switch (a.kind) {
      case 'help':
        this.io.write(this.formatHelp());
        throw new SystemExit(0);
      case 'version':
        this.io.write(`${_expand(_str(a.version), { prog: this.prog })}\n`);
        throw new SystemExit(0);
      case 'parsers': {
        // _SubParsersAction: the subcommand's parser reads the rest into its own namespace, copied here.
        const [name, ...rest] = value as string[];
        if (a.dest !== SUPPRESS) ns[a.dest] = name;
        const sub = (a.choices as PyDict).get(name) as ArgumentParser;
        const subNs: Kw = new Namespace() as unknown as Kw;
        let extras: string[];
        try {
          extras = await sub.parseKnown(rest, subNs);
        } catch (e) {
          if (e instanceof _ParseError) sub.fail(e.message);
          throw e;
        }
        Object.assign(ns, subNs);
        this.subExtras.push(...extras);
        return;
      }
      case 'count':
        ns[a.dest] = isNone(ns[a.dest]) ? 1 : ops.add(ns[a.dest], 1);
        return;
      case 'append': {
        const old = ns[a.dest];
        ns[a.dest] = [...(isNone(old) ? [] : [...ops.iter(old)]), value];
        return;
      }
      default:
        void optionString;
        ns[a.dest] = value;
    }
  }

  /** The action an option string names: exactly, by `--opt=value`, `-pVALUE`, or a unique prefix. */
  private _option(arg: string): { action: Action; option: string; explicit: string | null } | null | 'unknown' {
    const exact = this.byOption.get(arg);
    if (exact) return { action: exact, option: arg, explicit: null };
    if (arg.includes('=')) {
      const [opt, ...rest] = arg.split('=');
      const a = this.byOption.get(opt!);
      if (a) return { action: a, option: opt!, explicit: rest.join('=') };
    }
    if (arg.startsWith('--')) {
      const name = arg.split('=')[0]!;
      const explicit = arg.includes('=') ? arg.slice(name.length + 1) : null;
      const matches = [...this.byOption.keys()].filter((o) => o.startsWith(name));
      if (matches.length > 1) throw new _ParseError(`ambiguous option: ${name} could match ${matches.join(', ')}`);
      if (matches.length === 1) return { action: this.byOption.get(matches[0]!)!, option: matches[0]!, explicit };
      return 'unknown';
    }
    if (arg.length > 2) {
      const short = arg.slice(0, 2);
      const a = this.byOption.get(short);
      if (a) return { action: a, option: short, explicit: arg.slice(2) };
    }
    return 'unknown';
  }

  /** Whether an argument string is an option ('O') or a value ('A'), as _parse_optional decides. */
  private _isOption(arg: string): boolean {
    if (!arg.startsWith('-') || arg === '-') return false;
    if (this.byOption.has(arg)) return true;
    if (arg.length === 1) return false;
    if (arg.includes('=') && this.byOption.has(arg.split('=')[0]!)) return true;
    const negativeOptions = [...this.byOption.keys()].some((o) => _NEGATIVE.test(o));
    if (_NEGATIVE.test(arg) && !negativeOptions) return false;
    if (arg.includes(' ')) return false;
    return true;
  }

  /** The regex of an action's nargs over the argument kinds ('A' value, 'O' option, '-' for `--`): _get_nargs_pattern. */
  private _nargsPattern(a: Action): string {
    const n = a.nargs;
    let p: string;
    if (n === 'A...') p = '(-*A[-AO]*)';
    else if (n === '...') p = '([-AO]*)';
    else if (n === null) p = '(-*A-*)';
    else if (n === '?') p = '(-*A?-*)';
    else if (n === '*') p = '(-*[A-]*)';
    else if (n === '+') p = '(-*A[A-]*)';
    else if (n === 0) p = '(-*-*)';
    else p = `(-*${Array.from({ length: n }, () => 'A').join('-*')}-*)`;
    return a.option_strings.length > 0 ? p.replace(/-\*/g, '').replace(/-/g, '') : p;
  }

  /**
   * _parse_known_args: options where they stand, positionals chunk by chunk between them (each
   * chunk fits as many positionals as it can), `--` ending the options; the unknown go to extras.
   */
  async parseKnown(argStrings: string[], ns: Kw): Promise<string[]> {
    for (const a of this.actions) {
      if (a.dest !== SUPPRESS && a.default !== SUPPRESS && !Object.hasOwn(ns, a.dest)) ns[a.dest] = a.default;
    }
    for (const [k, v] of Object.entries(this.defaults)) if (!Object.hasOwn(ns, k)) ns[k] = v;
    let kinds = '';
    let afterDashes = false;
    for (const s of argStrings) {
      if (afterDashes) kinds += 'A';
      else if (s === '--') {
        kinds += '-';
        afterDashes = true;
      } else kinds += this._isOption(s) ? 'O' : 'A';
    }
    const optionIndices = [...kinds].flatMap((k, i) => (k === 'O' ? [i] : []));
    const extras: string[] = [];
    const seen = new Set<Action>();
    const positionals = this.actions.filter((a) => a.option_strings.length === 0);

    const nonDefault = new Set<Action>();
    const take = async (a: Action, strings: string[], option: string | null): Promise<void> => {
      seen.add(a);
      // _get_values removes the first '--', except for PARSER and REMAINDER, which keep it.
      const i = a.nargs === 'A...' || a.nargs === '...' ? -1 : strings.indexOf('--');
      if (i >= 0) strings = [...strings.slice(0, i), ...strings.slice(i + 1)];
      const value = await this._values(a, strings);
      // An argument given its default does not count as present (for a mutually exclusive group).
      if (value !== a.default) {
        nonDefault.add(a);
        for (const g of this.exclusive) {
          if (!g.actions.includes(a)) continue;
          const other = g.actions.find((x) => x !== a && nonDefault.has(x));
          if (other) throw new _ParseError(`argument ${_actionName(a)}: not allowed with argument ${_actionName(other)}`);
        }
      }
      await this._take(ns, a, value, option);
    };
    const countFor = (a: Action, pattern: string): number => {
      const m = new RegExp(`^${this._nargsPattern(a)}`).exec(pattern);
      if (!m) throw new _ParseError(`argument ${_actionName(a)}: expected ${this._expected(a.nargs)}`);
      return m[1]!.length;
    };
    const consumePositionals = async (start: number): Promise<number> => {
      const pattern = kinds.slice(start);
      for (let k = positionals.length; k > 0; k--) {
        const m = new RegExp(`^${positionals.slice(0, k).map((a) => this._nargsPattern(a)).join('')}`).exec(pattern);
        if (!m) continue;
        const matched = positionals.splice(0, k);
        for (let j = 0; j < matched.length; j++) {
          const len = m[j + 1]!.length;
          await take(matched[j]!, argStrings.slice(start, start + len), null);
          start += len;
        }
        break;
      }
      return start;
    };
    const consumeOptional = async (start: number): Promise<number> => {
      const found = this._option(argStrings[start]!);
      if (found === 'unknown' || found === null) {
        extras.push(argStrings[start]!);
        return start + 1;
      }
      let { action, option, explicit } = found;
      for (;;) {
        if (explicit !== null) {
          const count = countFor(action, 'A');
          if (count === 0 && option.length === 2 && option[1] !== '-' && explicit !== '') {
            // `-vq`, `-vp80`: a short flag, then more short options glued to it.
            await take(action, [], option);
            const next = `${option[0]}${explicit[0]}`;
            const more = this.byOption.get(next);
            if (!more) throw new _ParseError(`argument ${_actionName(action)}: ignored explicit argument ${repr(explicit)}`);
            action = more;
            option = next;
            explicit = explicit.length > 1 ? explicit.slice(1) : null;
            continue;
          }
          if (count === 1) {
            await take(action, [explicit], option);
            return start + 1;
          }
          throw new _ParseError(`argument ${_actionName(action)}: ignored explicit argument ${repr(explicit)}`);
        }
        const count = countFor(action, kinds.slice(start + 1));
        await take(action, argStrings.slice(start + 1, start + 1 + count), option);
        return start + 1 + count;
      }
    };

    let start = 0;
    const maxOption = optionIndices.length > 0 ? optionIndices[optionIndices.length - 1]! : -1;
    while (start <= maxOption) {
      const nextOption = optionIndices.find((i) => i >= start)!;
      if (start !== nextOption) {
        const end = await consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!optionIndices.includes(start)) {
        extras.push(...argStrings.slice(start, nextOption));
        start = nextOption;
      }
      start = await consumeOptional(start);
    }
    const stop = await consumePositionals(start);
    extras.push(...argStrings.slice(stop), ...this.subExtras.splice(0));

    const missing: Action[] = [];
    for (const a of this.actions) {
      if (seen.has(a)) continue;
      if (a.required) missing.push(a);
      // A string default is converted by type= when nothing replaced it.
      else if (typeof a.default === 'string' && Object.hasOwn(ns, a.dest) && ns[a.dest] === a.default) ns[a.dest] = await this._convert(a, a.default);
    }
    if (missing.length > 0) throw new _ParseError(`the following arguments are required: ${missing.map(_actionName).join(', ')}`);
    for (const g of this.exclusive) {
      if (g.required && !g.actions.some((a) => nonDefault.has(a))) {
        throw new _ParseError(`one of the arguments ${g.actions.filter((a) => a.help !== SUPPRESS).map(_actionName).join(' ')} is required`);
      }
    }
    return extras;
  }

  private _expected(n: _Nargs): string {
    if (n === null) return 'one argument';
    if (n === '?') return 'at most one argument';
    if (n === '+') return 'at least one argument';
    if (n === '*') return 'one argument';
    return `${n} argument${n === 1 ? '' : 's'}`;
  }

  async parse(a: unknown[], kw: Kw | undefined, known: boolean): Promise<unknown> {
    const given = a[0] ?? kw?.args;
    const strings = isNone(given) ? this.io.argv.slice(1) : [...ops.iter(given)].map((s) => {
      if (typeof s !== 'string') throw new TypeError(`expected string, got ${ops.typeName(s)}`);
      return s;
    });
    const target = a[1] ?? kw?.namespace;
    const ns = (isNone(target) ? new Namespace() : target) as Kw;
    try {
      const extras = await this.parseKnown(strings, ns);
      if (known) return tuple(ns, extras);
      if (extras.length > 0) this.fail(`unrecognized arguments: ${extras.join(' ')}`);
      return ns;
    } catch (e) {
      if (e instanceof _ParseError) this.fail(e.message);
      throw e;
    }
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(ArgumentParser, 'argparse.ArgumentParser');

const _file = (kw: Kw | undefined, a: unknown[]): unknown => a[0] ?? kw?.file;

/** Writes to a file object's write(), or to the program's stdout/stderr. */
async function _print(text: string, file: unknown, fallback: (s: string) => void): Promise<null> {
  if (isNone(file)) fallback(text);
  else await invoke((file as Kw).write, file, [text], undefined);
  return null;
}

const _methods: Record<string, (p: ArgumentParser, a: unknown[], kw: Kw | undefined) => unknown> = {
  add_argument: (p, a, kw) => p._addArgument(a, kw ?? {}),
  add_mutually_exclusive_group: (p, a, kw) => {
    const g = p.addExclusive(ops.truthy(a[0] ?? kw?.required ?? false));
    const group = { [pyRepr]: () => '<argparse._MutuallyExclusiveGroup object>' } as Kw;
    group.add_argument = native('add_argument', (a2, kw2) => {
      if (kw2?.required !== undefined && ops.truthy(kw2.required)) throw new ValueError('mutually exclusive arguments must be optional');
      const action = p._addArgument(a2, kw2 ?? {});
      if (action.required) throw new ValueError('mutually exclusive arguments must be optional');
      g.actions.push(action);
      return action;
    });
    return group;
  },
  add_subparsers: (p, _a, kw) => p.addSubparsers(kw ?? {}),
  add_argument_group: (p, a, kw) => {
    const g = p.addGroup(a[0] ?? kw?.title, a[1] ?? kw?.description);
    const group = { [pyRepr]: () => '<argparse._ArgumentGroup object>' } as Kw;
    group.add_argument = native('add_argument', (a2, kw2) => p._addArgument(a2, kw2 ?? {}, g));
    return group;
  },
  parse_args: (p, a, kw) => p.parse(a, kw, false),
  parse_known_args: (p, a, kw) => p.parse(a, kw, true),
  set_defaults: (p, _a, kw) => {
    p.setDefaults(kw ?? {});
    return null;
  },
  get_default: (p, a) => {
    const dest = String(a[0]);
    const act = p.actions.find((x) => x.dest === dest);
    return act ? act.default : null;
  },
  format_help: (p) => p.formatHelp(),
  format_usage: (p) => p.usageLine(),
  print_help: (p, a, kw) => _print(p.formatHelp(), _file(kw, a), (s) => (p as unknown as { io: HostIO }).io.write(s)),
  print_usage: (p, a, kw) => _print(p.usageLine(), _file(kw, a), (s) => (p as unknown as { io: HostIO }).io.write(s)),
  error: (p, a, kw) => p.fail(_str(a[0] ?? kw?.message)),
  exit: (p, a, kw) => {
    const message = a[1] ?? kw?.message;
    if (!isNone(message)) (p as unknown as { io: HostIO }).io.writeErr(_str(message));
    throw new SystemExit(a[0] ?? kw?.status ?? 0);
  },
};
for (const [name, fn] of Object.entries(_methods)) {
  Object.defineProperty(ArgumentParser.prototype, name, {
    value: native(name, function (this: ArgumentParser, a, kw) { return fn(this, a, kw); }),
    writable: true,
    configurable: true,
  });
}

/**
 * argparse.FileType(mode='r', bufsize=-1, encoding=None, errors=None): a type= that opens the
 * argument, '-' being sys.stdin (or sys.stdout for writing); a file that cannot be opened is the
 * parser's error "can't open 'x': [Errno 2] …".
 */
function _fileTypeClass(sys: () => Promise<PyModule>): Function {
  return native('FileType', (a, kw) => {
    const [mode = 'r', bufsize = -1, encoding = null, errors = null] = ['mode', 'bufsize', 'encoding', 'errors'].map((n, i) => argAt(a, kw, i, n) ?? undefined);
    const open = native('', async (b) => {
      const name = b[0];
      if (name === '-') {
        if (String(mode).includes('r')) return (await sys()).stdin;
        if (/[wax]/.test(String(mode))) return (await sys()).stdout;
        throw new ValueError(`argument "-" with mode ${String(mode)}`);
      }
      try {
        return new PyFile(String(name), String(mode), isNone(encoding) ? 'UTF-8' : String(encoding));
      } catch (e) {
        if (e instanceof OSError) throw new ArgumentTypeError(`can't open '${String(name)}': ${str(e)}`);
        throw e;
      }
    });
    // FileType.__repr__: the mode and bufsize given (-1 left out), then the keywords that are not None.
    const shown = [mode, bufsize].filter((x) => x !== -1).map((x) => repr(x));
    for (const [k, v] of [['encoding', encoding], ['errors', errors]] as const) if (!isNone(v)) shown.push(`${k}=${repr(v)}`);
    Object.defineProperty(open, pyRepr, { value: () => `FileType(${shown.join(', ')})` });
    Object.defineProperty(open, Symbol.for('socklab.pytype'), { value: 'FileType' });
    return open;
  });
}

export function createArgparseModule(io: HostIO, importModule: (name: string) => Promise<PyModule>): PyModule {
  // The class Python sees: this program's io bound in, Python's arguments as the runtime passes
  // them to a TypeScript class (positionals, then the keywords as one object).
  const parserClass = class extends ArgumentParser {
    constructor(...args: unknown[]) {
      const last = args[args.length - 1];
      const kw = typeof last === 'object' && last !== null && Object.getPrototypeOf(last) === Object.prototype ? (args.pop() as Kw) : {};
      const options: Kw = { ...kw };
      ['prog', 'usage', 'description', 'epilog'].forEach((k, i) => {
        if (args[i] !== undefined) options[k] = args[i];
      });
      super(io, options);
    }
  };
  Object.defineProperty(parserClass, 'name', { value: 'ArgumentParser' });
  (QUALIFIED_NAMES as Map<Function, string>).set(parserClass, 'argparse.ArgumentParser');
  return makeModule('argparse', {
    ArgumentParser: parserClass,
    Namespace,
    ArgumentError,
    ArgumentTypeError,
    ...Object.fromEntries([..._FORMATTERS].map(([cls, name]) => [name, cls])),
    SUPPRESS,
    OPTIONAL: '?',
    ZERO_OR_MORE: '*',
    ONE_OR_MORE: '+',
    REMAINDER: '...',
    PARSER: 'A...',
    FileType: _fileTypeClass(() => importModule('sys')),
  });
}
