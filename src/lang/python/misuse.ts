// The SyntaxErrors CPython reports on code Lezer parses without an error: an assignment to
// something that is not a name, an attribute or a subscript (`1 = x`, `f() = 1`, `x++`'s cousin
// `1 += 1`, `del f()`), and argument lists out of order (`f(a=1, 2)`, `f(a=1, a=2)`,
// `def f(a=1, b)`). The wording and the spans are CPython 3.11's (Grammar/python.gram's invalid_*
// rules, _PyPegen_get_expr_name, compile.c), checked against python3.
import { misuseCandidates } from './descent.ts';
import type { SourceInfo } from './parse.ts';
import type { PyNode } from './syntax.ts';
import type { PySyntaxError } from './runtime/exceptions.ts';
import { syntaxErrorOver } from './syntax-error.ts';
import { identifier } from './tokens.ts';

/**
 * `nodes` split at each `separator`, leaving out the nodes `drop` names. Empty parts are kept:
 * `a, = 1`'s target ends in one. A comma between a bare generator's `for` and `in` is its
 * target's (`f(k for fd, k in m)`: Lezer puts the generator's parts in the argument list).
 */
function _splitAt(nodes: readonly PyNode[], separator: string, drop: ReadonlySet<string> = new Set()): PyNode[][] {
  const parts: PyNode[][] = [[]];
  let forTarget = false;
  for (const n of nodes) {
    if (n.name === 'for' || n.name === 'in') forTarget = n.name === 'for';
    if (n.name === separator && !forTarget) parts.push([]);
    else if (!drop.has(n.name)) parts[parts.length - 1]!.push(n);
  }
  return parts;
}

const _nonEmpty = (parts: PyNode[][]): PyNode[][] => parts.filter((p) => p.length > 0);

/**
 * Whether a child of `node` is named one of `names`. Most argument lists, parameter lists and
 * assignments hold none of the tokens an error of theirs needs (`=`, `*`, `**`, `for`): one pass
 * over the children answers for them without splitting them into items.
 */
function _hasChildNamed(node: PyNode, names: ReadonlySet<string>): boolean {
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) if (names.has(kids[i]!.name)) return true;
  return false;
}

/** What an argument list's errors need among its children: a keyword's `=`, an unpacking, a bare generator's `for`. */
const _CALL_ERROR_TOKENS: ReadonlySet<string> = new Set(['AssignOp', '*', '**', 'for']);
/** What a parameter list's parser errors need: a default's `=`, `*`, `**`. */
const _PARAMETER_ERROR_TOKENS: ReadonlySet<string> = new Set(['AssignOp', '*', '**']);
const _KEYWORD_TOKENS: ReadonlySet<string> = new Set(['AssignOp']);
const _GENERATOR_TOKENS: ReadonlySet<string> = new Set(['for']);
/** The nodes of an assignment's targets that are surely assignable (a name, an attribute, a subscript) and what separates them. */
const _PLAIN_TARGET_PARTS: ReadonlySet<string> = new Set(['VariableName', 'MemberExpression', ',', 'AssignOp']);

/** A display's brackets (and `**`, never a target's): what an element of one leaves out. */
const _DISPLAY_PUNCTUATION: ReadonlySet<string> = new Set(['(', ')', '[', ']', '{', '}', '**']);

/** The elements of a tuple, list or parenthesized target, a `*` kept before its operand. */
function _elements(node: PyNode): PyNode[][] {
  return _nonEmpty(_splitAt(node.children, ',', _DISPLAY_PUNCTUATION));
}

/** What exprName and isBitwiseOr read of a node: a PyNode, or a Lezer SyntaxNode of parse.ts's error trees. */
interface _ExprNode {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: { readonly name: string } | null;
  getChildren(type: string): readonly unknown[];
}

/** _PyPegen_get_expr_name: what CPython calls an expression that cannot be assigned to. */
export function exprName(info: SourceInfo, node: _ExprNode): string {
  const text = info.source.slice(node.from, node.to);
  switch (node.name) {
    case 'MemberExpression': return text.endsWith(']') ? 'subscript' : 'attribute';
    case 'CallExpression': return 'function call';
    case 'None': return 'None';
    case 'Boolean': return text;
    case 'Ellipsis': return 'ellipsis';
    case 'FormatString': return 'f-string expression';
    case 'ContinuedString': return node.getChildren('FormatString').length > 0 ? 'f-string expression' : 'literal';
    case 'LambdaExpression': return 'lambda';
    case 'ConditionalExpression': return 'conditional expression';
    case 'ArrayComprehensionExpression': return 'list comprehension';
    case 'SetComprehensionExpression': return 'set comprehension';
    case 'DictionaryComprehensionExpression': return 'dict comprehension';
    case 'ComprehensionExpression': return 'generator expression';
    case 'DictionaryExpression': return 'dict literal';
    case 'SetExpression': return 'set display';
    case 'TupleExpression': return 'tuple';
    case 'ArrayExpression': return 'list';
    case 'AwaitExpression': return 'await expression';
    case 'YieldExpression': return 'yield expression';
    case 'NamedExpression': return 'named expression';
    case 'BinaryExpression': return _isComparison(node) ? 'comparison' : 'expression';
    case 'Number': case 'String': return 'literal';
    default: return 'expression';
  }
}

