// The translator's second pass: is the program inside the subset socklab runs (DESIGN.md §6)?
// Constructs outside it are refused before anything runs, naming the construct and its line;
// the errors CPython's compiler reports ('break' outside loop, 'return' outside function) are
// reported here too, as CPython words them.
import { t } from '../../i18n/index.ts';
import { isYield } from './emit.ts';
import type { SourceInfo } from './parse.ts';
import { firstParserMisuse, misuse } from './misuse.ts';
import type { PyNode as SyntaxNode } from './syntax.ts';
import { PySyntaxError } from './runtime/exceptions.ts';
import { positionOf, syntaxErrorAt, syntaxErrorOver } from './syntax-error.ts';

/** What each refused construct is called in the refusal. */
const _REFUSED: Record<string, string> = {
  AwaitExpression: 'await',
  MatchStatement: 'The match statement',
  NamedExpression: 'The walrus operator (:=)',
};

/**
 * The builtin types a class cannot subclass here (dict, list, int and str it can: runtime/builtin-bases.ts),
 * named as the base is written; `type` as a base is a metaclass.
 */
const _UNSUPPORTED_BASES: Record<string, string> = {
  type: 'A metaclass (a subclass of type)',
  ...Object.fromEntries(['float', 'tuple', 'set', 'frozenset', 'bytes', 'bytearray', 'complex', 'memoryview'].map((n) => [n, `A subclass of ${n}`])),
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
  /** Inside a comprehension: what CPython's compiler calls it (`'yield' inside list comprehension`). */
  comprehension?: string;
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
  'ContinueStatement', 'ReturnStatement', 'ScopeStatement', 'FormatReplacement', 'Number', 'ImportStatement']);

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
    }
    const comprehension = _COMPREHENSIONS[node.name];
    if (comprehension) {
      walkAll(node.children, { ...ctx, comprehension });
      return;
    }
    // misuse's compiler checks are of argument and parameter lists only.
    if (node.name === 'ArgList' || node.name === 'ParamList') {
      const misused = misuse(info, node, 'compiler');
      if (misused) throw misused;
    }
    switch (node.name) {
      case 'FunctionDefinition': {
        if (node.firstChild?.name === 'async') throw _refuse(info, node, 'async def');
        walkAll(node.children, { inLoop: false, inFunction: true, inClass: false });
        return;
      }
      case 'LambdaExpression':
        walkAll(node.children, { inLoop: false, inFunction: true, inClass: false, inLambda: true });
        return;
      case 'ClassDefinition': {
        const args = node.getChild('ArgList');
        const bases = args ? args.children.filter((c) => !['(', ')', ','].includes(c.name)) : [];
        if (bases.some((b) => b.name === 'VariableName' && b.nextSibling?.name === 'AssignOp')) throw _refuse(info, node, 'A metaclass or class keyword');
        // One exception: socketserver's mixins (`class S(ThreadingMixIn, TCPServer)`), which the
        // runtime applies to the second base (py.base).
        const mixin = bases.length === 2 && /MixIn$/.test(info.source.slice(bases[0]!.from, bases[0]!.to));
        if (bases.length > 1 && !mixin) throw _refuse(info, bases[1]!, 'Multiple inheritance');
        const unsupported = bases[0]?.name === 'VariableName' ? _UNSUPPORTED_BASES[text(bases[0])] : undefined;
        if (unsupported) throw _refuse(info, bases[0]!, unsupported);
        walkAll(node.children, { inLoop: false, inFunction: ctx.inFunction, inClass: true });
        return;
      }
      case 'ForStatement':
      case 'WhileStatement': {
        if (node.firstChild?.name === 'async') throw _refuse(info, node, 'async for');
        // Only the first Body is the loop's: its else: block is outside it, as in CPython's compiler.
        const loopBody = node.getChild('Body');
        for (const c of node.children) walk(c, { ...ctx, inLoop: (c.name === 'Body' && c.from === loopBody?.from) || ctx.inLoop });
        return;
      }
      case 'WithStatement':
        if (node.firstChild?.name === 'async') throw _refuse(info, node, 'async with');
        break;
      case 'TryStatement': {
        const parts = node.children;
        if (parts.some((c, i, all) => c.name === 'except' && all[i + 1]?.name === '*')) throw _refuse(info, node, 'except*');
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
