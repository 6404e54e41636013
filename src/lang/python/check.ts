// The translator's second pass: is the program inside the subset socklab runs (DESIGN.md §6)?
// Constructs outside it are refused before anything runs, naming the construct and its line;
// the errors CPython's compiler reports ('break' outside loop, 'return' outside function) are
// reported here too, as CPython words them.
import { t } from '../../i18n/index.ts';
import { isAbcMetaclass, isAsyncComprehension, isYield } from './emit.ts';
import type { SourceInfo } from './parse.ts';
import { firstParserMisuse, misuse } from './misuse.ts';
import type { PyNode as SyntaxNode } from './syntax.ts';
import { PySyntaxError } from './runtime/exceptions.ts';
import { positionOf, syntaxErrorAt, syntaxErrorOver } from './syntax-error.ts';

/** What each refused construct is called in the refusal. */
const _REFUSED: Record<string, string> = {};

/**
 * The builtin types a class cannot subclass here (dict, list, int and str it can: runtime/builtin-bases.ts),
 * named as the base is written; `type` as a base is a metaclass.
 */
const _UNSUPPORTED_BASES: Record<string, string> = {
  ...Object.fromEntries(['complex', 'memoryview'].map((n) => [n, `A subclass of ${n}`])),
};

/** A SyntaxError over `node`, its caret cut at the end of the node's first line. */
function _fail(info: SourceInfo, node: { from: number; to: number }, message: string): PySyntaxError {
  return syntaxErrorOver(info, message, node.from, node.to);
}

/**
 * `try:` with neither except nor finally: CPython's parser points at the token after the body
 * (the whole name, `print`), or, at the end of the file, names the body's last line without a caret.
 */