const _has = (node: _ExprNode, ...types: string[]): boolean => types.some((t) => node.getChildren(t).length > 0);

const _isComparison = (node: _ExprNode): boolean => _has(node, 'CompareOp', 'in', 'is', 'not');

/** Whether CPython's bitwise_or rule covers it: no comparison, `not`, and/or, lambda or `x if y else z`. */
export function isBitwiseOr(node: _ExprNode): boolean {
  if (node.name === 'BinaryExpression') return !_isComparison(node) && !_has(node, 'and', 'or');
  if (node.name === 'UnaryExpression') return node.firstChild?.name !== 'not';
  return node.name !== 'LambdaExpression' && node.name !== 'ConditionalExpression';
}

/**
 * The targets invalid_named_expression's "cannot assign to … here. Maybe you meant '=='" leaves
 * out (pegen's rule takes them as something else first): `(a, b) = 1`, `[a] = 1`, `None = 1`.
 */
export const UNNAMED_TARGETS: ReadonlySet<string> = new Set(['TupleExpression', 'ArrayExpression', 'ComprehensionExpression', 'None', 'Boolean']);

/** The first part of a target that cannot be assigned to (or deleted), looking into tuples and lists. */
function _invalidTarget(node: PyNode): PyNode | undefined {
  switch (node.name) {
    case 'VariableName':
    case 'MemberExpression':
      return undefined;
    case 'TupleExpression':
    case 'ArrayExpression':
    case 'ParenthesizedExpression':
      for (const item of _elements(node)) {
        const bad = _invalidTarget(item[item.length - 1]!);
        if (bad) return bad;
      }
      return undefined;
    default:
      return node;
  }
}

/** A target (its nodes, `a, f()` being several) as one span, for the assignment's checks. */
interface _Target {
  nodes: PyNode[];
  from: number;
  to: number;
}

function _targetError(info: SourceInfo, target: _Target, only: boolean, value: PyNode | undefined): PySyntaxError | undefined {
  const items = _splitAt(target.nodes, ',');
  const bare = items.length === 1 ? items[0]! : undefined;
  if (bare && bare[0]?.name === '*') return syntaxErrorOver(info, 'starred assignment target must be in a list or tuple', target.from, target.to);
  for (const item of items) {
    const operand = item[item.length - 1];
    if (!operand) continue;
    const bad = _invalidTarget(operand);
    if (!bad) continue;
    const name = exprName(info, bad);
    // invalid_named_expression: `a = b` where a comparison was meant, when nothing but the value
    // follows (no second `=`) and the target is not a display CPython's rule leaves out.
    const here = only && bad === operand && item === items[items.length - 1] && isBitwiseOr(bad) && !UNNAMED_TARGETS.has(bad.name)
      && value !== undefined && isBitwiseOr(value);
    return syntaxErrorOver(info, here ? `cannot assign to ${name} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${name}`, bad.from, bad.to);
  }
  return undefined;
}

/** `1 = x`, `f() = 1`, `a, f() = 1, 2`, `*x = 1`. */
function _assignment(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const kids = node.children;
  let lastOp = -1;
  for (let i = 0; i < kids.length; i++) {
    const name = kids[i]!.name;
    if (name === 'TypeDef') return undefined;
    if (name === 'AssignOp') lastOp = i;
  }
  // `x = …`, `a.b, c[i] = …` (the usual targets): nothing in them to refuse.
  let plain = true;
  for (let i = 0; i < lastOp && plain; i++) plain = _PLAIN_TARGET_PARTS.has(kids[i]!.name);
  if (plain) return undefined;
  const parts = _splitAt(node.children, 'AssignOp');
  const value = parts[parts.length - 1]!;
  const targets = parts.slice(0, -1);
  for (let i = 0; i < targets.length; i++) {
    const nodes = targets[i]!;
    if (nodes.length === 0) continue;
    const target = { nodes, from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to };
    const e = _targetError(info, target, targets.length === 1, value[0]);
    if (e) return e;
  }
  return undefined;
}

/** `1 += 1`: only a name, an attribute or a subscript. */
function _augmented(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const target = node.firstChild;
  if (!target || target.name === 'VariableName' || target.name === 'MemberExpression') return undefined;
  return syntaxErrorOver(info, `'${exprName(info, target)}' is an illegal expression for augmented assignment`, target.from, target.to);
}

/** `del f()`. */
function _delete(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  for (const c of node.children) {
    if (c.name === 'del' || c.name === ',') continue;
    const bad = _invalidTarget(c);
    if (bad) return syntaxErrorOver(info, `cannot delete ${exprName(info, bad)}`, bad.from, bad.to);
  }
  return undefined;
}

/** `for f() in x:` */
function _forTarget(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const nodes: PyNode[] = [];
  for (const c of node.children.slice(1)) {
    if (c.name === 'in') break;
    nodes.push(c);
  }
  if (nodes.length === 0) return undefined;
  return _targetError(info, { nodes, from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to }, false, undefined);
}

const _PARENTHESES: ReadonlySet<string> = new Set(['(', ')']);

/** The arguments of a call (or parameters of a def): each one's nodes between commas. */
function _arguments(list: PyNode): PyNode[][] {
  return _nonEmpty(_splitAt(list.children, ',', _PARENTHESES));
}

/**
 * invalid_arguments on a generator expression without its own parentheses: `f(x for x in y, 1)`
 * (any other argument, or a trailing comma), and `f(k=x for x in y)`.
 */
function _generatorArgument(info: SourceInfo, list: PyNode, items: PyNode[][]): PySyntaxError | undefined {
  const trailingComma = list.children[list.children.length - 2]?.name === ',';
  for (const item of items) {
    if (!item.some((n) => n.name === 'for')) continue;
    const last = item[item.length - 1]!;
    if (item[1]?.name === 'AssignOp') return syntaxErrorOver(info, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", item[0]!.from, item[1].to);
    if (items.length > 1 || trailingComma) return syntaxErrorOver(info, 'Generator expression must be parenthesized', item[0]!.from, last.to);
  }
  return undefined;
}

/** `f(a=1, 2)`, `f(**k, 2)`, `f(**k, *a)`, `f(a=1, a=2)`, `f(x for x in y, 1)`. */
function _call(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  if (!_hasChildNamed(list, _CALL_ERROR_TOKENS)) return undefined;
  let keyword = false;
  let keywordUnpacking = false;
  const close = list.lastChild?.name === ')' ? list.lastChild : undefined;
  const items = _arguments(list);
  const generator = _generatorArgument(info, list, items);
  if (generator) return generator;
  for (const item of items) {
    const first = item[0]!;
    const isKeyword = first.name === 'VariableName' && item[1]?.name === 'AssignOp';
    if (first.name === '**') keywordUnpacking = true;
    else if (isKeyword) keyword = true;
    else if (first.name === '*') {
      if (keywordUnpacking) return syntaxErrorOver(info, 'iterable argument unpacking follows keyword argument unpacking', first.from, first.to);
    } else if ((keyword || keywordUnpacking) && item.length === 1 && close) {
      // _PyPegen_arguments_parsing_error raises at the last token read: the closing parenthesis.
      const message = keywordUnpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
      return syntaxErrorOver(info, message, close.from, close.to);
    }
  }
  return undefined;
}

/** `f(a=1, a=2)`: compile.c's validate_keywords, after the parser. */
function _repeatedKeyword(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  if (!_hasChildNamed(list, _KEYWORD_TOKENS)) return undefined;
  const seen = new Set<string>();
  for (const item of _arguments(list)) {
    const first = item[0]!;
    if (first.name !== 'VariableName' || item[1]?.name !== 'AssignOp') continue;
    const name = identifier(info.source.slice(first.from, first.to));
    if (seen.has(name)) return syntaxErrorOver(info, `keyword argument repeated: ${name}`, first.from, item[item.length - 1]!.to);
    seen.add(name);
  }
  return undefined;
}

/** `def f(a=1, b)`, `def f(x, x)`, `def f(*)`. */
function _parameters(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  if (!_hasChildNamed(list, _PARAMETER_ERROR_TOKENS)) return undefined;
  const items = _arguments(list);
  let defaulted = false;
  let star = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const first = item[0]!;
    if (first.name === '*' && item.length === 1) {
      const next = items[i + 1];
      if (!next || next[0]!.name === '**') return syntaxErrorOver(info, 'named arguments must follow bare *', first.from, first.to);
    }
    if (first.name === '*' || first.name === '**') star = true;
    const hasDefault = item.some((n) => n.name === 'AssignOp');
    if (hasDefault) defaulted = true;
    else if (defaulted && !star && first.name === 'VariableName') {
      return syntaxErrorOver(info, 'non-default argument follows default argument', first.from, first.to);
    }
  }
  return undefined;
}

/** `def f(x, x)`: the symbol table's error, after the parser. */
function _duplicateParameter(info: SourceInfo, list: PyNode): PySyntaxError | undefined {
  const names = new Set<string>();
  for (const item of _arguments(list)) {
    const name = item.find((n) => n.name === 'VariableName');
    if (!name) continue;
    const text = identifier(info.source.slice(name.from, name.to));
    if (names.has(text)) return syntaxErrorOver(info, `duplicate argument '${text}' in function definition`, name.from, name.to);
    names.add(text);
  }
  return undefined;
}