function _tryWithoutHandler(info: SourceInfo, node: SyntaxNode): PySyntaxError {
  const message = "expected 'except' or 'finally' block";
  const gap = /(?:\s|#[^\n]*)*/y;
  gap.lastIndex = node.to;
  gap.exec(info.source);
  const next = gap.lastIndex;
  const token = /\w+|\S/y;
  token.lastIndex = next;
  const found = token.exec(info.source);
  if (found) return _fail(info, { from: next, to: next + found[0].length }, message);
  const { line } = positionOf(info, info.source.slice(0, node.to).trimEnd().length);
  return syntaxErrorAt(info, message, line, 0, { caretLength: 0 });
}

function _refuse(info: SourceInfo, node: SyntaxNode, construct: string): PySyntaxError {
  return _fail(info, { from: node.from, to: node.from + 1 }, t('python.refused', { construct }));
}

interface Context {
  inLoop: boolean;
  inFunction: boolean;
  inClass: boolean;
  inLambda?: boolean;
  /** Inside an `async def` (not a def or lambda within it): where await, async for and async with may be. */
  inAsync?: boolean;
  /** Inside a comprehension: what CPython's compiler calls it (`'yield' inside list comprehension`). */
  comprehension?: string;
  /** The iteration variables of the comprehensions around, up to the enclosing function or class. */
  iterationVariables?: ReadonlySet<string>;
  /** Inside an asynchronous comprehension (checked where it starts), where await may be. */
  asyncComprehension?: boolean;
  /** Inside a comprehension's iterable (`for x in HERE`), where `:=` is not allowed. */
  iterable?: boolean;
}

/** The comprehensions, as symtable.c names them. */
const _COMPREHENSIONS: Record<string, string> = {
  ArrayComprehensionExpression: 'list comprehension',
  SetComprehensionExpression: 'set comprehension',
  DictionaryComprehensionExpression: 'dict comprehension',
  ComprehensionExpression: 'generator expression',
};

/** Every node name check's walk looks at (a token of another name is passed by). */
const _CHECKED = new Set([...Object.keys(_REFUSED), ...Object.keys(_COMPREHENSIONS), 'ArgList', 'ParamList', 'FunctionDefinition',
  'LambdaExpression', 'ClassDefinition', 'ForStatement', 'WhileStatement', 'WithStatement', 'TryStatement', 'BreakStatement',
  'ContinueStatement', 'ReturnStatement', 'ScopeStatement', 'FormatReplacement', 'Number', 'ImportStatement', 'NamedExpression', 'MatchStatement', 'AwaitExpression']);

/**
 * `f"{lambda x: 1}"`: CPython 3.11 ends the field's expression at its first top-level colon and
 * compiles `(lambda x)`, whose error it shows, caret at the `)` (fstring_compile_expr).
 */
function _fstringLambda(info: SourceInfo, field: SyntaxNode, lambda: SyntaxNode): PySyntaxError {
  const colon = lambda.children.find((c) => c.name === ':');
  const text = `(${info.source.slice(field.from + 1, colon?.from ?? lambda.to)})`;
  const { line } = positionOf(info, field.from);
  return new PySyntaxError('f-string: invalid syntax', info.filename, line, text.length, text, 'SyntaxError');
}

/**
 * compile.c's checks of a case's pattern, in its order: an irrefutable pattern where more could
 * follow (`allowIrrefutable` false: a case that is not the last and has no guard, an alternative
 * that is not the last), a name bound twice (`stores`), alternatives binding different names,
 * two starred names, a mapping's duplicate key, a class pattern's repeated attribute.
 */
function _checkPattern(info: SourceInfo, p: SyntaxNode, allowIrrefutable: boolean, stores: string[]): void {
  const text = (n: SyntaxNode): string => info.source.slice(n.from, n.to);
  const store = (name: SyntaxNode): void => {
    const n = text(name);
    if (stores.includes(n)) throw _fail(info, name, `multiple assignments to name '${n}' in pattern`);
    stores.push(n);
  };
  const sub = (c: SyntaxNode): void => _checkPattern(info, c, true, stores);
  const parts = p.children;
  switch (p.name) {
    case 'CapturePattern': {
      const name = parts[0]!;
      const wildcard = text(name) === '_';
      if (!allowIrrefutable) throw _fail(info, name, wildcard ? 'wildcard makes remaining patterns unreachable' : `name capture '${text(name)}' makes remaining patterns unreachable`);
      if (!wildcard) store(name);
      return;
    }
    case 'AsPattern':
      _checkPattern(info, parts[0]!, allowIrrefutable, stores);
      store(parts[parts.length - 1]!);
      return;
    case 'OrPattern': {
      const alternatives = parts.filter((c) => c.name !== 'LogicOp');
      let control: string[] | undefined;
      alternatives.forEach((alt, i) => {
        const own = [...stores];
        _checkPattern(info, alt, allowIrrefutable && i === alternatives.length - 1, own);
        const bound = own.slice(stores.length).sort();
        if (control && (bound.length !== control.length || bound.some((n, j) => n !== control![j]))) throw _fail(info, alt, 'alternative patterns bind different names');
        control ??= bound;
      });
      stores.push(...control!);
      return;
    }
    case 'SequencePattern': {
      const items = parts.filter((c) => !['(', ')', '[', ']', ','].includes(c.name) && !(c.name === 'LiteralPattern' && c.from === c.to));
      if (parts[0]!.name === '(' && items.length === 1 && !parts.some((c) => c.name === ',')) return _checkPattern(info, items[0]!, allowIrrefutable, stores);
      if (items.filter((c) => c.name === 'StarPattern').length > 1) throw _fail(info, p, 'multiple starred names in sequence pattern');
      for (const item of items) {
        if (item.name !== 'StarPattern') sub(item);
        else if (text(item.children[1]!.children[0]!) !== '_') store(item.children[1]!.children[0]!);
      }
      return;
    }
    case 'MappingPattern': {
      const inner = parts.filter((c) => !['{', '}', ',', '⚠'].includes(c.name));
      const keys: string[] = [];
      for (let i = 0; i < inner.length; i++) {
        if (inner[i]!.name === '**') {
          i++;
          continue;
        }
        const key = text(inner[i]!);
        if (inner[i]!.name === 'LiteralPattern' && keys.includes(key)) throw _fail(info, p, `mapping pattern checks duplicate key (${key.replace(/^"(.*)"$/, "'$1'")})`);
        keys.push(key);
        i += 2;
      }
      for (let i = 0; i < inner.length; i++) {
        if (inner[i]!.name === '**') {
          store(inner[++i]!.children[0]!);
          continue;
        }
        sub(inner[i + 2]!);
        i += 2;
      }
      return;
    }
    case 'ClassPattern': {
      const args = parts[1]!.children.filter((c) => !['(', ')', ',', '⚠'].includes(c.name) && !(c.name === 'LiteralPattern' && c.from === c.to));
      const attributes: string[] = [];
      for (const a of args.filter((c) => c.name === 'KeywordPattern')) {
        const name = text(a.children[0]!);
        if (attributes.includes(name)) throw _fail(info, a.children[0]!, `attribute name repeated in class pattern: ${name}`);
        attributes.push(name);
      }
      for (const a of args) sub(a.name === 'KeywordPattern' ? a.children[1]! : a);
      return;
    }
    default:
  }
}

/** CPython's compiler on await, async for and async with: only in an async def, and not in its comprehensions here. */
function _checkAsync(info: SourceInfo, node: SyntaxNode, ctx: Context, what: string): void {
  if (!ctx.inAsync || ctx.inLambda) throw _fail(info, node, `${what} outside async function`);
}

/** compile.c: an async def whose body yields returns no value (`'return' with value in async generator`). */
function _checkAsyncGenReturn(info: SourceInfo, def: SyntaxNode): void {
  const returns: SyntaxNode[] = [];
  let yields = false;
  const walk = (n: SyntaxNode): void => {
    if (n.name === 'FunctionDefinition' || n.name === 'ClassDefinition' || n.name === 'LambdaExpression') return;
    if (isYield(n, info.source)) yields = true;
    if (n.name === 'ReturnStatement' && n.children.length > 1) returns.push(n);
    for (const c of n.children) walk(c);
  };
  for (const c of def.getChild('Body')?.children ?? []) walk(c);
  if (yields && returns.length > 0) throw _fail(info, returns[0]!, "'return' with value in async generator");
}

/** Throws the first construct outside the subset, or CPython's compile-time SyntaxError. */
export function check(top: SyntaxNode, info: SourceInfo): void {
  const text = (n: SyntaxNode): string => info.source.slice(n.from, n.to);
  // Every yield node's text starts with `yield`: without the word, no node is one (a walk of every node fewer).
  const mayYield = info.source.includes('yield');
  // Indexed loops over the children: in cold code a for-of makes an iterator and a result per child.
  const walkAll = (kids: readonly SyntaxNode[], ctx: Context): void => {
    for (let i = 0; i < kids.length; i++) walk(kids[i]!, ctx);
  };
  const walk = (node: SyntaxNode, ctx: Context): void => {
    // A node that none of the checks below is about (most: tokens, expressions) is walked
    // through without them (a set lookup instead of two lookups and the switch's compares).
    if (!_CHECKED.has(node.name) && !(mayYield && isYield(node, info.source))) {
      if (node.children.length > 0) walkAll(node.children, ctx);
      return;
    }
    walk0(node, ctx);
  };
  const walk0 = (node: SyntaxNode, ctx: Context): void => {
    const refused = _REFUSED[node.name];
    if (refused) throw _refuse(info, node, refused);
    if (mayYield && isYield(node, info.source)) {
      if (ctx.comprehension) throw _fail(info, node, `'yield' inside ${ctx.comprehension}`);
      if (!ctx.inFunction || ctx.inClass) throw _fail(info, node, "'yield' outside function");
      if (ctx.inLambda) throw _refuse(info, node, 'A generator (yield) in a lambda');
      if (ctx.inAsync && node.name !== 'VariableName' && node.children[1]?.name === 'from') throw _fail(info, node, "'yield from' inside async function");
    }
    const comprehension = _COMPREHENSIONS[node.name];
    if (comprehension) {
      const parts = node.children;
      const iterationVariables = new Set(ctx.iterationVariables);
      const bindNames = (n: SyntaxNode): void => {
        if (n.name === 'VariableName') iterationVariables.add(text(n));
        else for (const c of n.children) bindNames(c);
      };
      // An asynchronous list, set or dict comprehension only in an async def; a generator expression is
      // an asynchronous generator anywhere, and may await.
      const isAsync = isAsyncComprehension(node);
      if (isAsync && node.name !== 'ComprehensionExpression' && (!ctx.inAsync || ctx.inLambda)) {
        throw _fail(info, node, 'asynchronous comprehension outside of an asynchronous function');
      }
      parts.forEach((p, i) => {
        if (p.name !== 'for') return;
        for (let j = i + 1; j < parts.length && parts[j]!.name !== 'in'; j++) bindNames(parts[j]!);
      });
      let iterable = false;
      for (const c of parts) {
        if (c.name === 'in') iterable = true;
        else if (c.name === 'for' || c.name === 'if') iterable = false;
        walk(c, { ...ctx, comprehension, iterationVariables, iterable, asyncComprehension: isAsync || ctx.asyncComprehension });
      }
      return;
    }
    // misuse's compiler checks are of argument and parameter lists only.
    if (node.name === 'ArgList' || node.name === 'ParamList') {
      const misused = misuse(info, node, 'compiler');
      if (misused) throw misused;
    }
    switch (node.name) {
      case 'FunctionDefinition': {
        if (node.firstChild?.name === 'async' && mayYield) _checkAsyncGenReturn(info, node);
        walkAll(node.children, { inLoop: false, inFunction: true, inClass: false, inAsync: node.firstChild?.name === 'async' });
        return;
      }
      case 'LambdaExpression':
        walkAll(node.children, { inLoop: false, inFunction: true, inClass: false, inLambda: true });
        return;
      case 'ClassDefinition': {
        const args = node.getChild('ArgList');
        let bases = args ? args.children.filter((c) => !['(', ')', ','].includes(c.name)) : [];
        // `class Handler(metaclass=ABCMeta)`, alone, is an abstract base (emit.ts); other keywords are refused.
        if (isAbcMetaclass(info.source, bases)) bases = [bases[2]!];
        const unsupported = bases[0]?.name === 'VariableName' ? _UNSUPPORTED_BASES[text(bases[0])] : undefined;
        if (unsupported) throw _refuse(info, bases[0]!, unsupported);
        walkAll(node.children, { inLoop: false, inFunction: ctx.inFunction, inClass: true });
        return;
      }
      case 'ForStatement':
      case 'WhileStatement': {
        if (node.firstChild?.name === 'async') _checkAsync(info, node, ctx, "'async for'");
        // Only the first Body is the loop's: its else: block is outside it, as in CPython's compiler.
        const loopBody = node.getChild('Body');
        for (const c of node.children) walk(c, { ...ctx, inLoop: (c.name === 'Body' && c.from === loopBody?.from) || ctx.inLoop });
        return;
      }
      case 'WithStatement':
        if (node.firstChild?.name === 'async') _checkAsync(info, node, ctx, "'async with'");
        break;
      case 'TryStatement': {
        const parts = node.children;
        // PEP 654: a try's handlers are all except* or none; a star handler names its types.
        const starAt = parts.findIndex((c, i, all) => c.name === 'except' && all[i + 1]?.name === '*');
        if (starAt >= 0) {
          const plain = parts.find((c, i, all) => c.name === 'except' && all[i + 1]?.name !== '*');
          if (plain) throw _fail(info, plain, "cannot have both 'except' and 'except*' on the same 'try'");
          const bare = parts.findIndex((c, i, all) => c.name === '*' && all[i - 1]?.name === 'except' && all[i + 1]?.name === 'Body');
          if (bare >= 0) throw _fail(info, parts[bare + 1]!.firstChild ?? parts[bare + 1]!, 'expected one or more exception types');
        }
        if (!parts.some((c) => c.name === 'except' || c.name === 'finally')) throw _tryWithoutHandler(info, node);
        // Python 2's `except OSError, e:`
        for (let i = 0; i < parts.length; i++) {
          if (parts[i]!.name === 'except' && parts[i + 2]?.name === ',' && parts[i + 3] && parts[i + 3]!.name !== 'Body') {
            const first = parts[i + 1]!;
            throw _fail(info, { from: first.from, to: parts[i + 3]!.to }, 'multiple exception types must be parenthesized');
          }
        }
        break;
      }
      case 'AwaitExpression':
        if (ctx.asyncComprehension) break;
        if (!ctx.inFunction || (ctx.inClass && !ctx.inAsync)) throw _fail(info, node, "'await' outside function");
        _checkAsync(info, node, ctx, "'await'");
        break;
      case 'BreakStatement':
        if (!ctx.inLoop) throw _fail(info, node, "'break' outside loop");
        break;
      case 'ContinueStatement':
        if (!ctx.inLoop) throw _fail(info, node, "'continue' not properly in loop");
        break;
      case 'ReturnStatement':
        if (!ctx.inFunction) throw _fail(info, node, "'return' outside function");
        break;
      case 'ScopeStatement':
        if (node.firstChild?.name === 'nonlocal' && !ctx.inFunction) throw _fail(info, node, 'nonlocal declaration not allowed at module level');
        break;
      case 'NamedExpression': {
        // symtable.c's checks of an assignment expression, in its order.
        const target = node.firstChild!;
        if (ctx.iterable) throw _fail(info, node, 'assignment expression cannot be used in a comprehension iterable expression');
        if (ctx.comprehension && ctx.iterationVariables?.has(text(target))) {
          throw _fail(info, target, `assignment expression cannot rebind comprehension iteration variable '${text(target)}'`);
        }
        if (ctx.comprehension && ctx.inClass) throw _fail(info, target, 'assignment expression within a comprehension cannot be used in a class body');
        break;
      }
      case 'MatchStatement': {
        const clauses = node.children.at(-1)!.children.filter((c) => c.name === 'MatchClause');
        clauses.forEach((clause, i) => {
          const [, pattern, guard] = clause.children;
          _checkPattern(info, pattern!, i === clauses.length - 1 || guard?.name === 'Guard', []);
        });
        break;
      }
      case 'FormatReplacement': {
        const lambda = node.children.find((c) => c.name !== '{');
        if (lambda?.name === 'LambdaExpression') throw _fstringLambda(info, node, lambda);
        break;
      }
      case 'Number':
        if (/j$/i.test(text(node))) throw _refuse(info, node, 'A complex number');
        break;
      case 'ImportStatement':
        if (node.children[1]?.name === '.') throw _refuse(info, node, 'A relative import');
        break;
    }
    walkAll(node.children, ctx);
  };
  const parserError = firstParserMisuse(info, top);
  if (parserError) throw parserError;
  walk(top, { inLoop: false, inFunction: false, inClass: false });
}