/** `import (socket)`, `import socket,`, `from socket import a,`: the grammar Lezer is lenient about. */
function _import(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const parts = node.children;
  const paren = parts.find((c) => c.name === '(');
  if (parts[0]?.name === 'import' && paren) return syntaxErrorOver(info, 'invalid syntax', paren.from, paren.to);
  const last = parts[parts.length - 1];
  if (last?.name !== ',') return undefined;
  // The caret at the NEWLINE token after the comma.
  const message = parts[0]?.name === 'from' && !paren ? 'trailing comma not allowed without surrounding parentheses' : 'invalid syntax';
  return syntaxErrorOver(info, message, last.to, last.to + 1);
}

/** `elif:` with no condition. */
function _elif(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const parts = node.children;
  for (let i = 0; i < parts.length; i++) {
    const body = parts[i + 1];
    if (parts[i]!.name === 'elif' && body?.name === 'Body') return syntaxErrorOver(info, 'invalid syntax', body.from, body.from + 1);
  }
  return undefined;
}

/** `x = 1;;`: a `;` must follow a statement (simple_stmts), so the second one is invalid syntax. */
function _emptyStatement(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const doubled = node.children.find((c, i) => c.name === ';' && node.children[i - 1]?.name === ';');
  return doubled ? syntaxErrorOver(info, 'invalid syntax', doubled.from, doubled.to) : undefined;
}

/** Python 2's `raise E, "message"`: invalid syntax at the comma. */
function _raise(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const comma = node.children.find((c) => c.name === ',');
  return comma ? syntaxErrorOver(info, 'invalid syntax', comma.from, comma.to) : undefined;
}

/** Python 2's `x <> 1`: the tokenizer makes `<>` a token, which pegen takes only under `from __future__ import barry_as_FLUFL`. */
/** `(a.b := 1)`: invalid_named_expression's "cannot use assignment expressions with attribute". */
function _namedTarget(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  const target = node.firstChild!;
  if (target.name === 'VariableName') return undefined;
  return syntaxErrorOver(info, `cannot use assignment expressions with ${exprName(info, target)}`, target.from, target.to);
}

function _notEqual(info: SourceInfo, node: PyNode): PySyntaxError | undefined {
  return info.source.slice(node.from, node.to) === '<>' ? syntaxErrorOver(info, 'invalid syntax', node.from, node.to) : undefined;
}

/**
 * CPython's SyntaxError for this node (not its children), or undefined. The parser's errors
 * (`phase` 'parser') come before the compiler's ('compiler') anywhere in the file, as CPython
 * parses the whole file before it compiles any of it.
 */
export function misuse(info: SourceInfo, node: PyNode, phase: 'parser' | 'compiler'): PySyntaxError | undefined {
  const call = node.name === 'ArgList' && node.parent?.name === 'CallExpression';
  if (phase === 'compiler') {
    if (call) return _repeatedKeyword(info, node);
    return node.name === 'ParamList' ? _duplicateParameter(info, node) : undefined;
  }
  switch (node.name) {
    case 'AssignStatement': return _assignment(info, node);
    case 'UpdateStatement': return _augmented(info, node);
    case 'DeleteStatement': return _delete(info, node);
    case 'ForStatement': return _forTarget(info, node);
    case 'ArgList': return call ? _call(info, node) : node.parent?.name === 'ClassDefinition' && _hasChildNamed(node, _GENERATOR_TOKENS) ? _generatorArgument(info, node, _arguments(node)) : undefined;
    case 'ParamList': return _parameters(info, node);
    case 'ImportStatement': return _import(info, node);
    case 'IfStatement': return _elif(info, node);
    case 'CompareOp': return _notEqual(info, node);
    case 'RaiseStatement': return _raise(info, node);
    case 'StatementGroup': return _emptyStatement(info, node);
    case 'NamedExpression': return _namedTarget(info, node);
    default: return undefined;
  }
}

/** The first of the parser's errors in the tree under `top`, in source order. */
export function firstParserMisuse(info: SourceInfo, top: PyNode): PySyntaxError | undefined {
  // A tree of descent.ts's: only the nodes that can hold such an error, in the walk's order.
  const candidates = top.parent === null ? misuseCandidates(top) : undefined;
  if (candidates) {
    for (const node of candidates) {
      const found = misuse(info, node, 'parser');
      if (found) return found;
    }
    return undefined;
  }
  const e = misuse(info, top, 'parser');
  if (e) return e;
  for (const c of top.children) {
    const found = firstParserMisuse(info, c);
    if (found) return found;
  }
  return undefined;
}
